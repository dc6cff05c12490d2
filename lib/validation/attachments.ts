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

/**
 * Whether one file may be attached, and the type it will be stored and served with (from its
 * extension: a browser's declared type is not trusted, and SVG or HTML are never accepted).
 */
export function checkAttachment({ fileName, size }: AttachmentCandidate): AttachmentVerdict {
  const name = fileName.trim();
  if (!name || name.length > 200 || /[\\/\0]/.test(name)) return { ok: false, reason: `« ${name || 'sans nom'} » : nom de fichier invalide.` };
  const extension = name.includes('.') ? name.slice(name.lastIndexOf('.')).toLowerCase() : '';
  const contentType = EXTENSION_TYPES[extension];
  if (!contentType) return { ok: false, reason: `« ${name} » : ce type de fichier n’est pas accepté.` };
  if (size === 0) return { ok: false, reason: `« ${name} » : le fichier est vide.` };
  if (size > MAX_ATTACHMENT_BYTES) return { ok: false, reason: `« ${name} » : le fichier dépasse 10 Mo.` };
  return { ok: true, contentType };
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
    return Promise.all(
      accepted.map(async ({ file, contentType }) => ({ fileName: file.name.trim(), contentType, data: new Uint8Array(await file.arrayBuffer()) })),
    );
  });
