import { describe, expect, it } from 'vitest';
import { consoleAnnouncementSearch, announcementSearch } from './announcements';
import { auditLogSearch } from './audit-log';
import { faqDraftSearch, faqListSearch, faqSavedSearch, faqSearch } from './faq';
import { encodeKeysetCursor } from './keyset-cursor';
import { phoneIntakeSearch } from './phone-intake';
import { OPEN_PORTAL_STATUSES, portalTicketFilters, portalTicketSearch } from './portal-tickets';
import { queueFiltersOf, queueSearch } from './queue';
import type { RawSearchParams } from './search-params';
import { passwordResetSearch, signInSearch } from './sign-in';

const ID = '3f2b8c1e-9a4d-4c6e-8f1a-2b3c4d5e6f70';

/** Any of the lists, as the tables below use them. */
interface AnyList {
  defaults: unknown;
  read(input: RawSearchParams): { values: unknown; ignored: Array<{ key: string; param: string }> };
}
const forged = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** A URL's params as a route reads them (URL.searchParams) and as Next.js hands them to a page. */
function bothWays(url: string): [URLSearchParams, Record<string, string | string[]>] {
  const params = new URL(url, 'http://guichet.test').searchParams;
  const record: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    const all = params.getAll(key);
    record[key] = all.length > 1 ? all : (all[0] as string);
  }
  return [params, record];
}

// issue 10: each of these answered 500; now the malformed value is the default, and the rest of the address is kept.
describe.each<[string, AnyList, string, string]>([
  ['/demandes?apres=2026-01-01T00:00:00Z_x', portalTicketSearch, 'after', 'apres'],
  ['/demandes?du=0001-01-01', portalTicketSearch, 'from', 'du'],
  ['/console/journal?du=0001-01-01', auditLogSearch, 'from', 'du'],
  ['/api/journal?du=0001-01-01', auditLogSearch, 'from', 'du'],
  [`/console/demandes?apres=${forged(['9999-99-99T99:99:99Z', ID])}`, queueSearch, 'after', 'apres'],
  [`/console/demandes?apres=${forged(['9999-99-99T99:99:99.000000Z', ID])}`, queueSearch, 'after', 'apres'],
])('%s', (url, codec, key, param) => {
  it('falls back to the default and says which param was ignored', () => {
    for (const params of bothWays(url)) {
      const { values, ignored } = codec.read(params);
      expect(values).toEqual(codec.defaults);
      expect(ignored).toMatchObject([{ key, param }]);
    }
  });
});

describe.each<[string, AnyList]>([
  ['/demandes?q=%00', portalTicketSearch],
  ['/faq?q=%00', faqSearch],
  ['/api/faq/suggestions?q=%00', faqSearch],
  ['/console/faq?q=%00', faqListSearch],
])('%s', (url, codec) => {
  it('drops the NUL: an empty search, nothing to report', () => {
    for (const params of bothWays(url)) expect(codec.read(params)).toEqual({ values: codec.defaults, ignored: [] });
  });
});

