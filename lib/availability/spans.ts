import { businessTimeBetween, type BusinessCalendar } from '@/lib/calendar';

import type { Incident } from './incident';

/** Instants [start, end), epoch ms. */
export interface Span {
  start: number;
  end: number;
}

export function instantOf(date: Date, name: string): number {
  const instant = date instanceof Date ? date.getTime() : NaN;
  if (Number.isNaN(instant)) throw new RangeError(`${name} must be a valid Date, got ${String(date)}`);
  return instant;
}

/** An incident as instants; an ongoing one (end null) runs on without end. */
export function incidentSpan(incident: Pick<Incident, 'start' | 'end'>): Span {
  const start = instantOf(incident.start, 'An incident’s start');
  const end = incident.end === null ? Infinity : instantOf(incident.end, 'An incident’s end');
  if (end < start) {
    throw new RangeError(`An incident ends (${incident.end?.toISOString()}) before it starts (${incident.start.toISOString()})`);
  }
  return { start, end };
}

/** `span` ∩ `within`, or null when they do not overlap. */
export function intersect(span: Span, within: Span): Span | null {
  const start = Math.max(span.start, within.start);
  const end = Math.min(span.end, within.end);
  return start < end ? { start, end } : null;
}

/** The union of `spans` as sorted, disjoint spans. */
export function union(spans: readonly Span[]): Span[] {
  const merged: Span[] = [];
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    const last = merged.at(-1);
    if (last !== undefined && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}

/** The open time of `calendar` inside `span`, measured by the engine (exact across clock changes). */
export function openTimeIn(calendar: BusinessCalendar, span: Span): number {
  return businessTimeBetween(calendar, new Date(span.start), new Date(span.end));
}
