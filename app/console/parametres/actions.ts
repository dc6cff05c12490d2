'use server';

import { revalidatePath } from 'next/cache';
import { atRiskThresholdSchema, retryEmailSchema, staffTotpSchema, supportCalendarFormSchema, supportContactSchema } from '@/lib/validation/support';
import { consoleAction } from '@/lib/server/actions/define-action';
import { retryEmail } from '@/lib/server/email/retry-email';
import { saveAtRiskRatio } from '@/lib/server/support/save-at-risk-ratio';
import { saveSupportCalendar } from '@/lib/server/support/save-support-calendar';
import { saveSupportContact } from '@/lib/server/support/save-support-contact';
import { saveStaffTotpRequirement } from '@/lib/server/support/save-staff-totp-requirement';

const MANAGERS = ['support_manager'] as const;

export const saveCalendarAction = consoleAction(
  supportCalendarFormSchema,
  async (calendar, { user, db }) => {
    await saveSupportCalendar(db, { actor: user, calendar });
    revalidatePath('/console/parametres');
    return {
      status: 'success',
      message: 'Horaires enregistrés. Les nouvelles demandes suivront ces horaires ; les délais déjà calculés ne changent pas.',
    };
  },
  MANAGERS,
);

export const saveContactAction = consoleAction(
  supportContactSchema,
  async ({ phone, waitingReminderBusinessDays }, { user, db }) => {
    await saveSupportContact(db, { actor: user, phone, waitingReminderBusinessDays });
    revalidatePath('/console/parametres');
    return {
      status: 'success',
      message: `${phone ? `Le portail affiche désormais le ${phone}` : 'Le portail n’affiche plus de numéro'} ; un client sans réponse est relancé après ${waitingReminderBusinessDays} jour${waitingReminderBusinessDays > 1 ? 's' : ''} ouvré${waitingReminderBusinessDays > 1 ? 's' : ''}.`,
    };
  },
  MANAGERS,
);

export const saveAtRiskAction = consoleAction(
  atRiskThresholdSchema,
  async ({ atRiskPercent }, { user, db }) => {
    await saveAtRiskRatio(db, { actor: user, atRiskPercent });
    revalidatePath('/console/parametres');
    return {
      status: 'success',
      message: `Seuil enregistré : un délai sera « à risque » à ${atRiskPercent} % de son budget, pour les délais qui démarrent désormais.`,
    };
  },
  MANAGERS,
);

export const retryEmailAction = consoleAction(
  retryEmailSchema,
  async ({ emailId }, { user, db }) => {
    const email = await retryEmail(db, { actor: user, emailId });
    revalidatePath('/console/parametres');
    return { status: 'success', message: `Nouvel envoi programmé pour ${email.toAddress}.` };
  },
  MANAGERS,
);

export const staffTotpAction = consoleAction(
  staffTotpSchema,
  async ({ required }, { user, db }) => {
    await saveStaffTotpRequirement(db, { actor: user, required });
    revalidatePath('/console/parametres');
    return {
      status: 'success',
      message: required
        ? 'La double authentification est exigée : chaque membre du support sans elle devra l’activer à sa prochaine page.'
        : 'La double authentification redevient facultative pour le support.',
    };
  },
  MANAGERS,
);
