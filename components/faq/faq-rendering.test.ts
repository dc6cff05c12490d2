import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { HIGHLIGHT_START as S, HIGHLIGHT_STOP as E } from '@/lib/faq/highlight';
import { FaqMarkdown } from './faq-markdown';
import { HighlightedText } from './highlighted-text';

const render = (markdown: string) => renderToStaticMarkup(createElement(FaqMarkdown, null, markdown));

describe('FaqMarkdown', () => {
  it('renders Markdown, headings one level below the page title', () => {
    const html = render('# Titre\n\n## Étapes\n\n1. Ouvrez **Actes**\n2. Cliquez');
    expect(html).toContain('<h2 class="mt-6 mb-2 text-xl font-semibold">Titre</h2>');
    expect(html).toMatch(/<h3[^>]*>Étapes<\/h3>/);
    expect(html).toMatch(/<ol[^>]*>\s*<li>Ouvrez <strong>Actes<\/strong><\/li>/);
  });

  it('renders under the shared safety policy (components/ui/markdown.test.ts)', () => {
    const html = render('Avant <script>alert(1)</script> ![x](https://evil.example/p.png) [ANSSI](https://cyber.gouv.fr) [piège](javascript:alert(1))');
    expect(html).not.toMatch(/<script|<img/);
    expect(html).toMatch(/<a class="[^"]*" href="https:\/\/cyber\.gouv\.fr\/" rel="noopener noreferrer nofollow">ANSSI<\/a>/);
    expect(html).not.toContain('javascript:');
  });
});

describe('HighlightedText', () => {
  it('marks the matches and escapes everything else', () => {
    const html = renderToStaticMarkup(createElement(HighlightedText, { headline: `<b>Renforcer</b> la ${S}sécurité${E}` }));
    expect(html).toBe('&lt;b&gt;Renforcer&lt;/b&gt; la <mark class="rounded-sm bg-amber-200 px-0.5 text-slate-900">sécurité</mark>');
  });
});
