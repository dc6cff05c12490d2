import type { Metadata } from 'next';
import { phoneCallAction } from './actions';
import Link from 'next/link';
import { PhoneCallForm } from '@/components/console/phone-call-form';
import { Alert } from '@/components/ui/alert';
import { buttonClasses } from '@/components/ui/button';
import { SelectField } from '@/components/ui/select-field';
import { requireStaff } from '@/lib/auth/session';
import { instantToLocalDateTime } from '@/lib/calendar';
import { zoneName } from '@/lib/format/french-date';
import { phoneIntakeSearch } from '@/lib/search-params/phone-intake';
import { getDb } from '@/lib/server/db';
import { listOrganizations } from '@/lib/server/organizations/list-organizations';
import { getPhoneIntakeOptions } from '@/lib/server/support/get-phone-intake-options';

export const metadata: Metadata = { title: 'Enregistrer un appel' };

/** §16: the caller's organization first (GET, so the requesters and modules follow), then the call. */
export default async function PhoneIntakePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireStaff();
  const { values, ignored } = phoneIntakeSearch.read(await searchParams);
  const { organizationId } = values;
  const db = await getDb();
  const [organizations, options] = await Promise.all([listOrganizations(db), organizationId ? getPhoneIntakeOptions(db, organizationId) : null]);
  const now = new Date();
  // §16, DOMAIN "Support clocks": the call's time, on the technician's clocks, defaults to now.
  const receivedAt = {
    now: instantToLocalDateTime(now, user.timeZone),
    oldest: instantToLocalDateTime(new Date(now.getTime() - 7 * 24 * 3_600_000), user.timeZone),
    zoneName: zoneName(user.timeZone),
  };

  return (
    <div className="flex max-w-3xl flex-col gap-6">
      <div>
        <p className="text-sm">
          <Link href="/console/demandes" className="text-brand-800 underline">
            Demandes
          </Link>
        </p>
        <h1 className="text-2xl font-bold">Enregistrer un appel</h1>
        <p className="mt-1 text-slate-700">
          La demande est enregistrée pour le compte de la personne qui appelle ; elle en reçoit l’accusé de réception, et le délai de prise en charge part de
          l’heure de l’appel.
        </p>
      </div>

      <form method="get" aria-label="Collectivité qui appelle" className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4">
        <SelectField
          label="Collectivité"
          name={phoneIntakeSearch.names.organizationId}
          required
          defaultValue={options?.organization.id ?? ''}
          placeholder="Choisir la collectivité…"
          options={organizations.map((organization) => ({ value: organization.id, label: organization.name }))}
          className="min-w-72"
        />
        <button type="submit" className={buttonClasses(options ? 'secondary' : 'primary')}>
          {options ? 'Changer de collectivité' : 'Continuer'}
        </button>
      </form>

      {(ignored.length > 0 || (organizationId && !options)) && <Alert tone="error">Collectivité inconnue : choisissez-la dans la liste.</Alert>}

      {options && (
        <section aria-labelledby="appel" className="rounded-lg border border-slate-200 bg-white p-6">
          <h2 id="appel" className="mb-4 text-lg font-semibold">
            Appel de {options.organization.name}
          </h2>
          {options.requesters.length === 0 ? (
            <Alert tone="info">Cette collectivité n’a aucun compte actif : son administrateur doit d’abord en créer un.</Alert>
          ) : (
            <PhoneCallForm
              action={phoneCallAction}
              organization={{ id: options.organization.id, name: options.organization.name, modules: options.organization.modules }}
              requesters={options.requesters}
              receivedAt={receivedAt}
            />
          )}
        </section>
      )}
    </div>
  );
}
