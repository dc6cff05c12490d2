import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

// Configuration is read and validated here, once; nothing else reads process.env.
const schema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL doit être une URL postgres://…')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  AUTH_SECRET: z.string().min(32, 'AUTH_SECRET doit compter au moins 32 caractères').optional(),
  DATA_DIR: z.string().default('.data'),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  SMTP_URL: z.string().optional(),
  // The address emails and links point to; defaults to this server on localhost.
  PUBLIC_URL: z.string().url('PUBLIC_URL doit être une URL http(s)://…').optional(),
  MAIL_FROM: z.string().default('Guichet <support@guichet.demo>'),
  // The web server runs the deadline sweeper and the email sender unless WORKER=off.
  WORKER: z.enum(['on', 'off']).default('on'),
  WORKER_INTERVAL_MS: z.coerce.number().int().min(1_000).default(30_000),
  // Behind a reverse proxy the client address is the first X-Forwarded-For hop.
  TRUST_PROXY: z
    .enum(['0', '1', 'true', 'false'])
    .default('0')
    .transform((value) => value === '1' || value === 'true'),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
});

export type Env = z.infer<typeof schema> & { dataDir: string; publicUrl: string; WORKER_IN_SERVER: boolean };

let cached: Env | undefined;

export function env(): Env {
  if (cached) return cached;
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Configuration invalide :\n${problems.join('\n')}`);
  }
  cached = {
    ...parsed.data,
    dataDir: path.resolve(parsed.data.DATA_DIR),
    WORKER_IN_SERVER: parsed.data.WORKER === 'on',
    publicUrl: (parsed.data.PUBLIC_URL ?? `http://localhost:${parsed.data.PORT}`).replace(/\/$/, ''),
  };
  return cached;
}

/**
 * The auth secret comes from AUTH_SECRET, else it is generated once and kept under the
 * data directory, so a fresh clone runs without editing anything and sessions survive restarts.
 */
export function authSecret(): string {
  const { AUTH_SECRET, dataDir } = env();
  if (AUTH_SECRET) return AUTH_SECRET;
  const file = path.join(dataDir, 'auth-secret');
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true });
    try {
      writeFileSync(file, randomBytes(48).toString('base64url'), { mode: 0o600, flag: 'wx' });
    } catch (error) {
      // Another process wrote it first: theirs is kept.
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  return readFileSync(file, 'utf8').trim();
}
