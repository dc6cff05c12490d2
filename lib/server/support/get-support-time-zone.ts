import 'server-only';
import type { Executor } from '@/db/client';
import { getSupportSettings } from './get-support-settings';

/** The zone staff read instants in: the support calendar's, a setting of the managers (DOMAIN "Time"). */
export async function getSupportTimeZone(db: Executor): Promise<string> {
  return (await getSupportSettings(db)).calendar.timeZone;
}
