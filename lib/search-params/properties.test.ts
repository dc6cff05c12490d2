import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { announcementSearch, consoleAnnouncementSearch } from './announcements';
import { auditLogSearch } from './audit-log';
import { incidentPageSearch, organizationRatesSearch, portalAvailabilitySearch } from './availability';
import { faqDraftSearch, faqListSearch, faqSavedSearch, faqSearch } from './faq';
import { encodeKeysetCursor } from './keyset-cursor';
import { phoneIntakeSearch } from './phone-intake';
import { portalTicketSearch } from './portal-tickets';
import { queueSearch } from './queue';
import type { RawSearchParams } from './search-params';
import { passwordResetSearch, signInSearch } from './sign-in';

interface AnyList {
  names: Readonly<Record<string, string>>;
  parse(input: RawSearchParams): Record<string, unknown>;
  serialize(values: Record<string, unknown>): string;
  normalize(values: Record<string, unknown>): Record<string, unknown>;
}

const LISTS = {
  queueSearch,
  portalTicketSearch,
  auditLogSearch,
  faqSearch,
  faqListSearch,
  faqDraftSearch,
  faqSavedSearch,
  announcementSearch,
  consoleAnnouncementSearch,
  signInSearch,
  passwordResetSearch,
  phoneIntakeSearch,
  portalAvailabilitySearch,
  organizationRatesSearch,
  incidentPageSearch,
} as unknown as Record<string, AnyList>;

const instant = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2110-01-01T00:00:00Z'), noInvalidDate: true })
  .chain((date) => fc.integer({ min: 0, max: 999 }).map((micro) => date.toISOString().replace(/\.(\d{3})Z$/, `.$1${String(micro).padStart(3, '0')}Z`)));

/** Values a URL may hold: anything, and things close enough to valid ones to reach every codec's checks. */
const value = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(
    '',
    ' ',
    '\u0000',
    'a-risque',
    'toutes',
    'ouvertes',
    'miennes',
    'personne',
    'phone',
    'blocking',
    'registered',
    'documents',
    'brouillons',
    'publie',
    'deactivated',
    'COMEDEC',
    'sign-in.failed',
  ),
  fc.uuid(),
  fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2110-01-01T00:00:00Z'), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10)),
  fc.tuple(fc.option(instant, { nil: null }), fc.uuid()).map(([at, id]) => encodeKeysetCursor({ at, id })),
  fc.tuple(fc.string(), fc.uuid()).map(([at, id]) => Buffer.from(JSON.stringify([at, id])).toString('base64url')),
  fc.string({ maxLength: 300 }).map((text) => ` ${text} `),
);

function rawParams(list: AnyList) {
  const names = Object.values(list.names);
  const key = fc.oneof(fc.constantFrom(...names), fc.string({ maxLength: 12 }), fc.constantFrom('__proto__', 'constructor', 'toString'));
  return fc.dictionary(key, fc.oneof(value, fc.array(value, { maxLength: 3 }), fc.constant(undefined)), { maxKeys: 12 });
}

describe.each(Object.entries(LISTS))('%s', (_name, list) => {
  it('never throws on arbitrary params, as a record or as a query string', () => {
    fc.assert(
      fc.property(rawParams(list), fc.string(), (record, query) => {
        list.parse(record);
        list.parse(new URLSearchParams(query));
      }),
    );
  });

  it('serialize∘parse is stable: a written URL reads back to the same values and is written the same', () => {
    fc.assert(
      fc.property(rawParams(list), (record) => {
        const values = list.parse(record);
        const query = list.serialize(values);
        const again = list.parse(new URLSearchParams(query));
        expect(again).toEqual(values);
        expect(list.serialize(again)).toBe(query);
        expect(list.normalize(values)).toEqual(values);
      }),
    );
  });
});
