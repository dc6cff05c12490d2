import 'server-only';
import { createHash, randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { fileContents } from '@/db/schema';
import type { Executor } from '@/db/client';

/** A stored content as a download reads it: its size, and its bytes as they come. */
export interface StoredContent {
  size: number;
  body: ReadableStream<Uint8Array>;
}

/**
 * Where the contents of attachments and announcement files live. Every app instance must reach
 * it: a file uploaded through one instance downloads through any other.
 */
export interface ContentStore {
  /** Keeps a content under its key, within the caller's transaction when the store can. */
  put(tx: Executor, content: { storageKey: string; data: Uint8Array; at: Date }): Promise<void>;
  /** The content of a key, or null when there is none. */
  open(db: Executor, storageKey: string): Promise<StoredContent | null>;
}

/** Downloads are read 1 MiB at a time: a 10 MB file never sits whole in the server's memory. */
export const CHUNK_BYTES = 1024 * 1024;

/**
 * The contents in PostgreSQL (`file_contents`), written in the caller's transaction: the content
 * and its metadata row commit or roll back together, so there is neither an orphan content nor a
 * row pointing at nothing, and every instance on the database reads it.
 */
export const databaseContentStore: ContentStore = {
  async put(tx, { storageKey, data, at }) {
    await tx.insert(fileContents).values({ storageKey, data, createdAt: at });
  },

  async open(db, storageKey) {
    const readChunk = async (offset: number) => {
      const [row] = await db
        .select({
          size: sql<number>`octet_length(${fileContents.data})`,
          chunk: sql<Uint8Array>`substring(${fileContents.data} from ${offset + 1} for ${CHUNK_BYTES})`,
        })
        .from(fileContents)
        .where(eq(fileContents.storageKey, storageKey));
      return row;
    };
    const first = await readChunk(0);
    if (!first) return null;
    const { size } = first;
    let offset = first.chunk.byteLength;
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(first.chunk);
        if (offset >= size) controller.close();
      },
      async pull(controller) {
        const next = await readChunk(offset);
        if (!next || next.chunk.byteLength === 0) {
          controller.error(new Error(`Contenu ${storageKey} interrompu à l’octet ${offset} sur ${size}.`));
          return;
        }
        controller.enqueue(next.chunk);
        offset += next.chunk.byteLength;
        if (offset >= size) controller.close();
      },
    });
    return { size, body };
  },
};

/** The store of this deployment. S3-compatible storage would be another ContentStore chosen here. */
export function contentStore(): ContentStore {
  return databaseContentStore;
}

/** Keeps a new content under a fresh key, with the caller's transaction; its key and hash go on the metadata row. */
export async function storeAttachmentContent(tx: Executor, data: Uint8Array, at: Date): Promise<{ storageKey: string; sha256: string }> {
  const sha256 = createHash('sha256').update(data).digest('hex');
  const storageKey = `${sha256.slice(0, 2)}/${randomUUID()}`;
  await contentStore().put(tx, { storageKey, data, at });
  return { storageKey, sha256 };
}

/** The content of a metadata row; a row without its content is a broken invariant, not a "not found". */
export async function openAttachmentContent(db: Executor, storageKey: string): Promise<StoredContent> {
  const content = await contentStore().open(db, storageKey);
  if (!content) throw new Error(`Contenu introuvable pour la clé ${storageKey}.`);
  return content;
}
