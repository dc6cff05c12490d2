import Link from 'next/link';
import { buttonClasses } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { SelectField } from '@/components/ui/select-field';
import { AUDIT_ACTIONS } from '@/lib/accounts/audit-actions';
import { auditLogSearch, type AuditLogSearch } from '@/lib/search-params/audit-log';

/** A GET form: the filters live in the address, so a filtered journal can be bookmarked and exported. */
export function AuditFilters({
  filters,
  organizations,
  exportHref,
}: {
  filters: AuditLogSearch;
  organizations: Array<{ id: string; name: string }>;
  exportHref: string;
}) {
  const fields = auditLogSearch.fields(filters);
  return (
    <form method="get" className="grid gap-4 sm:grid-cols-3" aria-label="Filtrer le journal">
      <SelectField
        label="Action"
        name={fields.action.name}
        placeholder="Toutes"
        defaultValue={fields.action.value}
        options={Object.entries(AUDIT_ACTIONS).map(([value, label]) => ({ value, label }))}
      />
      <SelectField
        label="Collectivité"
        name={fields.organizationId.name}
        placeholder="Toutes"
        defaultValue={fields.organizationId.value}
        options={organizations.map((organization) => ({ value: organization.id, label: organization.name }))}
      />
      <Field label="Adresse e-mail de l’auteur" name={fields.actorEmail.name} defaultValue={fields.actorEmail.value} />
      <Field label="Du" name={fields.from.name} type="date" defaultValue={fields.from.value} />
      <Field label="Au" name={fields.to.name} type="date" defaultValue={fields.to.value} />
      <div className="flex flex-wrap items-end gap-2">
        <button type="submit" className={buttonClasses('primary')}>
          Filtrer
        </button>
        <a href={exportHref} className={buttonClasses('secondary')}>
          Exporter en CSV
        </a>
        <Link href="/console/journal" className={buttonClasses('ghost')}>
          Effacer
        </Link>
      </div>
    </form>
  );
}
