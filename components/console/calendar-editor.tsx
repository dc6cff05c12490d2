'use client';

import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { FormStatus } from '@/components/ui/form-status';
import { SelectField } from '@/components/ui/select-field';
import { useActionForm } from '@/components/ui/use-action-form';
import { validateCalendar, type BusinessCalendar, type IsoWeekday } from '@/lib/calendar';
import { zoneName } from '@/lib/format/french-date';
import type { FormAction } from '@/lib/forms/action-state';
import { previewCalendar } from '@/lib/support/calendar-preview';
import { FRENCH_TIME_ZONES } from '@/lib/time-zones';
import { WEEKDAYS, calendarFieldErrors } from '@/lib/validation/support';
import { CalendarPreviewTable } from './calendar-preview-table';

interface Slot {
  key: number;
  start: string;
  end: string;
}

interface Draft {
  timeZone: string;
  holidays: boolean;
  hours: Record<IsoWeekday, Slot[]>;
  closedDays: Array<{ key: number; date: string }>;
}

let nextKey = 0;
const key = () => nextKey++;

function draftOf(calendar: BusinessCalendar): Draft {
  return {
    timeZone: calendar.timeZone,
    holidays: calendar.holidays === 'FR',
    hours: Object.fromEntries(WEEKDAYS.map(({ day }) => [day, (calendar.hours[day] ?? []).map(([start, end]) => ({ key: key(), start, end }))])) as Record<
      IsoWeekday,
      Slot[]
    >,
    closedDays: (calendar.closedDays ?? []).map((date) => ({ key: key(), date })),
  };
}

function calendarOf(draft: Draft): BusinessCalendar {
  const hours = Object.fromEntries(
    WEEKDAYS.filter(({ day }) => draft.hours[day].length > 0).map(({ day }) => [day, draft.hours[day].map((slot) => [slot.start, slot.end] as const)]),
  );
  return {
    timeZone: draft.timeZone,
    hours,
    holidays: draft.holidays ? 'FR' : 'none',
    ...(draft.closedDays.length > 0 && { closedDays: draft.closedDays.map((closed) => closed.date) }),
  };
}

const inputClasses = 'w-24 rounded-md border border-slate-400 bg-white px-2 py-1 text-base text-slate-900 aria-[invalid=true]:border-red-700';

/**
 * The support calendar (DOMAIN "Time"): several opening ranges per weekday, extra closed days,
 * French holidays, the zone. The next 14 days are previewed with the engine as you type; the
 * server validates again and saves nothing invalid.
 */
