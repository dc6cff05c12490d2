import { z } from 'zod';

// Attachments of a Demande (§13: screenshots, documents): limits and allowed types, shown on
// the form and enforced on the server.
export const MAX_ATTACHMENTS = 10;
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

export const ALLOWED_ATTACHMENT_TYPES: Readonly<Record<string, string>> = {
  'image/png': '.png',
  'image/jpeg': '.jpg, .jpeg',
  'image/gif': '.gif',
  'image/webp': '.webp',
  'application/pdf': '.pdf',
  'text/plain': '.txt, .log',
  'text/csv': '.csv',
  'application/zip': '.zip',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': '.docx',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': '.xlsx',
  'application/vnd.oasis.opendocument.text': '.odt',
  'application/vnd.oasis.opendocument.spreadsheet': '.ods',
  'application/msword': '.doc',
  'application/vnd.ms-excel': '.xls',
};

/**
 * The raster images a page may show as previews (their content was sniffed at upload, so the type
 * is what the bytes are). Never SVG, HTML or anything else a browser could run: those stay downloads.
 */
const PREVIEWABLE_IMAGE_TYPES: ReadonlySet<string> = new Set(['image/png', 'image/jpeg', 'image/gif', 'image/webp']);

export function isPreviewableImage(contentType: string): boolean {
  return PREVIEWABLE_IMAGE_TYPES.has(contentType);
}

const EXTENSION_TYPES: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(ALLOWED_ATTACHMENT_TYPES).flatMap(([type, extensions]) => extensions.split(', ').map((extension) => [extension, type])),
);

export interface AttachmentCandidate {
  fileName: string;
  size: number;
  /** What the browser declared; only a hint, the extension decides. */
  contentType?: string;
}

export type AttachmentVerdict = { ok: true; contentType: string } | { ok: false; reason: string };

// Characters that make a name lie about itself or escape its place: control and format characters
// (NUL, the bidi overrides of `facture\u202Efdp.txt` shown as "facturetxt.pdf", zero-width ones),
// line separators, and path separators.
const UNSAFE_NAME_CHARACTERS = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\\/]/u;

/** A name as it may be shown in a message: without the characters that would disguise it. */
function shownName(name: string): string {
  return name.replace(new RegExp(UNSAFE_NAME_CHARACTERS.source, 'gu'), '') || 'sans nom';
}

/**
 * Whether one file may be attached, and the type it will be stored and served with (from its
 * extension: a browser's declared type is not trusted, and SVG or HTML are never accepted). Its
 * content is checked against that type once read (`checkContent`).
 */
export function checkAttachment({ fileName, size }: AttachmentCandidate): AttachmentVerdict {
  const name = fileName.trim();
  if (!name || name.length > 200 || UNSAFE_NAME_CHARACTERS.test(fileName) || /^\.+$/.test(name)) {
    return { ok: false, reason: `« ${shownName(name)} » : nom de fichier invalide (caractères invisibles, d’inversion du texte ou de chemin).` };
  }
  const extension = name.includes('.') ? name.slice(name.lastIndexOf('.')).toLowerCase() : '';
  const contentType = EXTENSION_TYPES[extension];
  if (!contentType) return { ok: false, reason: `« ${name} » : ce type de fichier n’est pas accepté.` };
  if (size === 0) return { ok: false, reason: `« ${name} » : le fichier est vide.` };
  if (size > MAX_ATTACHMENT_BYTES) return { ok: false, reason: `« ${name} » : le fichier dépasse 10 Mo.` };
  return { ok: true, contentType };
}

const ZIP_FAMILY = [
  'application/zip',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  'application/vnd.oasis.opendocument.text',
  'application/vnd.oasis.opendocument.spreadsheet',
  'application/vnd.oasis.opendocument.presentation',
];

/**
 * What the content of a file of each type may be found to be, by its signature (magic bytes, as
 * the `file-type` package reads them). Office documents are zip archives, which a reader may not
 * tell apart from a plain zip; the old Word and Excel files are OLE compound files. A text file
 * has no signature at all.
 */
