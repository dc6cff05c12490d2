import Link from 'next/link';
import { SEVERITY_GUIDE, severityHelpPath } from '@/lib/tickets';

/** The three levels of criticité, each with its definition (§1) and what it commits the support to (§14). */
export function SeverityGuideList() {
  return (
    <dl className="flex flex-col gap-3">
      {SEVERITY_GUIDE.map((entry) => (
        <div key={entry.severity} className="rounded-md border border-slate-200 bg-white p-3">
          <dt className="font-semibold">
            {entry.label} <span className="font-normal text-slate-700">· {entry.deadline}</span>
          </dt>
          <dd className="mt-1 text-sm">{entry.definition}</dd>
          <dd className="mt-1 text-sm font-medium">{entry.commitment}</dd>
        </div>
      ))}
    </dl>
  );
}

/** Next to a criticité field or value: the levels explained in place, and the page that says more. */
export function SeverityHelp({ area }: { area: 'portal' | 'console' }) {
  return (
    <details className="rounded-md border border-slate-200 bg-slate-50 px-3 py-2 text-sm">
      <summary className="cursor-pointer font-medium text-brand-800">Que signifie la criticité ?</summary>
      <div className="mt-2 flex flex-col gap-2">
        <SeverityGuideList />
        <Link href={severityHelpPath(area)} className="font-medium text-brand-800 underline">
          La criticité et les délais du support, en détail
        </Link>
      </div>
    </details>
  );
}
