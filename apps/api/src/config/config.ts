import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/** The repository root, for default paths (data folder, built SPA, migrations). */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');

const booleanFromEnv = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((value) => ['true', '1', 'yes'].includes(value));

const configSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  /** Postgres connection string; when unset an embedded Postgres is started under DATA_DIR. */
  DATABASE_URL: z.string().url().optional(),
  DATA_DIR: z.string().default(path.join(repoRoot, '.data')),
  EMBEDDED_POSTGRES_PORT: z.coerce.number().int().min(1).max(65535).default(54329),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(20),
  /** 32-byte key, base64 or hex, for secrets at rest; generated into DATA_DIR on first start when unset. */
  ENCRYPTION_KEY: z.string().optional(),
  /** Comma-separated older keys, still accepted for decryption while `cli reencrypt-secrets` moves data to ENCRYPTION_KEY. */
  ENCRYPTION_PREVIOUS_KEYS: z.string().optional(),
  /** Public address of the console, used in runner commands and custom API endpoints shown to users. */
  PUBLIC_URL: z.string().url().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Seed the demo accounts when the database is empty. */
  SEED_DEMO: booleanFromEnv.default(true),
  WEB_DIST_DIR: z.string().default(path.join(repoRoot, 'apps/web/dist')),
  SESSION_TTL_HOURS: z.coerce.number().int().min(1).max(24 * 90).default(24 * 7),
  /** Marks session cookies Secure; turn on behind HTTPS. */
  COOKIE_SECURE: booleanFromEnv.default(false),
  BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).max(64 * 1024 * 1024).default(1024 * 1024),
  /** Keep serialized list pages in memory until the database reports a change to the account. */
  LIST_CACHE: booleanFromEnv.default(true),
  LOGIN_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(10),
});

export type Config = Readonly<z.infer<typeof configSchema>>;

/** Parses configuration once; the only place that reads process.env. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<Config> = {}): Config {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  }
  return Object.freeze({ ...parsed.data, ...overrides });
}
