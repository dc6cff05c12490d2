import { expect, it } from 'vitest';
import { fieldErrorsOf } from '@/lib/forms/field-errors';
import { createOrganizationSchema, updateOrganizationSchema } from '@/lib/validation/accounts';
it('parses an organization form, and parses its own output to the same value (idempotent)', () => {
  const once = createOrganizationSchema.parse({
    name: 'Mairie X',
    siren: '217 500 016',
    timeZone: 'Indian/Reunion',
    closedDays: '2026-05-27\n2026-05-22',
    modules: 'COMEDEC',
    namedUserLimit: '3',
    supportStartDate: '2026-01-05',
    adminName: 'Al Bo',
    adminEmail: 'A@B.fr',
  });
  const twice = createOrganizationSchema.parse(once);
  expect(twice).toEqual(once);
  expect(once.closedDays).toEqual(['2026-05-22', '2026-05-27']);
  expect(
    updateOrganizationSchema.parse({ organizationId: '8c6f1f1e-8b0a-4c55-9d6e-3f1e2a1b0c9d', name: 'Mairie X', timeZone: 'Europe/Paris' }).closedDays,
  ).toEqual([]);
});

it('refuses an invalid SIREN, a time zone outside France and no module, in French', () => {
  const parsed = createOrganizationSchema.safeParse({
    name: 'X',
    siren: '217500017',
    timeZone: 'Europe/Berlin',
    modules: [],
    namedUserLimit: '0',
    supportStartDate: 'x',
    adminName: 'A',
    adminEmail: 'a',
  });
  expect(fieldErrorsOf(parsed.error?.issues ?? [])).toMatchObject({
    siren: 'SIREN invalide : 9 chiffres dont la clé de contrôle (Luhn) est juste.',
    timeZone: 'Choisissez un fuseau horaire.',
    modules: 'Cochez au moins un module.',
  });
});
