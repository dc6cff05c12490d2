import type { Metadata } from 'next';
import { SupportSuspendedBanner } from '@/components/accounts/support-suspended-banner';
import { SoftwareAccountRequestForm } from '@/components/requests/software-account-request-form';
import { requireRole } from '@/lib/auth/session';
import { getDb } from '@/lib/server/db';
import { getContractModules } from '@/lib/server/organizations/get-contract-modules';
import { getSupportSuspension } from '@/lib/server/organizations/get-support-suspension';
import { fileSoftwareAccountRequestAction } from './actions';

export const metadata: Metadata = { title: 'Demander un compte logiciel' };

/** §11: accounts of the software itself are created and deleted by the support, on the administrator's instructions. */
export default async function SoftwareAccountRequestPage() {
  const user = await requireRole('client_admin');
  const organizationId = user.organizationId!;
  const db = await getDb();
  const [modules, suspension] = await Promise.all([getContractModules(db, organizationId), getSupportSuspension(db, organizationId)]);
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-6">
      <div>
        <h1 className="text-2xl font-bold">Demander un compte logiciel</h1>
        <p className="text-slate-700">
          Les comptes du logiciel (hors comptes de ce portail) sont créés et supprimés par le support, sur vos instructions (livret de service, §11). Vous serez
          informé de chaque étape ; l’identifiant du compte créé vous sera communiqué dans la demande.
        </p>
      </div>
      {suspension ? (
        <SupportSuspendedBanner reason={suspension.reason} />
      ) : (
        <SoftwareAccountRequestForm action={fileSoftwareAccountRequestAction} modules={modules} />
      )}
    </div>
  );
}