const SNIFFED_TYPES: Readonly<Record<string, readonly (string | undefined)[]>> = {
  'image/png': ['image/png', 'image/apng'],
  'image/jpeg': ['image/jpeg'],
  'image/gif': ['image/gif'],
  'image/webp': ['image/webp'],
  'application/pdf': ['application/pdf'],
  'text/plain': [undefined],
  'text/csv': [undefined],
  'application/zip': ZIP_FAMILY,
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': [ZIP_FAMILY[1], 'application/zip'],
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': [ZIP_FAMILY[2], 'application/zip'],
  'application/vnd.oasis.opendocument.text': [ZIP_FAMILY[4], 'application/zip'],
  'application/vnd.oasis.opendocument.spreadsheet': [ZIP_FAMILY[5], 'application/zip'],
  'application/msword': ['application/x-cfb'],
  'application/vnd.ms-excel': ['application/x-cfb'],
};

// A text file that is really a page or an image a browser would run: refused, even as text.
const MARKUP_START = /^(?:\ufeff)?\s*<(?:!doctype\s+html|html|svg|script|\?xml)/i;

/**
 * Whether a file's content is what its extension says (a type lie — an executable named
 * `facture.pdf`, an SVG named `logo.png` — is refused). `sniffed` is the type its signature
 * shows, if any; `head` its first bytes.
 */
export function checkContent(file: { fileName: string; contentType: string }, sniffed: string | undefined, head: Uint8Array): AttachmentVerdict {
  const lie = { ok: false as const, reason: `« ${shownName(file.fileName.trim())} » : le contenu du fichier ne correspond pas à son extension.` };
  if (!(SNIFFED_TYPES[file.contentType] ?? []).includes(sniffed)) return lie;
  if (sniffed === undefined) {
    if (head.includes(0)) return lie;
    if (MARKUP_START.test(new TextDecoder('utf-8', { fatal: false }).decode(head.subarray(0, 512)))) return lie;
  }
  return { ok: true, contentType: file.contentType };
}

export function acceptedExtensions(): string {
  return Object.values(ALLOWED_ATTACHMENT_TYPES).join(', ');
}

/** A file as a form sends it, read into memory. */
export interface UploadedFile {
  fileName: string;
  data: Uint8Array;
}

/** A file that passed `checkAttachment`, with the type it is stored and served with. */
export interface CheckedFile extends UploadedFile {
  contentType: string;
}

/** The files of a form field (an empty file input sends one nameless, empty file: ignored). */
function filesOf(value: unknown): File[] {
  const values = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return values.filter((item): item is File => item instanceof File && (item.size > 0 || item.name !== ''));
}

/**
 * A form's attachments field: the files, checked one by one, the whole set refused with each bad
 * file named before anything is read or written (parse with `safeParseAsync`). Absent when no
 * file was picked (the picker appends only the chosen files): none.
 */
export const attachmentsField = z
  .unknown()
  .optional()
  .transform(async (value, context): Promise<CheckedFile[]> => {
    const files = filesOf(value);
    if (files.length > MAX_ATTACHMENTS) {
      context.addIssue({ code: 'custom', message: `${MAX_ATTACHMENTS} pièces jointes au plus.` });
      return z.NEVER;
    }
    const reasons: string[] = [];
    const accepted: Array<{ file: File; contentType: string }> = [];
    for (const file of files) {
      const verdict = checkAttachment({ fileName: file.name, size: file.size });
      if (verdict.ok) accepted.push({ file, contentType: verdict.contentType });
      else reasons.push(verdict.reason);
    }
    if (reasons.length > 0) {
      context.addIssue({ code: 'custom', message: reasons.join(' ') });
      return z.NEVER;
    }
    // Loaded on first use only: the browser's bundle of the forms never needs it.
    const { fileTypeFromBuffer } = await import('file-type');
    const checked: CheckedFile[] = [];
    for (const { file, contentType } of accepted) {
      const data = new Uint8Array(await file.arrayBuffer());
      const verdict = checkContent({ fileName: file.name, contentType }, (await fileTypeFromBuffer(data))?.mime, data.subarray(0, 8_192));
      if (verdict.ok) checked.push({ fileName: file.name.trim(), contentType, data });
      else reasons.push(verdict.reason);
    }
    if (reasons.length > 0) {
      context.addIssue({ code: 'custom', message: reasons.join(' ') });
      return z.NEVER;
    }
    return checked;
  });
