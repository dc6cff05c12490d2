import type { Metadata } from 'next';
import { confirmTotpAction } from '@/app/(auth)/compte/actions';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import QRCode from 'qrcode';
import { TotpEnrolmentForm } from '@/components/accounts/totp-enrolment-form';
import { Alert } from '@/components/ui/alert';
import { needsTotpEnrolment } from '@/lib/auth/access';
import { homePath, isStaff } from '@/lib/accounts/roles';
import { requireUser } from '@/lib/auth/session';
import { getDb } from '@/lib/server/db';
import { getTotpEnrolment } from '@/lib/server/accounts/two-factor';

export const metadata: Metadata = { title: 'Double authentification' };

/** Enrolment: reachable while managers require it of staff who have not set it up yet. */
export default async function TotpEnrolmentPage() {
  const user = await requireUser('totp-enrolment');
  const accountHref = isStaff(user.role) ? '/console/compte' : '/compte';
  const enrolment = await getTotpEnrolment(await getDb(), user.id);
  if (!enrolment) redirect(accountHref);
  const qrDataUrl = await QRCode.toDataURL(enrolment.uri, { margin: 1, width: 200 });
  const required = needsTotpEnrolment(user);
  return (
    <>
      <h1 className="mb-4 text-xl font-semibold">Double authentification</h1>
      {required ? (
        <div className="mb-4">
          <Alert tone="info">Les responsables du support exigent la double authentification : activez-la pour continuer.</Alert>
        </div>
      ) : (
        <p className="mb-4 text-sm">
          <Link href={accountHref} className="text-brand-800 underline">
            Retour à mon compte
          </Link>
        </p>
      )}
      <TotpEnrolmentForm
        action={confirmTotpAction}
        qrDataUrl={qrDataUrl}
        secret={enrolment.secret}
        continueHref={required ? homePath(user.role) : accountHref}
      />
    </>
  );
}
