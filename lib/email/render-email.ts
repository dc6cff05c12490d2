/** A message in the house style, as plain text and as HTML (every value escaped). */
export interface EmailContent {
  subject: string;
  text: string;
  html: string;
}

export interface EmailParts {
  subject: string;
  greeting: string;
  paragraphs: string[];
  /** A call to action, e.g. "Voir la demande" and its absolute URL. */
  link?: { label: string; url: string };
}

const SIGNATURE = 'Le support — Guichet';

export function renderEmail({ subject, greeting, paragraphs, link }: EmailParts): EmailContent {
  const text = [greeting, '', ...paragraphs.flatMap((paragraph) => [paragraph, '']), ...(link ? [`${link.label} : ${link.url}`, ''] : []), SIGNATURE].join(
    '\n',
  );
  const html = [
    '<!doctype html><html lang="fr"><body style="font-family:Arial,sans-serif;color:#0f172a;line-height:1.5">',
    `<p>${escapeHtml(greeting)}</p>`,
    ...paragraphs.map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`),
    link ? `<p><a href="${escapeHtml(link.url)}" style="color:#173c75;font-weight:bold">${escapeHtml(link.label)}</a></p>` : '',
    `<p style="color:#475569">${escapeHtml(SIGNATURE)}</p>`,
    '</body></html>',
  ].join('');
  return { subject, text, html };
}

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
