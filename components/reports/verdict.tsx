import { pickupVerdict } from '@/lib/reports/report-words';
import type { PickupCompliance } from '@/lib/reports/compliance';

/** §13's verdict in words (the colour only repeats them). */
export function Verdict({ compliance, current }: { compliance: PickupCompliance; current: boolean }) {
  const tone = compliance.compliant === null ? 'text-slate-700' : compliance.compliant ? 'font-semibold text-green-800' : 'font-semibold text-red-800';
  return <span className={tone}>{pickupVerdict(compliance, current)}</span>;
}
