import type { Metadata } from 'next';
import { SupportSuspendedBanner } from '@/components/accounts/support-suspended-banner';
import { RestoreRequestForm, type RestorePointChoice } from '@/components/requests/restore-request-form';
import { requireRole } from '@/lib/auth/session';
import { availableRestorePoints, BACKUP_KIND_LABELS, describeBackupPolicy } from '@/lib/backups';
import { formatDateTime } from '@/lib/format/french-date';
import { getDb } from '@/lib/server/db';
import { getContractModules } from '@/lib/server/organizations/get-contract-modules';
import { getSupportSuspension } from '@/lib/server/organizations/get-support-suspension';
import { getSupportSettings } from '@/lib/server/support/get-support-settings';
import { fileRestoreRequestAction } from './actions';

export const metadata: Metadata = { title: 'Demander une restauration' };

/** §7: the restore points available now, the policy in words, and the request form (administrators). */
export default async function RestoreRequestPage() {
  const user = await requireRole('client_admin');
  const organizationId = user.organizationId!;
  const db = await getDb();
  const [settings, modules, suspension] = await Promise.all([
    getSupportSettings(db),
    getContractModules(db, organizationId),
    getSupportSuspension(db, organizationId),
  ]);
  const options = { timeZone: user.timeZone, dailyAt: settings.dailyBackupAt };
  const points: RestorePointChoice[] = availableRestorePoints(new Date(), options).map((point) => ({
    takenAt: point.takenAt.toISOString(),
    label: `${BACKUP_KIND_LABELS[point.kind]} du ${formatDateTime(point.takenAt, user.timeZone)}`,
    keptUntil: `Conservée jusqu’au ${formatDateTime(point.expiresAt, user.timeZone)}`,
  }));
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-6">
      <div>
        <h1 className="text-2xl font-bold">Demander une restauration</h1>
        <p className="text-slate-700">Le support restaure les données de la collectivité à partir d’une sauvegarde encore conservée (livret de service, §7).</p>
      </div>
      <section aria-labelledby="politique" className="rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="politique" className="mb-2 text-lg font-semibold">
          Les sauvegardes
        </h2>
        <ul className="list-disc space-y-1 pl-5 text-slate-800">
          {describeBackupPolicy(user.timeZone, settings.dailyBackupAt).map((sentence) => (
            <li key={sentence}>{sentence}</li>
          ))}
        </ul>
      </section>
      {suspension ? (
        <SupportSuspendedBanner reason={suspension.reason} />
      ) : (
        <RestoreRequestForm action={fileRestoreRequestAction} points={points} modules={modules} />
      )}
    </div>
  );
}
