import Link from 'next/link';
import { buttonClasses } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { SelectField } from '@/components/ui/select-field';
import { reportSearch, type ReportSearch } from '@/lib/search-params/reports';
import { SEVERITIES } from '@/lib/sla';
import { CHANNEL_LABELS, SEVERITY_LABELS, severityHelpPath, TICKET_CHANNELS } from '@/lib/tickets';

interface ReportFiltersProps {
  search: ReportSearch;
  /** The page's own path, for "Effacer". */
  path: string;
  /** Staff choose an organization; a client's report is their own organization's. */
  organizations?: Array<{ id: string; name: string }>;
  modules: string[];
  /** The usage figures (§17) are counted per day, without module, severity or channel. */
  datesOnly?: boolean;
}

/** A GET form: the filters live in the address, so a filtered report can be bookmarked and exported. */
export function ReportFilters({ search, path, organizations, modules, datesOnly = false }: ReportFiltersProps) {
  const fields = reportSearch.fields(search);
  return (
    <form method="get" action={path} className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3" aria-label="Filtrer le rapport">
      {!datesOnly && organizations && (
        <SelectField
          label="Collectivité"
          name={fields.organizationId.name}
          placeholder="Toutes"
          defaultValue={fields.organizationId.value}
          options={organizations.map((organization) => ({ value: organization.id, label: organization.name }))}
        />
      )}
      {!datesOnly && (
        <>
          <SelectField
            label="Module"
            name={fields.module.name}
            placeholder="Tous"
            defaultValue={fields.module.value}
            options={modules.map((module) => ({ value: module, label: module }))}
          />
          <div className="flex flex-col gap-1">
            <SelectField
              label="Criticité"
              name={fields.severity.name}
              placeholder="Toutes"
              defaultValue={fields.severity.value}
              options={SEVERITIES.map((severity) => ({ value: severity, label: SEVERITY_LABELS[severity] }))}
            />
            <Link href={severityHelpPath(path.startsWith('/console') ? 'console' : 'portal')} className="text-sm text-brand-800 underline">
              Que signifie la criticité ?
            </Link>
          </div>
          <SelectField
            label="Canal"
            name={fields.channel.name}
            placeholder="Tous"
            defaultValue={fields.channel.value}
            options={TICKET_CHANNELS.map((channel) => ({ value: channel, label: CHANNEL_LABELS[channel] }))}
          />
        </>
      )}
      <Field label="Du" name={fields.from.name} type="date" defaultValue={fields.from.value} />
      <Field label="Au" name={fields.to.name} type="date" defaultValue={fields.to.value} />
      <div className="flex flex-wrap items-end gap-2">
        <button type="submit" className={buttonClasses('primary')}>
          Filtrer
        </button>
        <Link href={path} className={buttonClasses('ghost')}>
          Effacer
        </Link>
      </div>
    </form>
  );
}
