import { describe, expect, it } from 'vitest';
import { faqDraftFromTicket } from './draft-from-ticket';

const ticket = {
  subject: '  Impossible d’éditer un acte de naissance ',
  module: 'État civil',
  context: 'Depuis ce matin, la génération du PDF échoue.',
  errorMessage: 'Erreur 500',
  menuPath: 'Actes > Naissance > Éditer',
};

describe('faqDraftFromTicket', () => {
  it('takes the subject as title and lays out situation, menus, message and answer', () => {
    const draft = faqDraftFromTicket(ticket);
    expect(draft.title).toBe('Impossible d’éditer un acte de naissance');
    expect(draft.module).toBe('État civil');
    expect(draft.body).toBe(
      [
        '## Situation',
        'Depuis ce matin, la génération du PDF échoue.',
        '## Menus concernés',
        'Actes > Naissance > Éditer',
        '## Message affiché',
        '```\nErreur 500\n```',
        '## Solution',
        'Décrivez ici la marche à suivre.',
      ].join('\n\n'),
    );
  });

  it('leaves out what the Demande does not say', () => {
    const draft = faqDraftFromTicket({ ...ticket, errorMessage: null, menuPath: '  ' });
    expect(draft.body).not.toContain('Message affiché');
    expect(draft.body).not.toContain('Menus concernés');
  });

  it('fences an error message containing backticks with a longer fence', () => {
    const draft = faqDraftFromTicket({ ...ticket, errorMessage: 'voir ```code```' });
    expect(draft.body).toContain('````\nvoir ```code```\n````');
  });

  it('files a Demande of a module outside the FAQ under "Général"', () => {
    expect(faqDraftFromTicket({ ...ticket, module: 'Paie' }).module).toBe('Général');
  });
});
