import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS, type AuditAction } from './audit-actions';
import { describeAuditDetails, displayAddress, toCsv } from './audit-details';

describe('audit details', () => {
  it('says a failure reason, an account and a role change in French', () => {
    expect(describeAuditDetails('sign-in.failed', { reason: 'wrong-password' })).toBe('Motif : mot de passe incorrect.');
    expect(describeAuditDetails('sign-in.succeeded', null)).toBe('');
    expect(describeAuditDetails('account.created', { email: 'a@b.fr', name: 'Jeanne Martin', role: 'client_user' })).toBe(
      'Compte de Jeanne Martin (a@b.fr), Utilisateur.',
    );
    expect(describeAuditDetails('account.role-changed', { email: 'a@b.fr', from: 'client_user', to: 'client_admin' })).toBe(
      'a@b.fr : Utilisateur devient Administrateur client.',
    );
    expect(describeAuditDetails('password.changed', { initial: true })).toBe('Mot de passe initial remplacé.');
  });

  it('writes an organization and its contract with the zone, the modules and the dates in words', () => {
    expect(
      describeAuditDetails('organization.created', {
        name: 'Mairie de Saint-Exemple',
        siren: '217500016',
        timeZone: 'Indian/Reunion',
        modules: ['Etat civil', 'COMEDEC'],
        namedUserLimit: 10,
        supportStartDate: '2026-01-05',
      }),
    ).toBe(
      '« Mairie de Saint-Exemple » (SIREN 217500016), heure de La Réunion ; contrat : modules État civil, COMEDEC, 10 utilisateurs nommés, support fourni depuis le lundi 5 janvier 2026.',
    );
    expect(
      describeAuditDetails('contract.updated', {
        before: { modules: ['État civil'], namedUserLimit: 10, supportStartDate: '2026-01-05' },
        after: { modules: ['État civil', 'Élections'], namedUserLimit: 10, supportStartDate: '2026-02-02' },
      }),
    ).toBe('Modules : État civil devient État civil, Élections ; début du support : lundi 5 janvier 2026 devient lundi 2 février 2026.');
    expect(
      describeAuditDetails('organization.updated', {
        before: { name: 'Mairie', siren: null, timeZone: 'Europe/Paris', closedDays: [] },
        after: { name: 'Mairie', siren: null, timeZone: 'Europe/Paris', closedDays: ['2026-05-27'] },
      }),
    ).toBe('Jours de fermeture : aucun devient mercredi 27 mai 2026.');
  });

  it('names the Demande, the incident and the reason an entry is about', () => {
    expect(describeAuditDetails('ticket.pickup-excluded', { reference: 'DEM-2026-000123', reason: 'Téléassistance refusée.' })).toBe(
      'Demande DEM-2026-000123, motif : Téléassistance refusée.',
    );
    expect(describeAuditDetails('request.planned', { reference: 'DEM-2026-000124' })).toBe('Demande DEM-2026-000124.');
    expect(describeAuditDetails('incident.opened', { title: 'Lenteurs', cause: 'fault', organizations: 'all' })).toBe(
      'Incident « Lenteurs », cause : panne du service, touche toutes les collectivités.',
    );
    expect(describeAuditDetails('incident.closed', { title: 'Lenteurs' })).toBe('Incident « Lenteurs ».');
    expect(describeAuditDetails('support.suspended', { reason: 'Factures impayées.' })).toBe('Motif : Factures impayées.');
  });

  it('property: whatever an entry holds, no key, JSON or ISO date reaches the journal', () => {
    // What the operations store under each key: free text where a person typed it, codes, dates and lists elsewhere.
    const freeText = fc.constantFrom('Jeanne Martin', 'a@b.fr', 'Lenteurs', '217500016', 'DEM-2026-000123', 'wrong-password', 'throttled');
    const coded = fc.oneof(
      fc.constantFrom('2026-03-09', 'client_admin', 'client_user', 'Europe/Paris', 'Indian/Reunion', 'fault', 'force_majeure', 'all'),
      fc.integer({ min: 0, max: 50 }),
      fc.boolean(),
      fc.constant(null),
    );
    const details = fc.record(
      {
        reason: freeText,
        email: freeText,
        name: freeText,
        title: freeText,
        reference: freeText,
        role: coded,
        from: coded,
        to: coded,
        siren: freeText,
        timeZone: coded,
        modules: fc.array(fc.constantFrom('Etat civil', 'Elections', 'COMEDEC')),
        namedUserLimit: coded,
        supportStartDate: coded,
        closedDays: fc.array(fc.constantFrom('2026-05-27', '2026-12-26')),
        cause: coded,
        organizations: coded,
        initial: coded,
      },
      { requiredKeys: [] },
    );
    const shaped = fc.record({ before: details, after: details });
    fc.assert(
      fc.property(fc.constantFrom(...(Object.keys(AUDIT_ACTIONS) as AuditAction[])), fc.oneof(details, shaped), (action, entry) => {
        const sentence = describeAuditDetails(action, entry);
        expect(sentence).not.toMatch(/[{}"]|\d{4}-\d{2}-\d{2}|client_admin|Europe\/Paris|Etat civil|\bundefined\b|\[object/);
      }),
    );
  });

  it('writes an IPv4 address that reached the server as IPv6 as the IPv4 it is', () => {
    expect(displayAddress('::ffff:127.0.0.1')).toBe('127.0.0.1');
    expect(displayAddress('::FFFF:192.0.2.10')).toBe('192.0.2.10');
    expect(displayAddress('::ffff:c000:20a')).toBe('192.0.2.10');
    expect(displayAddress('2001:db8::1')).toBe('2001:db8::1');
    expect(displayAddress('203.0.113.7')).toBe('203.0.113.7');
    expect(displayAddress('inconnue')).toBe('inconnue');
  });

  it('writes CSV with a BOM, quotes and no formula', () => {
    const csv = toCsv([
      ['Date', 'Détail'],
      ['2026', 'a;b "c"'],
      ['=HYPERLINK("x")', 'ok'],
    ]);
    expect(csv.startsWith('\uFEFFDate;Détail\r\n')).toBe(true);
    expect(csv).toContain('2026;"a;b ""c"""');
    expect(csv).toContain(`"'=HYPERLINK(""x"")";ok`);
  });
});
