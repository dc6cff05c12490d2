import { describe, expect, it } from 'vitest';
import { flag, localDate, oneOf, text, uuid } from './param-codecs';
import { cleanText, defineSearchParams, ignoredNotice } from './search-params';

const ID = '3f2b8c1e-9a4d-4c6e-8f1a-2b3c4d5e6f70';

const list = defineSearchParams({
  q: text({ max: 10 }),
  tab: oneOf({ mine: 'mes-demandes', all: 'toutes' }, { fallback: 'all' }).named('file'),
  organizationId: uuid().named('collectivite'),
  mine: flag('miennes').named('perimetre'),
  from: localDate().named('du'),
});

describe('cleanText', () => {
  it.each([
    ['  mot de passe ', 'mot de passe'],
    ['\u0000', ''],
    ['a\u0000b', 'a b'],
    ['ligne\r\nsuivante\t!', 'ligne  suivante !'],
    ['\u007f\u0085\u009f', ''],
    ['sécurité — “état civil” 🎉', 'sécurité — “état civil” 🎉'],
    ['\ud800x\udc00', 'x'],
  ])('%j → %j', (raw, clean) => {
    expect(cleanText(raw)).toBe(clean);
  });
});

describe('a list of params', () => {
  it('names each param in the address, in French where the key is not', () => {
    expect(list.names).toEqual({ q: 'q', tab: 'file', organizationId: 'collectivite', mine: 'perimetre', from: 'du' });
    expect(list.defaults).toEqual({ q: undefined, tab: 'all', organizationId: undefined, mine: false, from: undefined });
  });

  it('reads what Next.js hands a page and what a route reads from its URL alike', () => {
    const query = `q=+mairie+&file=mes-demandes&collectivite=${ID}&perimetre=miennes&du=2026-03-10&autre=1`;
    const expected = { q: 'mairie', tab: 'mine', organizationId: ID, mine: true, from: '2026-03-10' };
    expect(list.parse(new URLSearchParams(query))).toEqual(expected);
    expect(list.parse(Object.fromEntries(new URLSearchParams(query)))).toEqual(expected);
  });

  it('takes the first of repeated params, as a form with two fields of a name sends them', () => {
    expect(list.parse({ file: ['mes-demandes', 'toutes'] }).tab).toBe('mine');
    expect(list.parse(new URLSearchParams('file=mes-demandes&file=toutes')).tab).toBe('mine');
    expect(list.parse({ file: [] }).tab).toBe('all');
  });

  it('falls back to the default for anything malformed, and says which param and why', () => {
    const read = list.read({ q: 'x'.repeat(11), file: 'inconnue', collectivite: 'x', perimetre: 'toutes', du: '0001-01-01' });
    expect(read.values).toEqual(list.defaults);
    expect(read.ignored.map(({ key, param, input }) => [key, param, input])).toEqual([
      ['q', 'q', 'x'.repeat(11)],
      ['tab', 'file', 'inconnue'],
      ['organizationId', 'collectivite', 'x'],
      ['mine', 'perimetre', 'toutes'],
      ['from', 'du', '0001-01-01'],
    ]);
  });

  it('treats an empty or blank value as absent, not as a mistake', () => {
    expect(list.read({ q: '  ', file: '', du: '\u0000' })).toEqual({ values: list.defaults, ignored: [] });
  });

  it('ignores what is not a string, and names that are not its own', () => {
    const odd = { q: 42, file: [null], constructor: 'x', toString: 'y' } as unknown as Record<string, string>;
    expect(list.parse(odd)).toEqual(list.defaults);
    expect(list.parse(Object.create({ q: 'inherited' }) as Record<string, string>)).toEqual(list.defaults);
  });

  it('writes the values back in its order, defaults left out', () => {
    expect(list.serialize({})).toBe('');
    expect(list.serialize(list.defaults)).toBe('');
    expect(list.serialize({ from: '2026-03-10', q: 'état civil', tab: 'mine', mine: true })).toBe(
      'q=%C3%A9tat+civil&file=mes-demandes&perimetre=miennes&du=2026-03-10',
    );
    expect(list.href('/demandes', {})).toBe('/demandes');
    expect(list.href('/demandes', { organizationId: ID })).toBe(`/demandes?collectivite=${ID}`);
  });

  it('gives a GET form each field’s name and text', () => {
    expect(list.fields({ tab: 'mine', q: 'a' })).toEqual({
      q: { name: 'q', value: 'a' },
      tab: { name: 'file', value: 'mes-demandes' },
      organizationId: { name: 'collectivite', value: '' },
      mine: { name: 'perimetre', value: '' },
      from: { name: 'du', value: '' },
    });
  });

  it('normalizes a caller’s values as a URL round trip would', () => {
    expect(list.normalize({ q: ' a\u0000b ', organizationId: 'x', from: '2026-02-30', tab: 'mine' })).toEqual({ ...list.defaults, q: 'a b', tab: 'mine' });
    expect(list.normalize({ organizationId: ID.toUpperCase() }).organizationId).toBe(ID);
  });
});

describe('ignoredNotice', () => {
  it('says in French which filter of the address was ignored, and why', () => {
    const { ignored } = list.read({ du: '2026-02-30', collectivite: 'x' });
    expect(ignoredNotice(ignored, { from: 'Du' })).toBe(
      'Identifiant invalide. Filtre « Du » ignoré. Date invalide : indiquez un jour du calendrier entre le 01/01/2000 et le 31/12/2099.',
    );
    expect(ignoredNotice([], {})).toBeNull();
  });
});
