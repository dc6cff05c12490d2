import Link from 'next/link';
import { Cell, Row, RowHeader, Table } from '@/components/ui/table';
import type { TeamMemberWorkload } from '@/lib/server/dashboard/get-team-workload';
import { queueSearch } from '@/lib/search-params/queue';

/** How many members the dashboard lists: the most loaded first; the queues' "Assignée à" filter reaches the others. */
export const TEAM_SHOWN = 12;

/** The team's open work for a manager: per member, open Demandes and, of those, à risque and hors délai now. */
export function TeamWorkloadTable({ members }: { members: TeamMemberWorkload[] }) {
  const shown = members.slice(0, TEAM_SHOWN);
  const others = members.length - shown.length;
  return (
    <>
      <Table
        caption="Demandes ouvertes assignées à chaque membre du support"
        captionStyle="hidden"
        columns={['Membre du support', 'Ouvertes', 'À risque', 'Hors délai']}
        empty={members.length === 0 ? 'Aucun membre du support actif.' : undefined}
      >
        {shown.map((member) => (
          <Row key={member.id}>
            <RowHeader>
              <Link href={queueSearch.href('/console/demandes', { tab: 'all', assigneeId: member.id })} className="text-brand-800 underline">
                {member.name}
              </Link>
            </RowHeader>
            <Cell>{member.open.toLocaleString('fr-FR')}</Cell>
            <CountCell count={member.atRisk} tone="text-amber-800" href={queueSearch.href('/console/demandes', { tab: 'at_risk', assigneeId: member.id })} />
            <CountCell count={member.overdue} tone="text-red-800" href={queueSearch.href('/console/demandes', { tab: 'overdue', assigneeId: member.id })} />
          </Row>
        ))}
      </Table>
      {others > 0 && (
        <p className="mt-2 text-sm text-slate-700">
          {others} autre{others > 1 ? 's' : ''} membre{others > 1 ? 's' : ''}, moins chargé{others > 1 ? 's' : ''} : le filtre « Assignée à » des files les
          montre.
        </p>
      )}
    </>
  );
}

/** A count that stands out while it is not zero, a link to the queue that lists them. */
function CountCell({ count, tone, href }: { count: number; tone: string; href: string }) {
  if (count === 0) return <Cell>0</Cell>;
  return (
    <Cell className={`font-semibold ${tone}`}>
      <Link href={href} className="underline">
        {count.toLocaleString('fr-FR')}
      </Link>
    </Cell>
  );
}
