import { meetsCommitment } from '@/lib/availability';

/** Whether a month's rate meets the 99.85 % commitment, in words and a sign (never by colour alone). */
export function CommitmentVerdict({ rate }: { rate: number | null }) {
  if (rate === null) return <span className="text-slate-700">Pas encore mesuré</span>;
  return meetsCommitment(rate) ? (
    <span className="font-semibold text-green-900">
      <span aria-hidden="true">✓ </span>Tenu
    </span>
  ) : (
    <span className="font-semibold text-red-900">
      <span aria-hidden="true">✗ </span>Non tenu
    </span>
  );
}
