import 'server-only';
import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { env } from '@/lib/env';

/**
 * Attachment contents, as files under <DATA_DIR>/attachments. A file is written (atomically,
 * by rename) before its metadata row commits, so a row never points to a missing file; a
 * rolled-back creation leaves an orphan file, never a lost one.
 */
export async function storeAttachmentContent(data: Uint8Array): Promise<{ storageKey: string; sha256: string }> {
  const sha256 = createHash('sha256').update(data).digest('hex');
  const storageKey = `${sha256.slice(0, 2)}/${randomUUID()}`;
  const file = pathOf(storageKey);
  await mkdir(path.dirname(file), { recursive: true });
  const temporary = `${file}.part`;
  await writeFile(temporary, data, { flag: 'wx' });
  await rename(temporary, file);
  return { storageKey, sha256 };
}

export function readAttachmentContent(storageKey: string): Promise<Buffer> {
  return readFile(pathOf(storageKey));
}

function pathOf(storageKey: string): string {
  if (!/^[0-9a-f]{2}\/[0-9a-f-]{36}$/.test(storageKey)) throw new Error(`Clé de pièce jointe invalide : ${storageKey}`);
  return path.join(env().dataDir, 'attachments', storageKey);
}
