import Link from 'next/link';
import { buttonClasses } from '@/components/ui/button';
import { SelectField } from '@/components/ui/select-field';
import { SEVERITIES } from '@/lib/sla';
import { QUEUE_TAB_SLUGS, type QueueTab } from '@/lib/support/queue-tabs';
import { SEVERITY_LABELS, TICKET_STATUS_LABELS, TICKET_STATUSES } from '@/lib/tickets';
import { CHANNEL_LABELS, CHANNELS, QUEUE_PARAMS, UNASSIGNED, queueSearchString, type QueueFilters } from '@/lib/validation/support';

interface QueueFiltersProps {
  tab: QueueTab;
  filters: QueueFilters;
  organizations: Array<{ id: string; name: string }>;
  modules: string[];
  staff: Array<{ id: string; name: string }>;
}

/** A GET form: the filters live in the URL, so they survive a refresh and the auto-refresh. */
export function QueueFiltersForm({ tab, filters, organizations, modules, staff }: QueueFiltersProps) {
  const active = Object.keys(filters).length > 0;
  return (
    <form method="get" action="/console/demandes" aria-label="Filtres" className="rounded-lg border border-slate-200 bg-white p-4">
      <input type="hidden" name={QUEUE_PARAMS.tab} value={QUEUE_TAB_SLUGS[tab]} />
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        <SelectField
          label="Collectivité"
          name={QUEUE_PARAMS.organizationId}
          defaultValue={filters.organizationId ?? ''}
          placeholder="Toutes"
          options={organizations.map((organization) => ({ value: organization.id, label: organization.name }))}
        />
        <SelectField
          label="Module"
          name={QUEUE_PARAMS.module}
          defaultValue={filters.module ?? ''}
          placeholder="Tous"
          options={modules.map((module) => ({ value: module, label: module }))}
        />
        <SelectField
          label="Criticité"
          name={QUEUE_PARAMS.severity}
          defaultValue={filters.severity ?? ''}
          placeholder="Toutes"
          options={SEVERITIES.map((severity) => ({ value: severity, label: SEVERITY_LABELS[severity] }))}
        />
        <SelectField
          label="Statut"
          name={QUEUE_PARAMS.status}
          defaultValue={filters.status ?? ''}
          placeholder="Tous"
          options={TICKET_STATUSES.map((status) => ({ value: status, label: TICKET_STATUS_LABELS[status] }))}
        />
        <SelectField
          label="Assignée à"
          name={QUEUE_PARAMS.assigneeId}
          defaultValue={filters.assigneeId ?? ''}
          placeholder="Peu importe"
          options={[{ value: UNASSIGNED, label: 'Personne' }, ...staff.map((member) => ({ value: member.id, label: member.name }))]}
        />
        <SelectField
          label="Canal"
          name={QUEUE_PARAMS.channel}
          defaultValue={filters.channel ?? ''}
          placeholder="Tous"
          options={CHANNELS.map((channel) => ({ value: channel, label: CHANNEL_LABELS[channel] }))}
        />
      </div>
      <div className="mt-4 flex flex-wrap gap-3">
        <button type="submit" className={buttonClasses('primary')}>
          Filtrer
        </button>
        {active && (
          <Link href={`/console/demandes${queueSearchString(tab, {})}`} className={buttonClasses('secondary')}>
            Effacer les filtres
          </Link>
        )}
      </div>
    </form>
  );
}
