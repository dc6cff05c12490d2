import type { Metadata } from 'next';
import Link from 'next/link';
import { Suspense, type ReactNode } from 'react';
import { bulkTriageAction } from './demandes/queue-actions';
import { PickupRatesTable } from '@/components/console/pickup-rates-table';
import { QueueCounts } from '@/components/console/queue-counts';
import { queueRowView } from '@/components/console/queue-row-view';
import { TeamWorkloadTable } from '@/components/console/team-workload-table';
import { TriageCardList, type TriageCard } from '@/components/console/triage-card-list';
import { TriageKeyboard } from '@/components/console/triage-keyboard';
import { buttonClasses } from '@/components/ui/button';
import { requireStaff, type CurrentUser } from '@/lib/auth/session';
import { formatDateTime } from '@/lib/format/french-date';
import { queueSearch } from '@/lib/search-params/queue';
import type { QueueTab } from '@/lib/support/queue-tabs';
import { endOfLocalDay } from '@/lib/support/today';
import { getDb } from '@/lib/server/db';
import { getTeamWorkload } from '@/lib/server/dashboard/get-team-workload';
import { listClientAnswers } from '@/lib/server/dashboard/list-client-answers';
import { listDeadlinesToday } from '@/lib/server/dashboard/list-deadlines-today';
import { getRecentPickupCompliance, PICKUP_RATES_REFRESH_MS } from '@/lib/server/dashboard/get-recent-pickup-compliance';
import { countQueues, QUEUE_COUNT_LIMIT } from '@/lib/server/tickets/count-queues';
import { listQueue } from '@/lib/server/tickets/list-queue';

export const metadata: Metadata = { title: 'Tableau de bord' };

/** How many Demandes each list of the dashboard shows; the queues have the rest. */
const SHOWN = 5;
/** How far back a client's answer still counts as recent. */
const ANSWERS_SINCE_DAYS = 7;

/**
 * The support's home: the queues with their counts, then what to triage — the Demandes awaiting
 * pickup, one's own by next deadline, what turns à risque or hors délai before the end of the
 * day, the clients' recent answers — with keyboard shortcuts; a manager also sees the team's
 * load and each collectivité's 75 % (streamed, after the rest). Every query is bounded: a few
 * rows over the queues' indexes, counts capped, the business-time words for these rows alone.
 */
export default async function ConsoleHomePage() {
  const user = await requireStaff();
  const db = await getDb();
  const now = new Date();
  const [counts, awaiting, mine, today, answers] = await Promise.all([
    countQueues(db, { actor: user, now }),
    listQueue(db, { actor: user, tab: 'awaiting_pickup', now, pageSize: SHOWN }),
    listQueue(db, { actor: user, tab: 'mine', now, pageSize: SHOWN }),
    listDeadlinesToday(db, { actor: user, now, until: endOfLocalDay(now, user.timeZone), timeZone: user.timeZone, limit: SHOWN }),
    listClientAnswers(db, { actor: user, since: new Date(now.getTime() - ANSWERS_SINCE_DAYS * 86_400_000), limit: SHOWN }),
  ]);

  const todayCards = today.rows.map((row): TriageCard => ({
    ...queueRowView(row, user, now),
    note: { text: row.transition.label, tone: row.transition.kind },
  }));
  const answerCards = answers.map((row): TriageCard => ({
    ...queueRowView(row, user, now),
    quote: { heading: `${row.answer.authorName}, ${formatDateTime(row.answer.at, user.timeZone)} :`, text: row.answer.excerpt },
  }));

  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold">Tableau de bord</h1>
          <p className="text-slate-700">
            Bonjour {user.name}. Situation au {formatDateTime(now, user.timeZone)}.
          </p>
        </div>
        <Link href="/console/demandes/nouvelle" className={buttonClasses('primary')}>
          Enregistrer un appel
        </Link>
      </div>

      <section aria-labelledby="files">
        <h2 id="files" className="mb-3 text-lg font-semibold">
          Files de demandes
        </h2>
        <QueueCounts counts={counts} limit={QUEUE_COUNT_LIMIT} />
      </section>

      <TriageKeyboard triageAction={bulkTriageAction} me={{ id: user.id, name: user.name }}>
        <div className="grid gap-6 lg:grid-cols-2">
          <Panel id="a-prendre" title="À prendre en charge" tab="awaiting_pickup" count={counts.awaiting_pickup} shown={awaiting.rows.length}>
            <TriageCardList
              listId="a-prendre"
              rows={awaiting.rows.map((row) => queueRowView(row, user, now))}
              empty="Aucune demande n’attend de prise en charge."
            />
          </Panel>
          <Panel id="aujourd-hui" title="À risque ou hors délai d’ici ce soir" tab="at_risk" more={today.more}>
            <TriageCardList listId="aujourd-hui" rows={todayCards} empty="Aucun délai ne devient à risque ni hors délai d’ici la fin de la journée." />
          </Panel>
          <Panel id="mes-demandes" title="Mes demandes, l’échéance la plus proche d’abord" tab="mine" count={counts.mine} shown={mine.rows.length}>
            <TriageCardList
              listId="mes-demandes"
              rows={mine.rows.map((row) => queueRowView(row, user, now))}
              empty="Aucune demande ouverte ne vous est assignée."
            />
          </Panel>
          <Panel id="reponses" title="Réponses des clients sur vos demandes">
            <TriageCardList
              listId="reponses"
              rows={answerCards}
              empty={`Aucun client n’attend de réponse de votre part sur vos demandes ouvertes (réponses des ${ANSWERS_SINCE_DAYS} derniers jours).`}
            />
          </Panel>
        </div>
      </TriageKeyboard>

      {user.role === 'support_manager' && (
        <Suspense
          fallback={
            <p role="status" className="text-slate-700">
              Chargement de la charge de l’équipe et des taux de prise en charge…
            </p>
          }
        >
          <ManagerPanels user={user} now={now} />
        </Suspense>
      )}
    </div>
  );
}

