import type { Metadata } from 'next';
import { changePasswordAction, disableTotpAction, updateProfileAction } from '@/app/(auth)/compte/actions';
import { AccountSettings } from '@/components/accounts/account-settings';
import { requireStaff } from '@/lib/auth/session';
import { countUnusedRecoveryCodes } from '@/lib/server/accounts/two-factor';
import { getDb } from '@/lib/server/db';

export const metadata: Metadata = { title: 'Mon compte' };

export default async function ConsoleAccountPage() {
  const user = await requireStaff();
  return (
    <AccountSettings
      user={user}
      actions={{ updateProfile: updateProfileAction, changePassword: changePasswordAction, disableTotp: disableTotpAction }}
      recoveryCodesLeft={await countUnusedRecoveryCodes(await getDb(), user.id)}
    />
  );
}
