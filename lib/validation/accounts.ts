import { CLIENT_ROLES } from '@/lib/accounts/roles';
import { z } from 'zod';
import { userText } from './user-text';
import { isValidSiren, normalizeSiren } from '@/lib/accounts/siren';
import { PRODUCT_MODULES } from '@/lib/accounts/product-modules';
import { FRENCH_TIME_ZONE_VALUES } from '@/lib/time-zones';
import { MAX_LENGTH } from '@/lib/accounts/password-policy';

const emptyToUndefined = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function isCalendarDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

const name = userText().trim().min(2, 'Saisissez le nom (2 caractères au moins).').max(200, 'Au plus 200 caractères.');
const email = userText().trim().toLowerCase().min(1, 'Saisissez l’adresse e-mail.').max(320).email('Adresse e-mail invalide.');
const phone = z.preprocess(
  emptyToUndefined,
  userText()
    .trim()
    .max(30, 'Au plus 30 caractères.')
    .regex(/^[+0-9 ().-]{6,}$/, 'Numéro de téléphone invalide (chiffres, espaces, +, points ou tirets).')
    .optional(),
);

export const organizationSchema = z.object({
  name,
  siren: z.preprocess(
    emptyToUndefined,
    z.string().transform(normalizeSiren).refine(isValidSiren, 'SIREN invalide : 9 chiffres dont la clé de contrôle (Luhn) est juste.').optional(),
  ),
  timeZone: z.enum(FRENCH_TIME_ZONE_VALUES, { error: 'Choisissez un fuseau horaire.' }),
  // One local date per line (or separated by commas or spaces): a territory's own holidays, bridge days.
  // Already a list when a parsed form is parsed again: the schema is idempotent, so seeds and tests may pass its output.
  closedDays: z.preprocess(
    (value) => (Array.isArray(value) ? value.join('\n') : (value ?? '')),
    z
      .string()
      .transform((text) => [...new Set(text.split(/[\s,;]+/).filter(Boolean))].sort())
      .refine((days) => days.every(isCalendarDate), 'Une date par ligne, au format AAAA-MM-JJ (par exemple 2026-05-27).'),
  ),
});

export const contractSchema = z.object({
  modules: z.preprocess(
    (value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]),
    z.array(z.enum(PRODUCT_MODULES)).min(1, 'Cochez au moins un module.'),
  ),
  namedUserLimit: z.coerce
    .number({ error: 'Saisissez un nombre.' })
    .int('Saisissez un nombre entier.')
    .min(1, 'Au moins 1 utilisateur.')
    .max(10_000, 'Au plus 10 000 utilisateurs.'),
  supportStartDate: z.string().refine(isCalendarDate, 'Saisissez une date (AAAA-MM-JJ).'),
});

export const clientRoleSchema = z.enum(CLIENT_ROLES, { error: 'Choisissez un rôle.' });

export const newAccountSchema = z.object({ name, email, phone, role: clientRoleSchema });

export const createOrganizationSchema = organizationSchema.extend({
  ...contractSchema.shape,
  adminName: name,
  adminEmail: email,
  adminPhone: phone,
});

export const organizationIdSchema = z.object({ organizationId: z.uuid() });
export type OrganizationForm = z.output<typeof organizationSchema>;
export type ContractForm = z.output<typeof contractSchema>;
export type CreateOrganizationForm = z.output<typeof createOrganizationSchema>;

export const updateOrganizationSchema = organizationSchema.extend(organizationIdSchema.shape);
export const updateContractSchema = contractSchema.extend(organizationIdSchema.shape);
export const suspendSupportSchema = organizationIdSchema.extend({
  reason: userText().trim().min(5, 'Indiquez le motif de la suspension (5 caractères au moins).').max(1000, 'Au plus 1 000 caractères.'),
});

export const userIdSchema = z.object({ userId: z.uuid() });
/** Deactivating or reactivating an account (§11). */
export const accountActiveSchema = userIdSchema.extend({ active: z.enum(['true', 'false']).transform((value) => value === 'true') });

export const changeRoleSchema = userIdSchema.extend({ role: clientRoleSchema });

export const profileSchema = z.object({ name, phone });
export type Profile = z.output<typeof profileSchema>;

const newPassword = z
  .string()
  .min(1, 'Saisissez le nouveau mot de passe.')
  .max(MAX_LENGTH * 4);
function confirmed<T extends { newPassword: string; confirmation: string }>(value: T, ctx: z.RefinementCtx) {
  if (value.newPassword !== value.confirmation) {
    ctx.addIssue({ code: 'custom', path: ['confirmation'], message: 'Les deux saisies ne sont pas identiques.' });
  }
}

export const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, 'Saisissez votre mot de passe actuel.').max(1024),
    newPassword,
    confirmation: z.string(),
  })
  .superRefine(confirmed);

export const resetPasswordSchema = z.object({ token: z.string().min(20).max(200), newPassword, confirmation: z.string() }).superRefine(confirmed);

export const forgotPasswordSchema = z.object({ email });

export const totpCodeSchema = z.object({
  code: userText()
    .trim()
    .regex(/^\d{6}$/, 'Saisissez les 6 chiffres affichés par votre application.'),
});

export const disableTotpSchema = z.object({ currentPassword: z.string().min(1, 'Saisissez votre mot de passe actuel.').max(1024) });
