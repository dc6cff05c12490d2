import { spawn } from 'node:child_process';
import { authSecret, env } from '@/lib/env';
import { buildIfNeeded } from './build-if-needed';
import { prepareDatabase } from './prepare-database';

/**
 * `npm start`: build if the sources changed, migrate, seed an empty database outside
 * production, then serve the portal (scripts/serve.mjs, Next.js in production mode).
 */
export async function startPortal(options: { build?: boolean } = {}): Promise<void> {
  const config = env();
  // A second server beside a running one serves the build as it is (rebuilding would pull it from under the first).
  if (options.build !== false) buildIfNeeded();
  console.log(await prepareDatabase({ seed: config.NODE_ENV === 'production' ? 'never' : 'if-empty' }));
  authSecret();

  const child = spawn(process.execPath, ['scripts/serve.mjs'], {
    stdio: 'inherit',
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(config.PORT),
      NEXT_TELEMETRY_DISABLED: '1',
      // next-auth builds its URLs and chooses Secure cookies from NEXTAUTH_URL: it follows the public address.
      NEXTAUTH_URL: config.publicUrl,
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
