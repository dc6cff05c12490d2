import { DateTime } from 'luxon';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SUPPORT_CALENDAR } from '@/lib/calendar';
import { cancelClock, pauseClock, startClock, stopClock, supersedeClock, type Clock } from './clock';
import type { ClockKind } from './clock-kinds';
import { CLOCK_DISPLAY_STATES, currentClock, presentClock, type ClockAudience, type ClockDisplayState } from './present-clock';

const HOUR = 3_600_000;
const support = DEFAULT_SUPPORT_CALENDAR;
const paris = (local: string) => DateTime.fromISO(local, { zone: 'Europe/Paris' }).toJSDate();
const plus = (date: Date, ms: number) => new Date(date.getTime() + ms);

// Every clock starts Monday 9 March 2026 08:30, Paris. Pickup: due 17:30 the same day, à risque
// from 15:30. Action plan (12 h): due Tuesday 12:30, à risque from Tuesday 09:30. Remedy (6 jours
// ouvrés): due Tuesday 17 March 08:30, à risque from Friday 13 March 20:30.
const START = paris('2026-03-09T08:30');
const AN_HOUR_IN = paris('2026-03-09T09:30');
const TWO_BUSINESS_HOURS_LATE: Record<ClockKind, Date> = {
  pickup: paris('2026-03-10T10:30'),
  actionPlan: paris('2026-03-10T15:30'),
  remedy: paris('2026-03-17T10:30'),
};

interface Case {
  clock: Clock;
  now: Date;
}

function caseOf(kind: ClockKind, state: ClockDisplayState): Case | null {
  const clock = startClock(kind, support, START);
  switch (state) {
    case 'on_time':
      return { clock, now: AN_HOUR_IN };
    case 'at_risk':
      return { clock, now: clock.atRiskAt };
    case 'overdue':
      return { clock, now: TWO_BUSINESS_HOURS_LATE[kind] };
    case 'waiting_client':
      // DOMAIN "Support clocks": the pickup clock never waits for the client.
      return kind === 'pickup' ? null : { clock: pauseClock(clock, AN_HOUR_IN, 'waiting_client'), now: paris('2026-03-11T10:00') };
    case 'support_suspended':
      return { clock: pauseClock(clock, AN_HOUR_IN, 'support_suspended'), now: paris('2026-03-11T10:00') };
    case 'met':
      return { clock: stopClock(clock, AN_HOUR_IN), now: paris('2026-04-01T10:00') };
    case 'breached':
      return { clock: stopClock(clock, TWO_BUSINESS_HOURS_LATE[kind]), now: paris('2026-04-01T10:00') };
    case 'superseded':
      return { clock: supersedeClock(clock, AN_HOUR_IN), now: paris('2026-04-01T10:00') };
    case 'cancelled':
      return { clock: cancelClock(clock, AN_HOUR_IN), now: paris('2026-04-01T10:00') };
  }
}

type Expected = { title: string; sentence: string; remaining: string | null };

const DUE: Record<ClockKind, string> = {
  pickup: 'lundi 9 mars 2026 à 17:30',
  actionPlan: 'mardi 10 mars 2026 à 12:30',
  remedy: 'mardi 17 mars 2026 à 08:30',
};

