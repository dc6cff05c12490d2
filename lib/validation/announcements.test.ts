import { describe, expect, it } from 'vitest';
import { fieldErrorsOf } from '@/lib/forms/field-errors';
import { announcementContentSchema, announcementFormSchema, shortNoticeFieldMessage } from './announcements';

const base = { title: 'Maintenance de la base', body: 'Interruption du service.', module: '' };

function fieldErrors(input: unknown): Record<string, string> {
  const parsed = announcementContentSchema.safeParse(input);
  if (parsed.success) return {};
  return Object.fromEntries(parsed.error.issues.map((issue) => [issue.path.join('.'), issue.message]));
}

describe('announcementContentSchema', () => {
  it('reads form dates in Paris time and empties what the kind does not carry', () => {
    const parsed = announcementContentSchema.parse({
      ...base,
      kind: 'planned_maintenance',
      version: '5.2',
      startsAt: '2026-12-15T20:00',
      endsAt: '2026-12-15T23:00',
      trainingRequired: 'on',
    });
    expect(parsed).toEqual({
      ...base,
      module: null,
      kind: 'planned_maintenance',
      version: null,
      startsAt: new Date('2026-12-15T19:00:00Z'),
      endsAt: new Date('2026-12-15T22:00:00Z'),
      trainingRequired: false,
    });
  });

  it('§10.2: "formation à prévoir" is a release’s, checked or not', () => {
    const release = { ...base, kind: 'release', version: '6.0', startsAt: '2026-12-15T07:00' };
    expect(announcementContentSchema.parse({ ...release, trainingRequired: 'on' }).trainingRequired).toBe(true);
    expect(announcementContentSchema.parse(release).trainingRequired).toBe(false);
    expect(announcementContentSchema.parse({ ...release, kind: 'patch', trainingRequired: 'on' }).trainingRequired).toBe(false);
  });

  it('gives each missing or inconsistent field its French message', () => {
    expect(fieldErrors({ ...base, kind: 'release', version: '', startsAt: '' })).toEqual({
      version: 'Indiquez le numéro de version (obligatoire pour une version ou un correctif).',
      startsAt: 'Indiquez la date de mise en service : une nouvelle version s’annonce avec sa date (§10.2).',
    });
    expect(fieldErrors({ kind: 'release', title: 'Version 6.0', body: 'Notes.' })).toEqual({
      version: 'Indiquez le numéro de version (obligatoire pour une version ou un correctif).',
      startsAt: 'Indiquez la date de mise en service : une nouvelle version s’annonce avec sa date (§10.2).',
    });
    expect(fieldErrors({ ...base, kind: 'emergency_maintenance', startsAt: '2026-12-15T20:00', endsAt: '2026-12-15T19:00' })).toEqual({
      endsAt: 'La fin doit être postérieure au début.',
    });
    expect(fieldErrors({ ...base, kind: 'planned_maintenance', startsAt: 'demain', endsAt: '' })).toMatchObject({
      startsAt: 'Date et heure invalides (jj/mm/aaaa hh:mm).',
    });
    expect(fieldErrors({ kind: 'bulletin', title: '', body: '' })).toEqual({
      kind: 'Choisissez le type d’annonce.',
      title: 'Indiquez le titre (3 caractères au moins).',
      body: 'Rédigez le texte de l’annonce.',
    });
  });

  it('the form reports the missing fields of the kind together with the others', async () => {
    const parsed = await announcementFormSchema.safeParseAsync({ kind: 'release', title: '', body: 'Notes', version: '', startsAt: '' });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['title', 'version', 'startsAt']);
  });

  it('the form refuses an announcement id that is not one', async () => {
    const parsed = await announcementFormSchema.safeParseAsync({ ...base, kind: 'document', announcementId: 'pas-un-identifiant' });
    expect(fieldErrorsOf(parsed.error?.issues ?? [])).toEqual({ announcementId: 'Annonce introuvable.' });
  });

  it('the form refuses the whole set of files when one is not accepted, naming it', async () => {
    const parsed = await announcementFormSchema.safeParseAsync({
      ...base,
      kind: 'document',
      attachments: [new File(['ok'], 'ok.txt'), new File(['<script>alert(1)</script>'], 'page.html')],
    });
    expect(fieldErrorsOf(parsed.error?.issues ?? [])).toEqual({ attachments: '« page.html » : ce type de fichier n’est pas accepté.' });
  });

  it('names the earliest planned start to the next whole minute, in Paris time', () => {
    expect(shortNoticeFieldMessage(new Date('2026-12-17T09:00:30Z'))).toBe(
      'Moins de 48 heures d’avance : une maintenance planifiée commencerait au plus tôt jeudi 17 décembre 2026 à 10:01.',
    );
  });
});