describe('the console queues (/console/demandes)', () => {
  it('read the tab, the filters and the cursor, in French parameter names', () => {
    const cursor = { at: '2026-03-10T12:00:00.000000Z', id: ID };
    const search = queueSearch.parse({
      file: 'a-risque',
      collectivite: ID,
      criticite: 'blocking',
      statut: 'registered',
      assignee: 'personne',
      canal: 'phone',
      module: 'État civil',
      apres: encodeKeysetCursor(cursor),
    });
    expect(search).toEqual({
      tab: 'at_risk',
      organizationId: ID,
      severity: 'blocking',
      status: 'registered',
      assigneeId: 'personne',
      channel: 'phone',
      module: 'État civil',
      after: cursor,
    });
    expect(queueFiltersOf(search)).toEqual({
      organizationId: ID,
      severity: 'blocking',
      status: 'registered',
      assigneeId: 'personne',
      channel: 'phone',
      module: 'État civil',
    });
  });

  it('ignore what they do not understand rather than failing the page', () => {
    expect(
      queueSearch.parse({ file: 'inconnue', collectivite: 'x', criticite: 'grave', statut: ['', 'closed'], canal: '', assignee: 'x', apres: 'zzz' }),
    ).toEqual(queueSearch.defaults);
    expect(queueSearch.defaults.tab).toBe('awaiting_pickup');
  });

  it('accept the end of the deadlines (a null instant) in a cursor', () => {
    expect(queueSearch.parse({ apres: encodeKeysetCursor({ at: null, id: ID }) }).after).toEqual({ at: null, id: ID });
  });

  it('are written back the same way, so a link or a refresh keeps the view', () => {
    const cursor = { at: null, id: ID };
    const href = queueSearch.href('/console/demandes', { tab: 'overdue', organizationId: ID, channel: 'portal', after: cursor });
    expect(href).toBe(`/console/demandes?file=hors-delai&collectivite=${ID}&canal=portal&apres=${encodeKeysetCursor(cursor)}`);
    expect(queueSearch.parse(new URL(href, 'http://guichet.test').searchParams)).toMatchObject({
      tab: 'overdue',
      organizationId: ID,
      channel: 'portal',
      after: cursor,
    });
    expect(queueSearch.href('/console/demandes', { tab: 'awaiting_pickup' })).toBe('/console/demandes');
  });
});

describe('the client’s Demandes (/demandes)', () => {
  it('read the filters a person sets in the form', () => {
    const cursor = { at: '2026-03-10T12:00:00.123456Z', id: ID };
    const search = portalTicketSearch.parse({
      q: ' DEM-2026 ',
      statut: 'ouvertes',
      module: 'Élections',
      perimetre: 'miennes',
      du: '2026-03-01',
      au: '2026-03-31',
      apres: encodeKeysetCursor(cursor),
    });
    expect(search).toEqual({ q: 'DEM-2026', status: 'open', module: 'Élections', mine: true, from: '2026-03-01', to: '2026-03-31', after: cursor });
    expect(portalTicketFilters(search, 'Europe/Paris')).toEqual({
      q: 'DEM-2026',
      status: [...OPEN_PORTAL_STATUSES],
      module: 'Élections',
      mine: true,
      from: new Date('2026-02-28T23:00:00.000Z'),
      to: new Date('2026-03-31T22:00:00.000Z'),
      after: cursor,
    });
    expect(OPEN_PORTAL_STATUSES).not.toContain('resolved');
  });

  it('keep one status, and refuse a deadline cursor of the queue (no instant)', () => {
    expect(portalTicketSearch.parse({ statut: 'resolved' }).status).toBe('resolved');
    expect(portalTicketFilters(portalTicketSearch.parse({ statut: 'resolved' }), 'UTC').status).toEqual(['resolved']);
    expect(portalTicketSearch.parse({ apres: encodeKeysetCursor({ at: null, id: ID }) }).after).toBeUndefined();
  });

  it('refuse a search of more than 200 characters, with the search box’s message', () => {
    expect(portalTicketSearch.read({ q: 'x'.repeat(201) }).ignored).toMatchObject([{ key: 'q', message: 'La recherche : 200 caractères au plus.' }]);
  });

  it('write the next page’s link with the filters kept', () => {
    const after = { at: '2026-03-10T12:00:00.123456Z', id: ID };
    expect(portalTicketSearch.href('/demandes', { status: 'open', mine: true, after })).toBe(
      `/demandes?statut=ouvertes&perimetre=miennes&apres=${encodeKeysetCursor(after)}`,
    );
  });
});

describe('the journal (/console/journal, /api/journal)', () => {
  it('reads its five filters', () => {
    expect(auditLogSearch.parse({ action: 'sign-in.failed', collectivite: ID, acteur: ' Agent1@', du: '2026-03-01', au: '2026-03-31' })).toEqual({
      action: 'sign-in.failed',
      organizationId: ID,
      actorEmail: 'Agent1@',
      from: '2026-03-01',
      to: '2026-03-31',
    });
  });

  it('ignores an unknown action, an organization that is not a UUID, an impossible day', () => {
    expect(auditLogSearch.parse({ action: 'drop', collectivite: 'x', du: '2026-02-30', au: '9999-99-99' })).toEqual(auditLogSearch.defaults);
  });

  it('gives the CSV export the page’s filters', () => {
    expect(auditLogSearch.href('/api/journal', { action: 'sign-in.failed', from: '2026-03-01' })).toBe('/api/journal?action=sign-in.failed&du=2026-03-01');
  });
});

