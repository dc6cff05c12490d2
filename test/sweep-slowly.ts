// A sweeper in its own process that flags past-due clocks slowly, announcing each one, so a
// test can kill it in the middle of a batch (lib/server/sla/sweep-clocks.int.test.ts).
import { openDatabase } from '@/db/client';
import { sweepClocks } from '@/lib/server/sla/sweep-clocks';

async function main() {
  const [url, now] = process.argv.slice(2);
  if (!url || !now) throw new Error('usage: sweep-slowly <database url> <now ISO>');
  const handle = await openDatabase({ url, poolSize: 1 });
  await sweepClocks(handle.db, 'breached', {
    now: new Date(now),
    batchSize: 50,
    afterEach: async (clockId) => {
      console.log(`flagged ${clockId}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    },
  });
  await handle.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