// The words of every state of every clock, as the client and the staff read them (Paris).
const EXPECTED: Record<ClockKind, Partial<Record<ClockDisplayState, Expected | Record<ClockAudience, Expected>>>> = {
  pickup: {
    on_time: {
      title: 'Prise en charge : dans le délai',
      sentence: `Prise en charge au plus tard ${DUE.pickup} (dans le délai)`,
      remaining: 'reste 7 h ouvrées',
    },
    at_risk: { title: 'Prise en charge : à risque', sentence: `Prise en charge au plus tard ${DUE.pickup} (à risque)`, remaining: 'reste 2 h ouvrées' },
    overdue: {
      title: 'Prise en charge : hors délai',
      sentence: `Prise en charge au plus tard ${DUE.pickup} (hors délai)`,
      remaining: 'en retard de 2 h ouvrées',
    },
    support_suspended: { title: 'Prise en charge : en pause', sentence: 'En pause : support suspendu', remaining: 'reste 7 h ouvrées à la reprise' },
    met: { title: 'Prise en charge : tenu', sentence: 'Tenu : pris en charge le lundi 9 mars 2026 à 09:30', remaining: null },
    breached: { title: 'Prise en charge : dépassé', sentence: `Dépassé de 2 h ouvrées : prise en charge au plus tard ${DUE.pickup}`, remaining: null },
    superseded: {
      title: 'Prise en charge : remplacé',
      sentence: 'Remplacé : demande requalifiée le lundi 9 mars 2026 à 09:30, avant l’échéance',
      remaining: null,
    },
    cancelled: { title: 'Prise en charge : sans objet', sentence: 'Sans objet : demande annulée le lundi 9 mars 2026 à 09:30', remaining: null },
  },
  actionPlan: {
    on_time: {
      title: 'Plan d’action corrective : dans le délai',
      sentence: `Plan d’action corrective au plus tard ${DUE.actionPlan} (dans le délai)`,
      remaining: 'reste 11 h ouvrées',
    },
    at_risk: {
      title: 'Plan d’action corrective : à risque',
      sentence: `Plan d’action corrective au plus tard ${DUE.actionPlan} (à risque)`,
      remaining: 'reste 3 h ouvrées',
    },
    overdue: {
      title: 'Plan d’action corrective : hors délai',
      sentence: `Plan d’action corrective au plus tard ${DUE.actionPlan} (hors délai)`,
      remaining: 'en retard de 2 h ouvrées',
    },
    waiting_client: {
      client: {
        title: 'Plan d’action corrective : en pause',
        sentence: 'En pause : en attente de votre réponse',
        remaining: 'reste 11 h ouvrées à la reprise',
      },
      staff: { title: 'Plan d’action corrective : en pause', sentence: 'En pause : en attente du client', remaining: 'reste 11 h ouvrées à la reprise' },
    },
    support_suspended: { title: 'Plan d’action corrective : en pause', sentence: 'En pause : support suspendu', remaining: 'reste 11 h ouvrées à la reprise' },
    met: { title: 'Plan d’action corrective : tenu', sentence: 'Tenu : plan d’action envoyé le lundi 9 mars 2026 à 09:30', remaining: null },
    breached: {
      title: 'Plan d’action corrective : dépassé',
      sentence: `Dépassé de 2 h ouvrées : plan d’action corrective au plus tard ${DUE.actionPlan}`,
      remaining: null,
    },
    superseded: {
      title: 'Plan d’action corrective : remplacé',
      sentence: 'Remplacé : demande requalifiée le lundi 9 mars 2026 à 09:30, avant l’échéance',
      remaining: null,
    },
    cancelled: { title: 'Plan d’action corrective : sans objet', sentence: 'Sans objet : demande annulée le lundi 9 mars 2026 à 09:30', remaining: null },
  },
  remedy: {
    on_time: {
      title: 'Correction ou contournement : dans le délai',
      sentence: `Correction ou contournement au plus tard ${DUE.remedy} (dans le délai)`,
      remaining: 'reste 5 jours ouvrés et 23 h',
    },
    at_risk: {
      title: 'Correction ou contournement : à risque',
      sentence: `Correction ou contournement au plus tard ${DUE.remedy} (à risque)`,
      remaining: 'reste 1 jour ouvré et 12 h',
    },
    overdue: {
      title: 'Correction ou contournement : hors délai',
      sentence: `Correction ou contournement au plus tard ${DUE.remedy} (hors délai)`,
      remaining: 'en retard de 2 h',
    },
    waiting_client: {
      client: {
        title: 'Correction ou contournement : en pause',
        sentence: 'En pause : en attente de votre réponse',
        remaining: 'reste 5 jours ouvrés et 23 h à la reprise',
      },
      staff: {
        title: 'Correction ou contournement : en pause',
        sentence: 'En pause : en attente du client',
        remaining: 'reste 5 jours ouvrés et 23 h à la reprise',
      },
    },
    support_suspended: {
      title: 'Correction ou contournement : en pause',
      sentence: 'En pause : support suspendu',
      remaining: 'reste 5 jours ouvrés et 23 h à la reprise',
    },
    met: { title: 'Correction ou contournement : tenu', sentence: 'Tenu : correction ou contournement livré le lundi 9 mars 2026 à 09:30', remaining: null },
    breached: {
      title: 'Correction ou contournement : dépassé',
      sentence: `Dépassé de 2 h : correction ou contournement au plus tard ${DUE.remedy}`,
      remaining: null,
    },
    superseded: {
      title: 'Correction ou contournement : remplacé',
      sentence: 'Remplacé : demande requalifiée le lundi 9 mars 2026 à 09:30, avant l’échéance',
      remaining: null,
    },
    cancelled: { title: 'Correction ou contournement : sans objet', sentence: 'Sans objet : demande annulée le lundi 9 mars 2026 à 09:30', remaining: null },
  },
};

