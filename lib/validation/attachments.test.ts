import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { screenshotPng } from '@/e2e/fixtures/files';
import { MAX_ATTACHMENT_BYTES, attachmentsField, checkAttachment, checkContent } from './attachments';

describe('checkAttachment', () => {
  it('accepts a screenshot and types it from its extension', () => {
    expect(checkAttachment({ fileName: 'Capture.PNG', size: 1000, contentType: 'text/html' })).toEqual({ ok: true, contentType: 'image/png' });
  });

  it('refuses what a browser could run: SVG, HTML', () => {
    expect(checkAttachment({ fileName: 'logo.svg', size: 10 }).ok).toBe(false);
    expect(checkAttachment({ fileName: 'page.html', size: 10 }).ok).toBe(false);
  });

  it('refuses an empty file, a file over 10 MB and a path as a name, saying why', () => {
    expect(checkAttachment({ fileName: 'a.pdf', size: 0 })).toEqual({ ok: false, reason: '« a.pdf » : le fichier est vide.' });
    expect(checkAttachment({ fileName: 'a.pdf', size: MAX_ATTACHMENT_BYTES + 1 })).toEqual({ ok: false, reason: '« a.pdf » : le fichier dépasse 10 Mo.' });
    expect(checkAttachment({ fileName: '../a.pdf', size: 1 }).ok).toBe(false);
  });
});

describe('attachment names that lie or escape', () => {
  it.each([
    ['facture\u202Efdp.txt', 'bidi override: shown as "facturetxt.pdf"'],
    ['rapport\u2066.pdf', 'bidi isolate'],
    ['a\u200b.pdf', 'zero-width space'],
    ['a\u0000.pdf', 'NUL'],
    ['ligne\u2028.pdf', 'line separator'],
    ['../x.pdf', 'traversal'],
    ['..\\x.pdf', 'Windows traversal'],
    ['..', 'dots only'],
  ])('%j is refused (%s), named in the message without its hidden characters', (fileName) => {
    const verdict = checkAttachment({ fileName, size: 10 });
    expect(verdict.ok).toBe(false);
    if (!verdict.ok) {
      expect(verdict.reason).toMatch(/nom de fichier invalide/);
      expect(verdict.reason).not.toMatch(/[\p{Cc}\p{Cf}]/u);
    }
  });

  it('property: no name with a control or format character is ever accepted', () => {
    const hidden = fc.constantFrom(
      '\u202e',
      '\u202d',
      '\u2066',
      '\u2067',
      '\u2068',
      '\u2069',
      '\u200e',
      '\u200f',
      '\u200b',
      '\ufeff',
      '\u0000',
      '\u001b',
      '\u0085',
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), hidden, fc.string({ maxLength: 20 }), (before, character, after) => {
        expect(checkAttachment({ fileName: `${before}${character}${after}.pdf`, size: 10 }).ok).toBe(false);
      }),
    );
  });
});

describe('content sniffing: a type lie is caught', () => {
  const pdf = new TextEncoder().encode('%PDF-1.4\n%âãÏÓ\n1 0 obj\n');
  const exe = Uint8Array.from([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xff, 0xff, 0x00, 0x00]);
  const svg = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"><script>window.__xss=1</script></svg>');
  const html = new TextEncoder().encode('  <!DOCTYPE html><html><body><script>window.__xss=1</script>');
  const text = new TextEncoder().encode('2026-03-02 09:00 ERREUR <connexion> refusée\n');

  it.each([
    ['facture.pdf', pdf, true],
    ['capture.png', screenshotPng().buffer, true],
    ['journal.log', text, true],
    ['facture.pdf', exe, false],
    ['capture.png', svg, false],
    ['capture.png', pdf, false],
    ['notes.txt', html, false],
    ['notes.txt', svg, false],
    ['notes.txt', exe, false],
    ['tableau.csv', Uint8Array.from([0x61, 0x00, 0x62]), false],
    ['archive.zip', pdf, false],
    ['ancien.doc', pdf, false],
  ])('%s with this content: accepted %s', async (name, bytes, accepted) => {
    const result = await attachmentsField.safeParseAsync([new File([new Uint8Array(bytes)], name)]);
    expect(result.success).toBe(accepted);
    if (!result.success) expect(result.error.issues[0]?.message).toBe(`« ${name} » : le contenu du fichier ne correspond pas à son extension.`);
  });

  it('refuses the whole set when one file lies, naming it', async () => {
    const result = await attachmentsField.safeParseAsync([new File([pdf], 'bon.pdf'), new File([exe], 'menteur.pdf')]);
    expect(result.error?.issues[0]?.message).toBe('« menteur.pdf » : le contenu du fichier ne correspond pas à son extension.');
  });

  it('checkContent, pure: a text file has no signature; a picture must have its own', () => {
    expect(checkContent({ fileName: 'a.txt', contentType: 'text/plain' }, undefined, text).ok).toBe(true);
    expect(checkContent({ fileName: 'a.txt', contentType: 'text/plain' }, 'application/x-msdownload', text).ok).toBe(false);
    expect(checkContent({ fileName: 'a.png', contentType: 'image/png' }, undefined, svg).ok).toBe(false);
    expect(
      checkContent({ fileName: 'a.docx', contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' }, 'application/zip', pdf).ok,
    ).toBe(true);
  });
});
