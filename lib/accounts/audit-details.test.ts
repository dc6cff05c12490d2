import { describe, expect, it } from 'vitest';
import { describeAuditDetails, toCsv } from './audit-details';

describe('audit details', () => {
  it('says a failure reason and a role change in French', () => {
    expect(describeAuditDetails({ reason: 'wrong-password' })).toBe('mot de passe incorrect');
    expect(describeAuditDetails({ email: 'a@b.fr', from: 'client_user', to: 'client_admin' })).toBe('a@b.fr · Utilisateur → Administrateur client');
    expect(describeAuditDetails(null)).toBe('');
  });

  it('names the incident an entry is about', () => {
    expect(describeAuditDetails({ title: 'Lenteurs', cause: 'fault', organizations: 'all' })).toBe('« Lenteurs »');
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