describe('the FAQ', () => {
  it('searches with at most 200 characters', () => {
    expect(faqSearch.parse({ q: ' certificat ' })).toEqual({ q: 'certificat' });
    expect(faqSearch.read({ q: 'x'.repeat(201) })).toMatchObject({
      values: { q: undefined },
      ignored: [{ message: 'La recherche : 200 caractères au plus.' }],
    });
  });

  it('filters the console list, ignoring a filter that makes no sense instead of failing the page', () => {
    expect(faqListSearch.parse({ q: 'x'.repeat(500), module: 'Paie', etat: 'toutes' })).toEqual(faqListSearch.defaults);
    expect(faqListSearch.parse({ q: ' certificat ', module: 'COMEDEC', etat: 'brouillons' })).toEqual({ q: 'certificat', module: 'COMEDEC', state: 'draft' });
  });

  it('names a draft’s Demande and a save’s outcome', () => {
    expect(faqDraftSearch.href('/console/faq/nouvelle', { ticketReference: 'DEM-2026-000123' })).toBe('/console/faq/nouvelle?demande=DEM-2026-000123');
    expect(faqSavedSearch.href(`/console/faq/${ID}`, { saved: 'published' })).toBe(`/console/faq/${ID}?enregistre=publie`);
    expect(faqSavedSearch.parse({ enregistre: 'brouillon' }).saved).toBe('draft');
    expect(faqSavedSearch.parse({ enregistre: 'toString' }).saved).toBeUndefined();
  });
});

describe('announcements', () => {
  it('filter by kind, in French', () => {
    expect(announcementSearch.parse({ type: 'documents' }).kind).toBe('document');
    expect(announcementSearch.parse({ type: 'document' }).kind).toBeUndefined();
    expect(announcementSearch.href('/annonces', { kind: 'emergency_maintenance' })).toBe('/annonces?type=maintenances-urgentes');
  });

  it('name the announcement just published or saved, by its UUID only', () => {
    expect(consoleAnnouncementSearch.href('/console/annonces', { published: ID })).toBe(`/console/annonces?publiee=${ID}`);
    expect(consoleAnnouncementSearch.parse({ modifiee: ID, publiee: 'x' })).toEqual({ kind: undefined, published: undefined, saved: ID });
  });
});

describe('the other pages', () => {
  it('sign-in: a known reason only', () => {
    expect(signInSearch.parse({ motif: 'deactivated' }).reason).toBe('deactivated');
    expect(signInSearch.parse({ motif: 'hasOwnProperty' }).reason).toBeUndefined();
    expect(signInSearch.href('/connexion', { reason: 'mot-de-passe-reinitialise' })).toBe('/connexion?motif=mot-de-passe-reinitialise');
    expect(signInSearch.href('/connexion', {})).toBe('/connexion');
  });

  it('password reset: a token of 200 characters at most, without control characters', () => {
    expect(passwordResetSearch.parse({ jeton: 'abc_DEF-123' }).token).toBe('abc_DEF-123');
    expect(passwordResetSearch.parse({ jeton: 'x'.repeat(201) }).token).toBeUndefined();
    expect(passwordResetSearch.parse({ jeton: '\u0000' }).token).toBeUndefined();
  });

  it('phone intake: the caller’s organization by UUID', () => {
    expect(phoneIntakeSearch.read({ collectivite: 'x' })).toMatchObject({ values: { organizationId: undefined }, ignored: [{ key: 'organizationId' }] });
    expect(phoneIntakeSearch.parse({ collectivite: ID }).organizationId).toBe(ID);
  });
});