/** A list of the dashboard with its heading and, when the queue holds more, the way to it. */
function Panel({
  id,
  title,
  tab,
  count,
  shown,
  more,
  children,
}: {
  id: string;
  title: string;
  tab?: QueueTab;
  count?: number;
  shown?: number;
  more?: boolean;
  children: ReactNode;
}) {
  const rest = count !== undefined && shown !== undefined && count > shown;
  return (
    <section aria-labelledby={id} className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-slate-50 p-4">
      <h2 id={id} className="text-lg font-semibold">
        {title}
      </h2>
      {children}
      {tab && (rest || more) && (
        <Link href={queueSearch.href('/console/demandes', { tab })} className="self-start text-sm font-medium text-brand-800 underline">
          {rest
            ? `Voir les ${count > QUEUE_COUNT_LIMIT ? `${QUEUE_COUNT_LIMIT.toLocaleString('fr-FR')}+` : count.toLocaleString('fr-FR')} dans la file`
            : 'Voir la file'}
        </Link>
      )}
    </section>
  );
}

/** For a manager: the team's open work and each collectivité's §13 rate (computed every ten minutes), streamed after the lists. */
async function ManagerPanels({ user, now }: { user: CurrentUser; now: Date }) {
  const db = await getDb();
  const [team, rates] = await Promise.all([getTeamWorkload(db, { actor: user, now }), getRecentPickupCompliance(db, { actor: user, now })]);
  return (
    <div className="grid gap-6 xl:grid-cols-[2fr_3fr]">
      <section aria-labelledby="equipe" className="rounded-lg border border-slate-200 bg-white p-4 sm:p-6">
        <h2 id="equipe" className="mb-3 text-lg font-semibold">
          L’équipe
        </h2>
        <TeamWorkloadTable members={team} />
      </section>
      <section aria-labelledby="taux" className="rounded-lg border border-slate-200 bg-white p-4 sm:p-6">
        <h2 id="taux" className="mb-1 text-lg font-semibold">
          Prise en charge en 8 heures ouvrées : objectif 75 % (§13)
        </h2>
        <p className="mb-3 text-sm text-slate-700">
          Par collectivité, sur sa période de 12 mois en cours, comptée depuis le début de son support. Calculé le {formatDateTime(rates.at, user.timeZone)},
          recalculé toutes les {PICKUP_RATES_REFRESH_MS / 60_000} minutes ; les{' '}
          <Link href="/console/rapports" className="text-brand-800 underline">
            rapports
          </Link>{' '}
          le calculent à chaque consultation.
        </p>
        <PickupRatesTable rates={rates.rates} />
      </section>
    </div>
  );
}
