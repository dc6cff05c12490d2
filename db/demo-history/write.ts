import { sql } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import {
  announcements,
  attachments,
  auditLog,
  emailOutbox,
  faqArticles,
  faqVotes,
  fileContents,
  incidentOrganizations,
  incidents,
  incidentUpdates,
  notifications,
  slaClocks,
  ticketEvents,
  ticketMessages,
  tickets,
  usageCounters,
} from '@/db/schema';
import type { DemoHistoryPlan } from './plan';

const BATCH = 400;

/** Rows written per table, for the start log and the report. */
export type WrittenCounts = Record<string, number>;

async function insertAll<T>(rows: readonly T[], insert: (batch: T[]) => Promise<unknown>): Promise<number> {
  for (let start = 0; start < rows.length; start += BATCH) await insert(rows.slice(start, start + BATCH));
  return rows.length;
}

/**
 * Writes a planned history with the caller's executor (one transaction), in the order the foreign
 * keys ask; history events and audit entries in the order they happened, so their ids follow time.
 * Then the reference sequence continues after the last number handed out.
 */
export async function writeDemoHistory(db: Executor, plan: DemoHistoryPlan): Promise<WrittenCounts> {
  const all = <K extends keyof DemoHistoryPlan['tickets'][number]>(key: K) => plan.tickets.flatMap((ticket) => ticket[key] as unknown[]);
  const byTime = <T extends { at: Date }>(rows: T[]) => rows.sort((a, b) => a.at.getTime() - b.at.getTime());
  const counts: WrittenCounts = {};
  const { incidents: planned } = plan;

  counts.announcements = await insertAll(planned.announcements, (batch) => db.insert(announcements).values(batch));
  counts.incidents = await insertAll(planned.incidents, (batch) => db.insert(incidents).values(batch));
  counts.incident_organizations = await insertAll(planned.scopes, (batch) => db.insert(incidentOrganizations).values(batch));
  counts.incident_updates = await insertAll(planned.updates, (batch) => db.insert(incidentUpdates).values(batch));
  counts.tickets = await insertAll(
    plan.tickets.map((ticket) => ticket.ticket),
    (batch) => db.insert(tickets).values(batch),
  );
  counts.sla_clocks = await insertAll(all('clocks') as DemoHistoryPlan['tickets'][number]['clocks'], (batch) => db.insert(slaClocks).values(batch));
  counts.ticket_messages = await insertAll(all('messages') as DemoHistoryPlan['tickets'][number]['messages'], (batch) =>
    db.insert(ticketMessages).values(batch),
  );
  const files = all('attachments') as DemoHistoryPlan['tickets'][number]['attachments'];
  // lib/server/attachments/attachment-store.ts reads a content from file_contents by its storage key.
  counts.file_contents = await insertAll(
    files.map((file) => ({ storageKey: file.storageKey, data: file.data, createdAt: file.createdAt })),
    (batch) => db.insert(fileContents).values(batch),
  );
  counts.attachments = await insertAll(
    files.map(({ data: _data, ...row }) => row),
    (batch) => db.insert(attachments).values(batch),
  );
  counts.ticket_events = await insertAll(byTime(all('events') as DemoHistoryPlan['tickets'][number]['events']), (batch) =>
    db.insert(ticketEvents).values(batch),
  );
  counts.notifications = await insertAll(all('notifications') as DemoHistoryPlan['tickets'][number]['notifications'], (batch) =>
    db.insert(notifications).values(batch),
  );
  counts.email_outbox = await insertAll(all('emails') as DemoHistoryPlan['tickets'][number]['emails'], (batch) => db.insert(emailOutbox).values(batch));
  counts.audit_log = await insertAll(byTime([...(all('audits') as DemoHistoryPlan['tickets'][number]['audits']), ...planned.audits]), (batch) =>
    db.insert(auditLog).values(batch),
  );
  counts.faq_votes = await insertAll(plan.faqVotes, (batch) => db.insert(faqVotes).values(batch));
  if (plan.faqVotes.length > 0) {
    // The counters equal the votes (lib/server/faq/vote-faq-article.ts recounts them the same way).
    await db.execute(sql`update ${faqArticles} set
      helpful_yes = (select count(*)::int from ${faqVotes} where ${faqVotes.articleId} = ${faqArticles.id} and ${faqVotes.helpful}),
      helpful_no = (select count(*)::int from ${faqVotes} where ${faqVotes.articleId} = ${faqArticles.id} and not ${faqVotes.helpful})`);
  }
  counts.usage_counters = await insertAll(plan.usage, (batch) => db.insert(usageCounters).values(batch));
  if (plan.lastNumber > 0) await db.execute(sql`select setval('ticket_number_seq', ${plan.lastNumber})`);
  return counts;
}
