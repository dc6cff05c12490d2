import { describe, expect, it } from 'vitest';
import { MAX_ATTACHMENT_BYTES, checkAttachment } from './attachments';

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
