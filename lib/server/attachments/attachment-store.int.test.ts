import { createHash, randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { count, eq } from 'drizzle-orm';
import { openDatabase } from '@/db/client';
import { importDiskFiles } from '@/db/import-disk-files';
import { attachments, fileContents } from '@/db/schema';
import { MAX_ATTACHMENT_BYTES } from '@/lib/validation/attachments';
import { checkedFiles, ticketContent } from '@/test/fixtures';
import { printableBytes } from '@/test/printable-bytes';
import { setUpDemoData, setUpTestDatabase } from '@/test/integration-setup';
import { createTicket } from '@/lib/server/tickets/create-ticket';
import { CHUNK_BYTES, type StoredContent } from './attachment-store';
import { getAttachment } from './get-attachment';
import { saveAttachments } from './save-attachments';

const handle = setUpTestDatabase();
const actors = setUpDemoData(handle);
const dataDir = mkdtempSync(path.join(tmpdir(), 'guichet-files-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

async function read(content: StoredContent): Promise<{ bytes: Buffer; chunks: number }> {
  const parts: Uint8Array[] = [];
  const reader = content.body.getReader();
  for (let part = await reader.read(); !part.done; part = await reader.read()) parts.push(part.value);
  return { bytes: Buffer.concat(parts), chunks: parts.length };
}

async function attachmentIds(ticketId: string): Promise<string[]> {
  const rows = await handle.db.select({ id: attachments.id }).from(attachments).where(eq(attachments.ticketId, ticketId));
  return rows.map((row) => row.id);
}

describe('attachment contents in the database', () => {
  it('a file uploaded through one instance downloads, byte for byte, through another', async () => {
    const files = await checkedFiles(['capture.txt', 'Le PDF ne sort pas.']);
    const { ticket } = await createTicket(handle.db, { actor: actors.agent, content: ticketContent(), files });
    const [id] = await attachmentIds(ticket.id);
    // On a server, the other instance has its own connection pool; in memory there is one database.
    const other = handle.url ? await openDatabase({ url: handle.url, poolSize: 2 }) : handle;
    try {
      const file = await getAttachment(other.db, { actor: actors.agent2, attachmentId: id! });
      expect(file.fileName).toBe('capture.txt');
      expect(file.content.size).toBe(Buffer.byteLength('Le PDF ne sort pas.'));
      expect((await read(file.content)).bytes.toString()).toBe('Le PDF ne sort pas.');
    } finally {
      if (other !== handle) await other.close();
    }
  });

  it('streams a 10 MB file in chunks of 1 MiB that add up to the very bytes uploaded', async () => {
    const data = printableBytes(MAX_ATTACHMENT_BYTES);
    const { ticket } = await createTicket(handle.db, { actor: actors.agent, content: ticketContent(), files: await checkedFiles(['journal.txt', data]) });
    const [id] = await attachmentIds(ticket.id);
    const file = await getAttachment(handle.db, { actor: actors.technician, attachmentId: id! });
    expect(file.content.size).toBe(data.byteLength);
    const { bytes, chunks } = await read(file.content);
    expect(chunks).toBe(Math.ceil(data.byteLength / CHUNK_BYTES));
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(createHash('sha256').update(data).digest('hex'));
  });

  it('a content and its row commit or roll back together: no orphan content, no row pointing at nothing', async () => {
    const { ticket } = await createTicket(handle.db, { actor: actors.agent, content: ticketContent() });
    const files = await checkedFiles(['a.txt', 'premier'], ['b.txt', 'second']);
    const before = await handle.db.select({ n: count() }).from(fileContents);
    await expect(
      handle.db.transaction(async (tx) => {
        await saveAttachments(tx, files, { ticketId: ticket.id, messageId: null, uploaderId: actors.agent.id, at: new Date() });
        throw new Error('panne après l’écriture des pièces jointes');
      }),
    ).rejects.toThrow('panne');
    expect(await handle.db.select({ n: count() }).from(fileContents)).toEqual(before);
    expect(await attachmentIds(ticket.id)).toEqual([]);

    await handle.db.transaction((tx) => saveAttachments(tx, files, { ticketId: ticket.id, messageId: null, uploaderId: actors.agent.id, at: new Date() }));
    const rows = await handle.db.select({ storageKey: attachments.storageKey }).from(attachments).where(eq(attachments.ticketId, ticket.id));
    expect(rows).toHaveLength(2);
    for (const row of rows) {
      expect(await handle.db.select({ n: count() }).from(fileContents).where(eq(fileContents.storageKey, row.storageKey))).toEqual([{ n: 1 }]);
    }
  });

  it('files kept on disk by earlier versions are copied into the database once, checked against their hash', async () => {
    const { ticket } = await createTicket(handle.db, { actor: actors.agent, content: ticketContent() });
    const legacy = (name: string, bytes: string, sha256 = createHash('sha256').update(bytes).digest('hex')) => {
      const storageKey = `${sha256.slice(0, 2)}/${randomUUID()}`;
      mkdirSync(path.join(dataDir, 'attachments', storageKey.slice(0, 2)), { recursive: true });
      writeFileSync(path.join(dataDir, 'attachments', storageKey), bytes);
      return {
        ticketId: ticket.id,
        uploaderId: actors.agent.id,
        fileName: name,
        contentType: 'text/plain',
        size: bytes.length,
        sha256,
        storageKey,
        createdAt: new Date(),
      };
    };
    const kept = legacy('ancien.txt', 'déposé avant la version 12');
    const damaged = legacy('abime.txt', 'modifié depuis', 'f'.repeat(64));
    const absentKey = `ab/${randomUUID()}`;
    const absent = { ...kept, fileName: 'ailleurs.txt', storageKey: absentKey };
    const [keptRow] = await handle.db.insert(attachments).values([kept, damaged, absent]).returning({ id: attachments.id });

    expect(await importDiskFiles(handle.db, dataDir)).toEqual({ imported: 1, missing: 1, damaged: 1 });
    const file = await getAttachment(handle.db, { actor: actors.agent, attachmentId: keptRow!.id });
    expect((await read(file.content)).bytes.toString()).toBe('déposé avant la version 12');
    // Idempotent: a second start copies nothing again.
    expect(await importDiskFiles(handle.db, dataDir)).toEqual({ imported: 0, missing: 1, damaged: 1 });
    // Without the old folder, nothing is looked for.
    expect(await importDiskFiles(handle.db, path.join(dataDir, 'nowhere'))).toEqual({ imported: 0, missing: 0, damaged: 0 });
  });
});
