import 'server-only';
import { and, asc, eq, inArray, type SQL } from 'drizzle-orm';
import { contracts, organizations, users } from '@/db/schema';
import type { Executor } from '@/db/client';
import { CLIENT_ROLES } from '@/lib/accounts/roles';
import { env } from '@/lib/env';
import { notify } from './notify';

// A bound on the recipients of one insert: well under PostgreSQL's 65,535 parameters per statement.
const CHUNK = 1_000;

export interface OrganizationsMessage {
  /** Which organizations (a condition on `organizations` and `contracts`); undefined: every one. */
  where: SQL | undefined;
  /** The message in an organization's zone (§5: each reads instants in its own). */
  message: (timeZone: string) => { type: string; title: string; body: string; paragraphs?: string[] };
  /** The portal page it leads to ('/disponibilite'), and the label of the email's link. */
  link: { path: string; label: string };
  at: Date;
}

/**
 * Tells the active users of the organizations concerned, in the portal and by email for those who
 * want it (notify), in the caller's transaction: one notification per user, each in the zone of
 * their organization.
 */
export async function notifyOrganizations(db: Executor, input: OrganizationsMessage): Promise<void> {
  const recipients = await db
    .select({ id: users.id, timeZone: organizations.timeZone })
    .from(users)
    .innerJoin(organizations, eq(organizations.id, users.organizationId))
    .leftJoin(contracts, eq(contracts.organizationId, organizations.id))
    .where(and(eq(users.active, true), inArray(users.role, [...CLIENT_ROLES]), input.where))
    .orderBy(asc(users.id));
  const byZone = new Map<string, string[]>();
  for (const { id, timeZone } of recipients) {
    const ids = byZone.get(timeZone);
    if (ids) ids.push(id);
    else byZone.set(timeZone, [id]);
  }
  const url = `${env().publicUrl}${input.link.path}`;
  for (const [timeZone, ids] of byZone) {
    const { paragraphs, ...message } = input.message(timeZone);
    for (let index = 0; index < ids.length; index += CHUNK) {
      await notify(db, {
        ...message,
        recipientIds: ids.slice(index, index + CHUNK),
        ticketId: null,
        link: input.link.path,
        at: input.at,
        email: { link: { label: input.link.label, url }, paragraphs },
      });
    }
  }
}
