import { IANAZone } from 'luxon';

import { DAY_MS, MINUTE_MS } from './civil-date';

// DOMAIN "Time": rules are evaluated in a named IANA zone, never the server's.
// Luxon answers "what offset is in force at this instant?" exactly, but each answer
// costs a few µs (Intl formatting), and its local → instant conversion guesses on a
// repeated local time. So each zone's offset history is read once, per 32-day block,
// and the local → instant mapping below is decided by us, not guessed.

/** Which instant a local time denotes when the clock shows it twice (fall back). */
export type Occurrence = 'earlier' | 'later';

interface Transition {
  at: number;
  before: number;
  after: number;
}

interface OffsetBlock {
  startOffset: number;
  transitions: Transition[];
}

const BLOCK_MS = 32 * DAY_MS;
const NO_TRANSITION: readonly Transition[] = [];

export function isKnownTimeZone(name: string): boolean {
  return IANAZone.isValidZone(name);
}

export class ZoneOffsets {
  private readonly zone: IANAZone;
  private readonly blocks = new Map<number, OffsetBlock>();

  constructor(readonly name: string) {
    this.zone = IANAZone.create(name);
  }

  /** Offset (local − UTC) in ms in force at `instant`. */
  offsetAt(instant: number): number {
    const block = this.block(Math.floor(instant / BLOCK_MS));
    let offset = block.startOffset;
    for (const transition of block.transitions) {
      if (transition.at > instant) break;
      offset = transition.after;
    }
    return offset;
  }

  /** Day number of the local date at `instant`. */
  localDayOf(instant: number): number {
    return Math.floor((instant + this.offsetAt(instant)) / DAY_MS);
  }

  /**
   * The instant a local wall-clock time denotes (`local` = wall time written as if UTC):
   * - a time the clock skips (spring forward, 02:30 in Paris on the last Sunday of March)
   *   denotes the instant the clock jumps, the first instant after the gap;
   * - a time the clock shows twice (fall back, 02:30 on the last Sunday of October)
   *   denotes its `occurrence`: callers take the earlier one for an opening and the
   *   later one for a closing, so an open day covers every instant its clock shows
   *   (a 24/7 day lasts 25 h in October and 23 h in March).
   */
  localToInstant(local: number, occurrence: Occurrence): number {
    // Offsets stay within ±1 day, so every candidate instant lies in this window.
    const windowStart = local - DAY_MS;
    const offsetBefore = this.offsetAt(windowStart);
    const transitions = this.transitionsBetween(windowStart, local + DAY_MS);
    if (transitions.length === 0) return local - offsetBefore;

    let chosen: number | undefined;
    for (const offset of [offsetBefore, ...transitions.map((transition) => transition.after)]) {
      const candidate = local - offset;
      if (this.offsetAt(candidate) !== offset) continue;
      if (chosen === undefined || (occurrence === 'earlier' ? candidate < chosen : candidate > chosen)) {
        chosen = candidate;
      }
    }
    if (chosen !== undefined) return chosen;

    const gap = transitions.find((t) => t.at + t.before <= local && local < t.at + t.after);
    if (gap === undefined) {
      throw new Error(`Local time ${new Date(local).toISOString()} has no instant in ${this.name}`);
    }
    return gap.at;
  }

  private transitionsBetween(from: number, to: number): readonly Transition[] {
    let found: Transition[] | undefined;
    for (let index = Math.floor(from / BLOCK_MS); index <= Math.floor(to / BLOCK_MS); index++) {
      for (const transition of this.block(index).transitions) {
        if (transition.at > from && transition.at <= to) (found ??= []).push(transition);
      }
    }
    return found ?? NO_TRANSITION;
  }

  private block(index: number): OffsetBlock {
    let block = this.blocks.get(index);
    if (block === undefined) {
      block = this.readBlock(index);
      this.blocks.set(index, block);
    }
    return block;
  }

  // Probes the offset once a day and bisects every change down to the second (tz
  // changes fall on whole seconds, and luxon reads offsets per second). Two changes
  // that cancel out within one day would be missed; the tz database has none in the
  // years this engine serves.
  private readBlock(index: number): OffsetBlock {
    const start = index * BLOCK_MS;
    const end = start + BLOCK_MS;
    const startOffset = this.offsetFromLuxon(start);
    const transitions: Transition[] = [];
    let previous = start;
    let previousOffset = startOffset;
    for (let probe = start + DAY_MS; probe <= end; probe += DAY_MS) {
      const at = Math.min(probe, end - 1);
      const offset = this.offsetFromLuxon(at);
      while (offset !== previousOffset) {
        let lowSecond = Math.floor(previous / 1000);
        let highSecond = Math.floor(at / 1000);
        while (highSecond - lowSecond > 1) {
          const middle = lowSecond + Math.floor((highSecond - lowSecond) / 2);
          if (this.offsetFromLuxon(middle * 1000) === previousOffset) lowSecond = middle;
          else highSecond = middle;
        }
        const transitionAt = highSecond * 1000;
        const after = this.offsetFromLuxon(transitionAt);
        transitions.push({ at: transitionAt, before: previousOffset, after });
        previous = transitionAt;
        previousOffset = after;
      }
      previous = at;
    }
    return { startOffset, transitions };
  }

  private offsetFromLuxon(instant: number): number {
    const minutes = this.zone.offset(instant);
    if (!Number.isFinite(minutes)) {
      throw new RangeError(`No offset for ${new Date(instant).toISOString()} in time zone ${this.name}`);
    }
    return Math.round(minutes * MINUTE_MS);
  }
}

const zones = new Map<string, ZoneOffsets>();

export function zoneOffsets(name: string): ZoneOffsets {
  let zone = zones.get(name);
  if (zone === undefined) {
    zone = new ZoneOffsets(name);
    zones.set(name, zone);
  }
  return zone;
}
