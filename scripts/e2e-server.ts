import { rmSync } from 'node:fs';
import postgres from 'postgres';

/**
 * The server the end-to-end tests run against: a production build on a database of its own,
 * new at each run (a `guichet_e2e` database on DATABASE_URL's server, or a fresh PGlite folder),
 * so the tests start from the demo data alone and never touch a developer's database.
 */
async function main() {
  const port = process.env.E2E_PORT ?? '3100';
  const serverUrl = process.env.DATABASE_URL;
  if (serverUrl) {
    const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
    // One database per port: two runs on different ports never share one.
    const name = port === '3100' ? 'guichet_e2e' : `guichet_e2e_${port}`;
    await admin.unsafe(`drop database if exists ${name} with (force)`);
    await admin.unsafe(`create database ${name}`);
    await admin.end();
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    process.env.DATABASE_URL = url.toString();
  }
  const dataDir = port === '3100' ? '.data/e2e' : `.data/e2e-${port}`;
  rmSync(dataDir, { recursive: true, force: true });
  // The main e2e server trusts X-Forwarded-For (each test plays its own client address); the
  // security specs start a second one as production would run it (E2E_PUBLIC_URL https, E2E_TRUST_PROXY=0).
  Object.assign(process.env, {
    DATA_DIR: dataDir,
    PORT: port,
    TRUST_PROXY: process.env.E2E_TRUST_PROXY ?? '1',
    PUBLIC_URL: process.env.E2E_PUBLIC_URL ?? `http://localhost:${port}`,
  });
  // Imported only now: the configuration is read once, from the environment set above.
  const { startPortal } = await import('./start');
  await startPortal({ build: process.env.E2E_BUILD !== '0' });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
