import { describe, expect, it } from 'vitest';
import { fieldErrorsOf } from '@/lib/forms/field-errors';
import { newTicketSchema, ticketContentSchema } from './tickets';

const content = {
  subject: 'Impossible d’éditer un acte de naissance',
  module: 'État civil',
  context: 'Depuis ce matin, la génération du PDF échoue pour tous les actes.',
  replyPreference: 'electronic',
};

describe('ticketContentSchema', () => {
  it('refuses bad content with French messages per field (the contract’s modules are the operation’s)', () => {
    const parsed = ticketContentSchema.safeParse({ ...content, subject: '', module: 'Paie', replyPreference: 'callback', callbackPhone: '' });
    expect(fieldErrorsOf(parsed.error?.issues ?? [])).toEqual({
      subject: 'Indiquez l’objet de la demande (3 caractères au moins).',
      callbackPhone: 'Indiquez le numéro auquel vous rappeler.',
    });
  });
});

describe('newTicketSchema', () => {
  it('takes a Demande without any attachments field: the picker sends only the files chosen', async () => {
    const parsed = await newTicketSchema.safeParseAsync(content);
    expect(parsed.error?.issues).toBeUndefined();
    expect(parsed.data?.attachments).toEqual([]);
  });
});
