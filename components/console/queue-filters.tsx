import Link from 'next/link';
import { buttonClasses } from '@/components/ui/button';
import { FoldOnNarrow } from '@/components/ui/fold-on-narrow';
import { SelectField } from '@/components/ui/select-field';
import { SEVERITIES } from '@/lib/sla';
import { hasQueueFilters, queueSearch, UNASSIGNED, type QueueFilters } from '@/lib/search-params/queue';
import type { QueueTab } from '@/lib/support/queue-tabs';
import { SEVERITY_LABELS, TICKET_STATUS_LABELS, TICKET_STATUSES, TICKET_TYPE_LABELS, TICKET_TYPES } from '@/lib/tickets';
import { CHANNEL_LABELS, TICKET_CHANNELS } from '@/lib/tickets';

interface QueueFiltersProps {
  tab: QueueTab;
  filters: QueueFilters;
  organizations: Array<{ id: string; name: string }>;
  modules: string[];
  staff: Array<{ id: string; name: string }>;
}

/**
 * A GET form: the filters live in the URL, so they survive a refresh and the auto-refresh. On a
 * phone it folds behind a "Filtres" button, open when a filter is active.
 */
export function QueueFiltersForm({ tab, filters, organizations, modules, staff }: QueueFiltersProps) {
  const fields = queueSearch.fields({ tab, ...filters });
  const active = Object.values(filters).filter((value) => value !== undefined && value !== null && value !== '').length;
  return (
    <FoldOnNarrow label={active > 0 ? `Filtres (${active} actif${active > 1 ? 's' : ''})` : 'Filtres'} defaultOpen={active > 0}>
      <form method="get" action="/console/demandes" aria-label="Filtres" className="rounded-lg border border-slate-200 bg-white p-4">
        {fields.tab.value && <input type="hidden" name={fields.tab.name} value={fields.tab.value} />}
        <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          <SelectField
            label="Collectivité"
            name={fields.organizationId.name}
            defaultValue={fields.organizationId.value}
            placeholder="Toutes"
            options={organizations.map((organization) => ({ value: organization.id, label: organization.name }))}
          />
          <SelectField
            label="Module"
            name={fields.module.name}
            defaultValue={fields.module.value}
            placeholder="Tous"
            options={modules.map((module) => ({ value: module, label: module }))}
          />
          <SelectField
            label="Criticité"
            name={fields.severity.name}
            defaultValue={fields.severity.value}
            placeholder="Toutes"
            options={SEVERITIES.map((severity) => ({ value: severity, label: SEVERITY_LABELS[severity] }))}
          />
          <SelectField
            label="Statut"
            name={fields.status.name}
            defaultValue={fields.status.value}
            placeholder="Tous"
            options={TICKET_STATUSES.map((status) => ({ value: status, label: TICKET_STATUS_LABELS[status] }))}
          />
          <SelectField
            label="Assignée à"
            name={fields.assigneeId.name}
            defaultValue={fields.assigneeId.value}
            placeholder="Peu importe"
            options={[{ value: UNASSIGNED, label: 'Personne' }, ...staff.map((member) => ({ value: member.id, label: member.name }))]}
          />
          <SelectField
            label="Canal"
            name={fields.channel.name}
            defaultValue={fields.channel.value}
            placeholder="Tous"
            options={TICKET_CHANNELS.map((channel) => ({ value: channel, label: CHANNEL_LABELS[channel] }))}
          />
          <SelectField
            label="Type"
            name={fields.type.name}
            defaultValue={fields.type.value}
            placeholder="Tous"
            options={TICKET_TYPES.map((type) => ({ value: queueSearch.fields({ type }).type.value, label: TICKET_TYPE_LABELS[type] }))}
          />
        </div>
        <div className="mt-4 flex flex-wrap gap-3">
          <button type="submit" className={buttonClasses('primary')}>
            Filtrer
          </button>
          {hasQueueFilters(filters) && (
            <Link href={queueSearch.href('/console/demandes', { tab })} className={buttonClasses('secondary')}>
              Effacer les filtres
            </Link>
          )}
        </div>
      </form>
    </FoldOnNarrow>
  );
}
