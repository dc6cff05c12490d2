import { spawn } from 'node:child_process';
import { authSecret, env } from '@/lib/env';
import { buildIfNeeded } from './build-if-needed';
import { prepareDatabase } from './prepare-database';

/**
 * `npm start`: build if the sources changed, migrate, seed an empty database outside
 * production, then serve the portal (scripts/serve.mjs, Next.js in production mode).
 */
export async function startPortal(): Promise<void> {
  const config = env();
  buildIfNeeded();
  console.log(await prepareDatabase({ seed: config.NODE_ENV === 'production' ? 'never' : 'if-empty' }));
  authSecret();

  const child = spawn(process.execPath, ['scripts/serve.mjs'], {
    stdio: 'inherit',
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(config.PORT),
      NEXT_TELEMETRY_DISABLED: '1',
      NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${config.PORT}`,
    },
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

if (require.main === module) {
  startPortal().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
