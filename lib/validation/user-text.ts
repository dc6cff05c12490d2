import { z } from 'zod';

// Any value a schema refuses without a message of its own is answered in plain French (a forged
// form posting a file where text is expected, an object where a date is): never zod's English,
// nor a type name. And zod never tries `new Function` to speed objects up: the pages' Content
// Security Policy forbids it (issue 12). Every schema module imports this one, so the settings
// hold wherever they run, server and browser.
z.config({ customError: () => 'Valeur invalide.', jitless: true });

// Characters nobody types on purpose: NUL (which PostgreSQL refuses in text, issue 12) and the
// other C0 and C1 control characters, except tab and line breaks.
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

export function withoutControlCharacters(text: string): string {
  return text.replace(CONTROL_CHARACTERS, '');
}

/**
 * A text a person types (a subject, a message, a name…): a string whose control characters are
 * removed before the field's own rules (`.trim().min().max()` chain on as usual). Passwords and
 * tokens are not user text: they are compared or hashed exactly as sent, never stored.
 */
export function userText(params?: string | { message?: string }) {
  return z.string(params).overwrite(withoutControlCharacters);
}
