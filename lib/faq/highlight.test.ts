import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HIGHLIGHT_START as S, HIGHLIGHT_STOP as E, splitHighlights } from './highlight';

describe('splitHighlights', () => {
  it('cuts a headline into plain and highlighted runs', () => {
    expect(splitHighlights(`Renforcer la ${S}sécurité${E} de votre ${S}mot${E} de passe`)).toEqual([
      { text: 'Renforcer la ', highlighted: false },
      { text: 'sécurité', highlighted: true },
      { text: ' de votre ', highlighted: false },
      { text: 'mot', highlighted: true },
      { text: ' de passe', highlighted: false },
    ]);
  });

  it('keeps markup as text, for React to escape', () => {
    expect(splitHighlights(`<img src=x onerror=alert(1)> ${S}<b>${E}`)).toEqual([
      { text: '<img src=x onerror=alert(1)> ', highlighted: false },
      { text: '<b>', highlighted: true },
    ]);
  });

  it('gives nothing for an empty headline, and one plain run without markers', () => {
    expect(splitHighlights('')).toEqual([]);
    expect(splitHighlights('sans correspondance')).toEqual([{ text: 'sans correspondance', highlighted: false }]);
  });

  it('runs an unclosed marker to the end, drops stray and empty ones', () => {
    expect(splitHighlights(`a ${S}b`)).toEqual([
      { text: 'a ', highlighted: false },
      { text: 'b', highlighted: true },
    ]);
    expect(splitHighlights(`a${E}b${S}${E}c`)).toEqual([{ text: 'abc', highlighted: false }]);
  });

  it('loses no character but the markers, and never puts two runs of one kind side by side', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('a', 'é', ' ', '<', S, E)).map((chars) => chars.join('')),
        (headline) => {
          const segments = splitHighlights(headline);
          expect(segments.map((segment) => segment.text).join('')).toBe(headline.replaceAll(S, '').replaceAll(E, ''));
          segments.forEach((segment, i) => {
            expect(segment.text).not.toBe('');
            if (i > 0) expect(segment.highlighted).not.toBe(segments[i - 1]?.highlighted);
          });
        },
      ),
    );
  });
});
