import 'server-only';
import type { UploadedFile } from '@/lib/server/attachments/save-attachments';

/** The files of a form field (an empty file input sends one nameless, empty file: ignored). */
export async function uploadedFiles(value: unknown): Promise<UploadedFile[]> {
  const values = Array.isArray(value) ? value : value === undefined ? [] : [value];
  const files = values.filter((item): item is File => item instanceof File && (item.size > 0 || item.name !== ''));
  return Promise.all(files.map(async (file) => ({ fileName: file.name, data: new Uint8Array(await file.arrayBuffer()) })));
}
