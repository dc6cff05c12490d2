import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { withHeldRows, type HeldRow } from './held-rows';

type R = { id: string; status: string; outcome?: string | null };
const row = (id: string, status = 'Enregistrée'): R => ({ id, status });
const held = (entries: Array<[R, number]>) => new Map(entries.map(([kept, index]): [string, HeldRow<R>] => [kept.id, { row: kept, index }]));

describe('withHeldRows', () => {
  it('puts a row the page no longer lists back at its place, with its outcome', () => {
    const taken = { ...row('b', 'Prise en charge'), outcome: 'Prise en charge par vous' };
    expect(withHeldRows([row('a'), row('c')], held([[taken, 1]])).map((each) => each.id)).toEqual(['a', 'b', 'c']);
    expect(withHeldRows([row('a'), row('c')], held([[taken, 1]]))[1]).toEqual(taken);
  });

  it('keeps the page’s fresh row when it still lists it, with the outcome kept', () => {
    const kept = { ...row('a'), outcome: 'Assignée à vous' };
    expect(withHeldRows([row('a', 'En qualification')], held([[kept, 0]]))).toEqual([{ id: 'a', status: 'En qualification', outcome: 'Assignée à vous' }]);
  });

  it('puts a held row past the end at the end', () => {
    expect(withHeldRows([row('a')], held([[row('z'), 7]])).map((each) => each.id)).toEqual(['a', 'z']);
  });

  it('loses no row and lists none twice', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 30 }), { maxLength: 12 }),
        fc.uniqueArray(fc.integer({ min: 0, max: 30 }), { maxLength: 5 }),
        (listed, kept) => {
          const rows = listed.map((n) => row(String(n)));
          const merged = withHeldRows(rows, held(kept.map((n, index) => [row(String(n)), index * 2])));
          const ids = merged.map((each) => each.id);
          return new Set(ids).size === ids.length && new Set(ids).size === new Set([...listed, ...kept]).size;
        },
      ),
    );
  });
});
