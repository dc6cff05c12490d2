import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyFieldEdits, fieldMessage, hasFieldError } from './field-edits';

describe('field edits', () => {
  const server = { subject: 'Indiquez l’objet.', 'hours.1.0.start': 'Heure invalide.', hoursExtra: 'Autre champ.' };

  it('clears a field that became right, with the keys below it, and nothing else', () => {
    expect(applyFieldEdits(server, { hours: null })).toEqual({ subject: 'Indiquez l’objet.', hoursExtra: 'Autre champ.' });
    // A range's error goes with a change to its start; a repeated field covers its entries.
    expect(applyFieldEdits({ 'hours.1.0': 'Plage vide.', 'hours.1.1': 'Autre plage.' }, { 'hours.1.0.start': null })).toEqual({ 'hours.1.1': 'Autre plage.' });
    expect(applyFieldEdits({ 'closedDays.2': 'Date invalide.' }, { 'closedDays[]': null })).toEqual({});
    expect(applyFieldEdits(server, { subject: null, hours: null, hoursExtra: null })).toEqual({});
  });

  it('replaces the message of a field still wrong, or adds it', () => {
    expect(applyFieldEdits(server, { subject: 'Au plus 200 caractères.' }).subject).toBe('Au plus 200 caractères.');
    expect(applyFieldEdits({}, { module: 'Choisissez le module.' })).toEqual({ module: 'Choisissez le module.' });
  });

  it('tells whether a field shows an error', () => {
    expect(hasFieldError(server, 'hours')).toBe(true);
    expect(hasFieldError(server, 'hour')).toBe(false);
    expect(hasFieldError(server, 'context')).toBe(false);
  });

  it('picks the first issue of a field from a schema’s issues', () => {
    const issues = [
      { path: ['context'], message: 'Décrivez le contexte.' },
      { path: ['modules', 0], message: 'Module inconnu.' },
      { path: ['modules'], message: 'Choisissez au moins un module.' },
    ];
    expect(fieldMessage(issues, 'modules')).toBe('Module inconnu.');
    expect(fieldMessage(issues, 'subject')).toBeNull();
  });

  it('property: once a field is cleared, no key of it remains, and other fields are untouched', () => {
    const key = fc.stringMatching(/^[a-c](\.[0-2])?$/);
    fc.assert(
      fc.property(fc.dictionary(key, fc.string()), fc.constantFrom('a', 'b', 'c'), (errors, field) => {
        const after = applyFieldEdits(errors, { [field]: null });
        expect(hasFieldError(after, field)).toBe(false);
        for (const [other, message] of Object.entries(errors)) if (other[0] !== field) expect(after[other]).toBe(message);
      }),
    );
  });
});
