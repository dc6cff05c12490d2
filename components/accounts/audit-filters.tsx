import Link from 'next/link';
import { buttonClasses } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { SelectField } from '@/components/ui/select-field';
import { AUDIT_ACTIONS } from '@/lib/accounts/audit-actions';
import type { AuditFilters as Filters } from '@/lib/validation/accounts';

/** A GET form: the filters live in the address, so a filtered journal can be bookmarked and exported. */
export function AuditFilters({
  filters,
  organizations,
  exportHref,
}: {
  filters: Filters;
  organizations: Array<{ id: string; name: string }>;
  exportHref: string;
}) {
  return (
    <form method="get" className="grid gap-4 sm:grid-cols-3" aria-label="Filtrer le journal">
      <SelectField
        label="Action"
        name="action"
        placeholder="Toutes"
        defaultValue={filters.action ?? ''}
        options={Object.entries(AUDIT_ACTIONS).map(([value, label]) => ({ value, label }))}
      />
      <SelectField
        label="Collectivité"
        name="organisation"
        placeholder="Toutes"
        defaultValue={filters.organisation ?? ''}
        options={organizations.map((organization) => ({ value: organization.id, label: organization.name }))}
      />
      <Field label="Adresse e-mail de l’auteur" name="acteur" defaultValue={filters.acteur ?? ''} />
      <Field label="Du" name="du" type="date" defaultValue={filters.du ?? ''} />
      <Field label="Au" name="au" type="date" defaultValue={filters.au ?? ''} />
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
