import type { ReactNode } from 'react';

interface ReportSectionProps {
  id: string;
  title: string;
  /** What the figures count, in a sentence or two. */
  description?: ReactNode;
  /** The table's CSV, with the page's filters. */
  csvHref?: string;
  children: ReactNode;
}

/** A card of the reports: its heading, what it counts, its CSV, its figures. */
export function ReportSection({ id, title, description, csvHref, children }: ReportSectionProps) {
  return (
    <section aria-labelledby={id} className="flex min-w-0 flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:p-6">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id={id} className="text-lg font-semibold">
          {title}
        </h2>
        {csvHref && (
          <a href={csvHref} download className="text-sm font-medium text-brand-800 underline">
            Télécharger en CSV<span className="sr-only"> : {title}</span>
          </a>
        )}
      </div>
      {description && <div className="text-sm text-slate-700">{description}</div>}
      {children}
    </section>
  );
}
