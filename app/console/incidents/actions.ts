'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { incidentPageSearch } from '@/lib/search-params/availability';
import { consoleAction } from '@/lib/server/actions/define-action';
import { addIncidentUpdate } from '@/lib/server/availability/add-incident-update';
import { closeIncident } from '@/lib/server/availability/close-incident';
import { correctIncident } from '@/lib/server/availability/correct-incident';
import { openIncident } from '@/lib/server/availability/open-incident';
import { ServiceError } from '@/lib/server/service-error';
import { FIELDS_TO_CORRECT } from '@/lib/forms/field-errors';
import { closeIncidentSchema, correctIncidentSchema, incidentUpdateSchema, openIncidentSchema, withInstants } from '@/lib/validation/availability';

const pageOf = (incidentId: string) => `/console/incidents/${incidentId}`;

/** §5, §6: the support records an incident; the users it affects are told. Times are typed in the staff member's zone. */
export const openIncidentAction = consoleAction(openIncidentSchema, async (form, { user, db, clientAddress }) => {
  const { startedAt, endedAt, ...content } = withInstants(form, user.timeZone);
  const incident = await openIncident(db, { actor: user, content, startedAt, endedAt, clientAddress });
  revalidatePath('/console/incidents');
  redirect(incidentPageSearch.href(pageOf(incident.id), { done: 'opened' }));
});

export const correctIncidentAction = consoleAction(correctIncidentSchema, async (form, { user, db, clientAddress }) => {
  const { incidentId, startedAt, endedAt, ...content } = withInstants(form, user.timeZone);
  if (!startedAt) throw new ServiceError('invalid', FIELDS_TO_CORRECT, { startedAt: 'Indiquez le début.' });
  await correctIncident(db, { actor: user, incidentId, content, startedAt, endedAt, clientAddress });
  revalidatePath('/console/incidents');
  redirect(incidentPageSearch.href(pageOf(incidentId), { done: 'corrected' }));
});

export const closeIncidentAction = consoleAction(closeIncidentSchema, async (form, { user, db, clientAddress }) => {
  const { incidentId, endedAt } = withInstants(form, user.timeZone);
  await closeIncident(db, { actor: user, incidentId, endedAt, clientAddress });
  revalidatePath('/console/incidents');
  redirect(incidentPageSearch.href(pageOf(incidentId), { done: 'closed' }));
});

export const addIncidentUpdateAction = consoleAction(incidentUpdateSchema, async ({ incidentId, body }, { user, db, clientAddress }) => {
  await addIncidentUpdate(db, { actor: user, incidentId, body, clientAddress });
  revalidatePath(pageOf(incidentId));
  return { status: 'success', message: 'Point d’étape publié.' };
});
