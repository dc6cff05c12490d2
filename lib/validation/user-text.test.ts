import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { z } from 'zod';
import { newAccountSchema } from './accounts';
import { faqArticleSchema } from './faq';
import { replySchema, ticketContentSchema } from './tickets';
import { userText, withoutControlCharacters } from './user-text';

const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

describe('user text', () => {
  it.each([
    ['a\u0000b', 'ab'],
    ['ligne 1\nligne 2\r\n\tfin', 'ligne 1\nligne 2\r\n\tfin'],
    ['\u0007cloche\u001b[31m', 'cloche[31m'],
    ['é à ç — « » ‘’ 😀', 'é à ç — « » ‘’ 😀'],
  ])('%j becomes %j', (raw, clean) => {
    expect(withoutControlCharacters(raw)).toBe(clean);
    expect(userText().parse(raw)).toBe(clean);
  });

  it('removes the controls before the field’s own rules: NUL alone is empty, so refused in French', () => {
    const subject = userText().trim().min(3, 'Trop court.');
    expect(subject.safeParse('\u0000\u0000\u0000\u0000').error?.issues[0]?.message).toBe('Trop court.');
  });

  it('answers a value of the wrong kind in French, never in zod’s English', () => {
    expect(userText().safeParse(new File(['x'], 'x.txt')).error?.issues[0]?.message).toBe('Valeur invalide.');
    expect(z.uuid().safeParse('%ff').error?.issues[0]?.message).toBe('Valeur invalide.');
  });

  it('property: no control character survives any text field of the shared schemas', async () => {
    const hostile = fc.string({ unit: fc.integer({ min: 0, max: 0x2ff }).map((code) => String.fromCharCode(code)), minLength: 1, maxLength: 60 });
    await fc.assert(
      fc.asyncProperty(hostile, async (text) => {
        const outputs = await Promise.all([
          ticketContentSchema.safeParseAsync({
            subject: `Objet ${text}`,
            module: 'État civil',
            context: `Contexte ${text} assez long`,
            replyPreference: 'electronic',
          }),
          replySchema.safeParseAsync({ ticketId: '3f2b8c1e-9a4d-4c6e-8f1a-2b3c4d5e6f70', reference: text, body: `x${text}` }),
          faqArticleSchema.safeParseAsync({ title: `Question ${text}`, module: 'État civil', body: `Une réponse assez longue ${text}` }),
          newAccountSchema.safeParseAsync({ name: `Nom ${text}`, email: 'a@b.fr', role: 'client_user' }),
        ]);
        for (const output of outputs) {
          if (output.success) expect(Object.values(output.data).filter((value) => typeof value === 'string' && CONTROL.test(value))).toEqual([]);
        }
      }),
    );
  });
});
