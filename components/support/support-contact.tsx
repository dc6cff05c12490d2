import type { BusinessCalendar } from '@/lib/calendar';
import { describeSupportHours } from '@/lib/support/support-hours';

interface SupportContactProps {
  calendar: BusinessCalendar;
  phone: string | null;
  /** The reader's zone: the hours are also given on their clocks when they differ from the support's. */
  timeZone: string;
  now: Date;
  /** The heading's id, for the section that holds it; none when the page already says what this is. */
  headingId?: string;
}

/** §13, §16: the support's opening hours, computed from its calendar, and the number to call. */
export function SupportContact({ calendar, phone, timeZone, now, headingId }: SupportContactProps) {
  const hours = describeSupportHours(calendar, timeZone, now);
  return (
    <div className="flex flex-col gap-2 text-sm" data-support-contact>
      {headingId && (
        <h2 id={headingId} className="text-lg font-semibold">
          Joindre le support
        </h2>
      )}
      {phone && (
        <p>
          Par téléphone :{' '}
          <a href={`tel:${phone.replace(/[^+\d]/g, '')}`} className="font-semibold text-brand-800 underline">
            {phone}
          </a>{' '}
          (appel à votre charge), aux heures d’ouverture.
        </p>
      )}
      <p>
        <span className="font-semibold">Horaires d’ouverture : </span>
        {hours.hours}.
      </p>
      {hours.inReaderZone && <p>Pour vous, {hours.inReaderZone}.</p>}
      {hours.closures && <p>{hours.closures.charAt(0).toUpperCase() + hours.closures.slice(1)}.</p>}
      <p className="text-slate-700">
        Les délais de prise en charge et de plan d’action se comptent en heures ouvrées, sur ces horaires ; celui de correction, en jours ouvrés.
      </p>
    </div>
  );
}
