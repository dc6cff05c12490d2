import { describe, expect, it } from 'vitest';
import { downloadHeaders } from './download-headers';

describe('downloadHeaders', () => {
  it('always an attachment, nosniff, with the stored type and an RFC 8187 UTF-8 name', () => {
    const headers = downloadHeaders({ fileName: 'Notes de version 5.2 (état civil).pdf', contentType: 'application/pdf', size: 1234 });
    expect(headers).toMatchObject({ 'Content-Type': 'application/pdf', 'Content-Length': '1234', 'X-Content-Type-Options': 'nosniff' });
    expect(headers['Content-Disposition']).toBe(
      `attachment; filename="Notes de version 5.2 (etat civil).pdf"; filename*=UTF-8''Notes%20de%20version%205.2%20%28%C3%A9tat%20civil%29.pdf`,
    );
  });

  it('cannot be broken out of by quotes or line breaks in a name', () => {
    const disposition = downloadHeaders({ fileName: 'a"b\r\nX-Evil: 1.txt', contentType: 'text/plain', size: 1 })['Content-Disposition'];
    expect(disposition).toBe(`attachment; filename="a_b__X-Evil: 1.txt"; filename*=UTF-8''a%22b%0D%0AX-Evil%3A%201.txt`);
  });
});