export function CalendarEditor({ initial, now, action }: { initial: BusinessCalendar; now: string; action: FormAction }) {
  const [draft, setDraft] = useState(() => draftOf(initial));
  // The engine judges the hours as they are typed (the preview); an error the server gave goes when its field changes.
  const { state, pending, errors, formProps } = useActionForm(action);

  const calendar = calendarOf(draft);
  const problems = validateCalendar(calendar);
  const preview = problems.length === 0 ? previewCalendar(calendar, new Date(now), 14) : null;

  const setSlots = (day: IsoWeekday, update: (slots: Slot[]) => Slot[]) =>
    setDraft((current) => ({ ...current, hours: { ...current.hours, [day]: update(current.hours[day]) } }));

  return (
    <div className="grid grid-cols-1 gap-6 lg:grid-cols-[3fr_2fr]">
      <form {...formProps} className="flex flex-col gap-4" aria-label="Horaires du support">
        <FormStatus state={state} errors={errors} />
        <SelectField
          label="Fuseau horaire"
          name="timeZone"
          value={draft.timeZone}
          onChange={(event) => {
            const timeZone = event.currentTarget.value;
            setDraft((current) => ({ ...current, timeZone }));
          }}
          options={FRENCH_TIME_ZONES}
          required
          error={errors.timeZone}
        />
        <div className="flex items-center gap-2">
          <input
            id="holidays"
            type="checkbox"
            name="holidays"
            value="FR"
            checked={draft.holidays}
            onChange={(event) => {
              const holidays = event.currentTarget.checked;
              setDraft((current) => ({ ...current, holidays }));
            }}
            className="h-4 w-4 accent-brand-800"
          />
          <label htmlFor="holidays" className="text-sm font-semibold text-slate-800">
            Fermé les jours fériés de métropole
          </label>
        </div>

        <fieldset className="flex flex-col gap-3" aria-describedby={errors.hours ? 'hours-error' : 'hours-hint'}>
          <legend className="text-base font-semibold text-slate-900">Plages d’ouverture par jour</legend>
          <p id="hours-hint" className="text-sm text-slate-600">
            Heures au format HH:MM, l’heure de fin exclue ; 24:00 pour finir à minuit. Un jour sans plage est fermé.
          </p>
          {errors.hours && (
            <p id="hours-error" className="text-sm font-medium text-red-700">
              {errors.hours}
            </p>
          )}
          {WEEKDAYS.map(({ day, label }) => {
            const dayError = errors[`hours.${day}`];
            return (
              <fieldset key={day} className="rounded-md border border-slate-200 p-3" aria-describedby={dayError ? `hours-${day}-error` : undefined}>
                <legend className="px-1 text-sm font-semibold text-slate-800">{label}</legend>
                {dayError && (
                  <p id={`hours-${day}-error`} className="mb-2 text-sm font-medium text-red-700">
                    {dayError}
                  </p>
                )}
                {draft.hours[day].length === 0 && <p className="mb-2 text-sm text-slate-700">Fermé.</p>}
                <ul className="flex flex-col gap-2">
                  {draft.hours[day].map((slot, index) => {
                    const path = `hours.${day}.${index}`;
                    const error = errors[path] ?? errors[`${path}.start`] ?? errors[`${path}.end`];
                    const errorId = `hours-${day}-${index}-error`;
                    const name = `${label}, plage ${index + 1}`;
                    return (
                      <li key={slot.key} className="flex flex-col gap-1">
                        <div className="flex flex-wrap items-center gap-2 text-sm">
                          <label htmlFor={`${path}.start`}>
                            De<span className="sr-only"> ({name}, début)</span>
                          </label>
                          <input
                            id={`${path}.start`}
                            name={`${path}.start`}
                            value={slot.start}
                            inputMode="numeric"
                            placeholder="08:30"
                            aria-invalid={error ? true : undefined}
                            aria-describedby={error ? errorId : undefined}
                            onChange={(event) => {
                              const start = event.currentTarget.value;
                              setSlots(day, (slots) => slots.map((other) => (other.key === slot.key ? { ...other, start } : other)));
                            }}
                            className={inputClasses}
                          />
                          <label htmlFor={`${path}.end`}>
                            à<span className="sr-only"> ({name}, fin)</span>
                          </label>
                          <input
                            id={`${path}.end`}
                            name={`${path}.end`}
                            value={slot.end}
                            inputMode="numeric"
                            placeholder="12:30"
                            aria-invalid={error ? true : undefined}
                            aria-describedby={error ? errorId : undefined}
                            onChange={(event) => {
                              const end = event.currentTarget.value;
                              setSlots(day, (slots) => slots.map((other) => (other.key === slot.key ? { ...other, end } : other)));
                            }}
                            className={inputClasses}
                          />
                          <Button
                            variant="ghost"
                            className="px-2 py-1"
                            onClick={() => setSlots(day, (slots) => slots.filter((other) => other.key !== slot.key))}
                          >
                            Retirer
                            <span className="sr-only">
                              {' '}
                              la plage {index + 1} du {label.toLowerCase()}
                            </span>
                          </Button>
                        </div>
                        {error && (
                          <p id={errorId} className="text-sm font-medium text-red-700">
                            {error}
                          </p>
                        )}
                      </li>
                    );
                  })}
                </ul>
                <Button
                  variant="secondary"
                  className="mt-2 px-3 py-1"
                  onClick={() => setSlots(day, (slots) => [...slots, { key: key(), start: slots.at(-1)?.end ?? '08:30', end: '' }])}
                >
                  Ajouter une plage<span className="sr-only"> le {label.toLowerCase()}</span>
                </Button>
              </fieldset>
            );
          })}
        </fieldset>

        <fieldset className="flex flex-col gap-2" aria-describedby={errors.closedDays ? 'closed-error' : 'closed-hint'}>
          <legend className="text-base font-semibold text-slate-900">Fermetures exceptionnelles</legend>
          <p id="closed-hint" className="text-sm text-slate-600">
            Un pont, un jour férié local : le support est fermé toute la journée.
          </p>
          {errors.closedDays && (
            <p id="closed-error" className="text-sm font-medium text-red-700">
              {errors.closedDays}
            </p>
          )}
          <ul className="flex flex-col gap-2">
            {draft.closedDays.map((closed, index) => {
              const error = errors[`closedDays.${index}`];
              const id = `closedDays.${index}`;
              return (
                <li key={closed.key} className="flex flex-col gap-1">
                  <div className="flex flex-wrap items-center gap-2 text-sm">
                    <label htmlFor={id}>Fermeture {index + 1}</label>
                    <input
                      id={id}
                      type="date"
                      name="closedDays[]"
                      value={closed.date}
                      aria-invalid={error ? true : undefined}
                      aria-describedby={error ? `${id}-error` : undefined}
                      onChange={(event) => {
                        const date = event.currentTarget.value;
                        setDraft((current) => ({
                          ...current,
                          closedDays: current.closedDays.map((other) => (other.key === closed.key ? { ...other, date } : other)),
                        }));
                      }}
                      className="rounded-md border border-slate-400 bg-white px-2 py-1 text-base aria-[invalid=true]:border-red-700"
                    />
                    <Button
                      variant="ghost"
                      className="px-2 py-1"
                      onClick={() => setDraft((current) => ({ ...current, closedDays: current.closedDays.filter((other) => other.key !== closed.key) }))}
                    >
                      Retirer<span className="sr-only"> la fermeture {index + 1}</span>
                    </Button>
                  </div>
                  {error && (
                    <p id={`${id}-error`} className="text-sm font-medium text-red-700">
                      {error}
                    </p>
                  )}
                </li>
              );
            })}
          </ul>
          <div>
            <Button
              variant="secondary"
              className="px-3 py-1"
              onClick={() => setDraft((current) => ({ ...current, closedDays: [...current.closedDays, { key: key(), date: '' }] }))}
            >
              Ajouter une fermeture
            </Button>
          </div>
        </fieldset>

        <div>
          <Button type="submit" disabled={pending}>
            {pending ? 'Enregistrement…' : 'Enregistrer les horaires'}
          </Button>
        </div>
      </form>

      <section aria-labelledby="apercu" className="flex flex-col gap-2">
        <h3 id="apercu" className="text-base font-semibold">
          Aperçu des 14 prochains jours
        </h3>
        {preview ? (
          <CalendarPreviewTable days={preview} caption={`Horaires saisis, ${zoneName(draft.timeZone)}`} />
        ) : (
          <div className="rounded-md border border-amber-600 bg-amber-50 px-3 py-2 text-sm text-amber-900">
            <p className="font-semibold">Aperçu indisponible tant que les horaires comportent des erreurs :</p>
            <ul className="mt-1 list-disc pl-5">
              {Object.values(calendarFieldErrors(problems)).map((message) => (
                <li key={message}>{message}</li>
              ))}
            </ul>
          </div>
        )}
      </section>
    </div>
  );
}
