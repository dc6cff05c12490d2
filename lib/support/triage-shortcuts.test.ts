import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { neighbourRow, triageCommandOf, type FocusPlace, type KeyPress } from './triage-shortcuts';

const press = (key: string, modifiers: Partial<KeyPress> = {}): KeyPress => ({ key, ctrlKey: false, metaKey: false, altKey: false, ...modifiers });

describe('triageCommandOf', () => {
  it.each([
    ['j', 'row', 'next'],
    ['J', 'elsewhere', 'next'],
    ['k', 'control', 'previous'],
    ['ArrowDown', 'row', 'next'],
    ['ArrowUp', 'row', 'previous'],
    ['Enter', 'row', 'open'],
    ['p', 'row', 'take'],
    ['m', 'elsewhere', 'assign_to_me'],
    ['?', 'control', 'help'],
    // Arrows scroll the page and Entrée follows a link or presses a button anywhere but on a row.
    ['ArrowDown', 'elsewhere', null],
    ['ArrowUp', 'control', null],
    ['Enter', 'control', null],
    ['Enter', 'elsewhere', null],
    ['x', 'row', null],
    ['Escape', 'row', null],
    ['F5', 'row', null],
  ] as Array<[string, FocusPlace, string | null]>)('%s on %s gives %s', (key, place, command) => {
    expect(triageCommandOf(press(key), place)).toBe(command);
  });

  it('never takes a key while typing in a field, whatever the key', () => {
    fc.assert(fc.property(fc.string({ minLength: 1, maxLength: 12 }), (key) => triageCommandOf(press(key), 'typing') === null));
  });

  it('leaves every key with Ctrl, ⌘ or Alt to the browser', () => {
    for (const modifier of ['ctrlKey', 'metaKey', 'altKey'] as const) {
      for (const key of ['j', 'k', 'p', 'm', '?', 'Enter', 'ArrowDown']) expect(triageCommandOf(press(key, { [modifier]: true }), 'row')).toBeNull();
    }
  });
});

describe('neighbourRow', () => {
  it('starts at the first row going down and the last going up', () => {
    expect(neighbourRow(-1, 5, 'next')).toBe(0);
    expect(neighbourRow(-1, 5, 'previous')).toBe(4);
  });

  it('stops at either end rather than wrapping around', () => {
    expect(neighbourRow(4, 5, 'next')).toBeNull();
    expect(neighbourRow(0, 5, 'previous')).toBeNull();
    expect(neighbourRow(-1, 0, 'next')).toBeNull();
  });

  it('always lands on a row of the list, one step away', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 50 }), fc.nat(), fc.constantFrom('next' as const, 'previous' as const), (count, seed, command) => {
        const current = seed % count;
        const next = neighbourRow(current, count, command);
        return next === null || (next >= 0 && next < count && Math.abs(next - current) === 1);
      }),
    );
  });
});
