import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { seedLargeDatabase } from '@/db/demo-history/large/seed-large';
import { hashPassword } from '@/lib/auth/password';
import { env } from '@/lib/env';
import { prepareDatabase } from './prepare-database';

/**
 * `npm run db:seed`: the only way demo data reaches a production database.
 * `npm run db:seed -- --tickets 1000000 --organizations 2000`: a large database for the
 * performance measures (issue 17), on PostgreSQL only, into an empty database.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      tickets: { type: 'string' },
      organizations: { type: 'string', default: '2000' },
      users: { type: 'string', default: '20000' },
      faq: { type: 'string', default: '2000' },
      months: { type: 'string', default: '36' },
      seed: { type: 'string', default: 'guichet-volume' },
    },
  });
  if (values.tickets === undefined) {
    console.log(await prepareDatabase({ seed: 'always' }));
    return;
  }
  const number = (name: keyof typeof values, minimum: number) => {
    const value = Number(String(values[name]).replace(/[_\s]/g, ''));
    if (!Number.isInteger(value) || value < minimum) throw new Error(`--${name} attend un nombre entier d’au moins ${minimum}.`);
    return value;
  };
  const url = env().DATABASE_URL;
  if (!url) {
    throw new Error(
      'Un grand volume ne se génère que sur un serveur PostgreSQL : il est trop gros pour la base embarquée (PGlite). Créez une base vide et indiquez-la par DATABASE_URL.',
    );
  }
  const started = performance.now();
  const counts = await seedLargeDatabase(url, {
    tickets: number('tickets', 1),
    organizations: number('organizations', 2),
    users: number('users', 10),
    faq: number('faq', 0),
    months: number('months', 1),
    seed: String(values.seed),
    passwordHash: await hashPassword(randomBytes(24).toString('base64')),
    log: (line) => console.log(line),
  });
  console.log('Lignes écrites :');
  for (const [table, count] of Object.entries(counts)) console.log(`  ${table.padEnd(24)} ${count.toLocaleString('fr-FR')}`);
  console.log(`Durée totale : ${((performance.now() - started) / 1000).toFixed(1)} s.`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
