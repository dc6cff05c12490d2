import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const SOURCE_DIRS = ['app', 'components', 'lib', 'db', 'public', 'types'];
const SOURCE_FILES = ['package-lock.json', 'next.config.js', 'tsconfig.json', 'postcss.config.mjs', 'instrumentation.ts'];
const STAMP = path.join('.next', 'guichet-source-hash');

function* sourceFiles(dir: string): Generator<string> {
  if (!existsSync(dir)) return;
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* sourceFiles(full);
    else if (!/\.test\.tsx?$/.test(entry.name)) yield full;
  }
}

/** A hash of what the production build is made from, so a pull or an edit triggers a rebuild. */
export function sourceHash(): string {
  const hash = createHash('sha256');
  const files = [...SOURCE_DIRS.flatMap((dir) => [...sourceFiles(dir)]), ...SOURCE_FILES.filter((file) => existsSync(file))];
  for (const file of files) hash.update(file).update('\0').update(readFileSync(file)).update('\0');
  return hash.digest('hex');
}

/** Runs `next build` unless the last build was made from these very sources. */
export function buildIfNeeded(): void {
  const hash = sourceHash();
  const built = existsSync(path.join('.next', 'BUILD_ID')) && existsSync(STAMP) && readFileSync(STAMP, 'utf8') === hash;
  if (built) return;
  console.log('Guichet : construction de l’application (next build)…');
  const result = spawnSync(process.execPath, [require.resolve('next/dist/bin/next'), 'build'], {
    stdio: 'inherit',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
  if (result.status !== 0) throw new Error('La construction a échoué (next build).');
  writeFileSync(STAMP, hash);
}