const KINDS: ClockKind[] = ['pickup', 'actionPlan', 'remedy'];
const AUDIENCES: ClockAudience[] = ['client', 'staff'];
const TABLE = KINDS.flatMap((kind) =>
  CLOCK_DISPLAY_STATES.flatMap((state) => {
    const scenario = caseOf(kind, state);
    if (!scenario) return [];
    return AUDIENCES.map((audience) => ({ kind, state, audience, ...scenario }));
  }),
);

describe('presentClock: the words of every state of every clock, for each audience', () => {
  it.each(TABLE)('$kind, $state, read by the $audience', ({ kind, state, audience, clock, now }) => {
    const entry = EXPECTED[kind][state];
    expect(entry).toBeDefined();
    const expected = entry && 'client' in entry ? entry[audience] : entry;
    expect(presentClock(clock, now, 'Europe/Paris', audience)).toMatchObject({ kind, state, ...expected });
  });

  it('covers every state of every clock, but a pickup waiting for the client', () => {
    expect(TABLE).toHaveLength((KINDS.length * CLOCK_DISPLAY_STATES.length - 1) * AUDIENCES.length);
  });

  it('says both causes when a clock waits for the client while the support is suspended', () => {
    const both = pauseClock(pauseClock(startClock('remedy', support, START), AN_HOUR_IN, 'waiting_client'), AN_HOUR_IN, 'support_suspended');
    expect(presentClock(both, paris('2026-03-10T10:00'), 'Europe/Paris', 'client')).toMatchObject({
      state: 'support_suspended',
      sentence: 'En pause : support suspendu, et en attente de votre réponse',
    });
  });

  it('writes the deadline in the reader’s zone', () => {
    const pickup = startClock('pickup', support, START);
    expect(presentClock(pickup, AN_HOUR_IN, 'Indian/Reunion', 'client').sentence).toBe(
      'Prise en charge au plus tard lundi 9 mars 2026 à 20:30 (dans le délai)',
    );
  });

  it('gives the commitment alone, for an acknowledgment', () => {
    const pickup = startClock('pickup', support, paris('2026-02-27T15:30'));
    expect(presentClock(pickup, pickup.startedAt, 'Europe/Paris', 'client').commitment).toBe('prise en charge au plus tard lundi 2 mars 2026 à 15:30');
  });
});

