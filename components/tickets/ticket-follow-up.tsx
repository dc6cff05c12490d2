import Link from 'next/link';
import type { Severity } from '@/lib/sla';
import { QUALIFICATION_OUTCOME_LABELS, SEVERITY_LABELS, severityHelpPath, type QualificationOutcome } from '@/lib/tickets';

interface TicketFollowUpProps {
  /** The support member in charge, once there is one. */
  assigneeName: string | null;
  qualification: QualificationOutcome | null;
  severity: Severity | null;
}

/**
 * What the client knows of the Demande's handling: who follows it, and once it is qualified, its
 * criticité (with what that means) or that it is not an anomaly (§14).
 */
export function TicketFollowUp({ assigneeName, qualification, severity }: TicketFollowUpProps) {
  if (!assigneeName && !qualification) return null;
  return (
    <p className="mt-2 flex flex-wrap items-center gap-x-4 gap-y-1 text-sm text-slate-700">
      {assigneeName && (
        <span>
          Suivie par <span className="font-semibold text-slate-900">{assigneeName}</span>
        </span>
      )}
      {qualification === 'anomaly' && severity ? (
        <span>
          Criticité : <span className="font-semibold text-slate-900">{SEVERITY_LABELS[severity]}</span>{' '}
          <Link href={severityHelpPath('portal')} className="text-brand-800 underline">
            (ce que cela signifie)
          </Link>
        </span>
      ) : (
        qualification && <span>Qualification : {QUALIFICATION_OUTCOME_LABELS[qualification].toLowerCase()}</span>
      )}
    </p>
  );
}