describe('the exact millisecond (DOMAIN "Support clocks": late strictly after dueAt)', () => {
  it.each(KINDS)('%s: dueAt itself is on time, dueAt + 1 ms is hors délai', (kind) => {
    const clock = startClock(kind, support, START);
    expect(presentClock(clock, clock.dueAt, 'Europe/Paris', 'staff')).toMatchObject({ state: 'at_risk', remaining: expect.stringMatching(/^reste /) });
    expect(presentClock(clock, plus(clock.dueAt, 1), 'Europe/Paris', 'staff')).toMatchObject({
      state: 'overdue',
      remaining: expect.stringMatching(/^en retard de /),
    });
    expect(presentClock(stopClock(clock, clock.dueAt), plus(clock.dueAt, HOUR), 'Europe/Paris', 'client').state).toBe('met');
    expect(presentClock(stopClock(clock, plus(clock.dueAt, 1)), plus(clock.dueAt, HOUR), 'Europe/Paris', 'client').state).toBe('breached');
    // The millisecond before atRiskAt is still plainly on time.
    expect(presentClock(clock, plus(clock.atRiskAt, -1), 'Europe/Paris', 'staff').state).toBe('on_time');
  });
});

describe('a deadline at 00:00 reads as the end of the day before', () => {
  it('a remedy qualified on Saturday is due at the end of the sixth business day, 24:00', () => {
    // Counting starts Monday 9 March 00:00; six whole business days end Monday 16 March at 24:00.
    const remedy = startClock('remedy', support, paris('2026-03-07T10:00'));
    expect(remedy.dueAt).toEqual(paris('2026-03-17T00:00'));
    const shown = presentClock(remedy, paris('2026-03-07T11:00'), 'Europe/Paris', 'client');
    expect(shown.sentence).toBe('Correction ou contournement au plus tard lundi 16 mars 2026 à 24:00 (dans le délai)');
    expect(shown.remaining).toBe('reste 6 jours ouvrés');
  });
});

describe('currentClock: the clock a list shows', () => {
  it('is the running clock due first, paused or not, else the one that ended last, else none', () => {
    const pickup = stopClock(startClock('pickup', support, START), AN_HOUR_IN);
    const remedy = startClock('remedy', support, paris('2026-03-09T10:00'));
    expect(currentClock([pickup, remedy])).toBe(remedy);
    const paused = pauseClock(remedy, paris('2026-03-09T11:00'), 'waiting_client');
    expect(currentClock([pickup, paused])).toBe(paused);
    const delivered = stopClock(remedy, paris('2026-03-10T10:00'));
    expect(currentClock([pickup, delivered])).toBe(delivered);
    expect(currentClock([])).toBeNull();
  });
});

describe('presentClock: properties', () => {
  const instants = fc.date({ min: new Date('2026-01-01T00:00:00Z'), max: new Date('2027-12-31T00:00:00Z'), noInvalidDate: true });

  it('a running clock is hors délai exactly when `now` is after dueAt, and its gauge is full then', () => {
    fc.assert(
      fc.property(fc.constantFrom(...KINDS), instants, fc.integer({ min: 0, max: 30 * 24 * HOUR }), (kind, start, elapsed) => {
        const clock = startClock(kind, support, start);
        const now = plus(start, elapsed);
        const shown = presentClock(clock, now, 'Europe/Paris', 'staff');
        expect(shown.state === 'overdue').toBe(now.getTime() > clock.dueAt.getTime());
        expect(shown.used).toBeGreaterThanOrEqual(0);
        expect(shown.used).toBeLessThanOrEqual(1);
        if (shown.state === 'overdue') expect(shown.used).toBe(1);
      }),
    );
  });

  it('never writes seconds, nor a bare number of hours for more than a business day of remedy', () => {
    fc.assert(
      fc.property(fc.constantFrom(...KINDS), instants, fc.integer({ min: 0, max: 30 * 24 * HOUR }), (kind, start, elapsed) => {
        const shown = presentClock(startClock(kind, support, start), plus(start, elapsed), 'Europe/Paris', 'client');
        expect(shown.remaining).not.toMatch(/\d s\b/);
        if (kind === 'remedy') expect(shown.remaining).not.toMatch(/\b(2[4-9]|[3-9]\d|\d{3,}) h\b/);
      }),
    );
  });
});
