/** What every benchmark needs: a throwaway embedded Postgres, and the real server in a process of its own. */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmod, mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { repoRoot } from '../src/config/config.ts';
import { startEmbeddedPostgres } from '../src/db/embedded-postgres.ts';
import { silentLogger } from '../src/db/logger.ts';
import { applyMigrations } from '../src/db/migrate/apply-migrations.ts';
import { createPrismaClient } from '../src/db/prisma.ts';

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/** A migrated database in a temporary folder, with fast unsafe writes (benchmark data is thrown away). */
export async function startBenchDatabase(name: string) {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), `devops-bench-${name}-`));
  // Postgres runs as its own user when we are root: it must be able to enter the folder.
  await chmod(dataDir, 0o755);
  const postgres = await startEmbeddedPostgres({ dataDir, port: await freePort(), log: silentLogger, unsafeFastWrites: true });
  await applyMigrations(postgres.url);
  return {
    url: postgres.url,
    dataDir,
    prisma: createPrismaClient(postgres.url),
    async stop() {
      await postgres.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * The server as `npm start` runs it, in its own process so it does not share an event loop with the load.
 * BENCH_LOG_LEVEL=info shows its log; BENCH_CPU_PROF=<dir> writes a CPU profile.
 */
export async function startBenchServer(database: { url: string; dataDir: string }, env: Record<string, string> = {}) {
  const port = await freePort();
  const profile = process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : [];
  const child: ChildProcess = spawn(process.execPath, [...profile, '--import', 'tsx', path.join(repoRoot, 'apps/api/src/server.ts')], {
    cwd: path.join(repoRoot, 'apps/api'),
    env: {
      ...process.env,
      DATABASE_URL: database.url,
      DATA_DIR: database.dataDir,
      PORT: String(port),
      HOST: '127.0.0.1',
      SEED_DEMO: 'false',
      LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'warn',
      ENCRYPTION_KEY: randomBytes(32).toString('hex'),
      ...env,
    },
    stdio: ['ignore', process.env.BENCH_LOG_LEVEL ? 'inherit' : 'ignore', 'inherit'],
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  for (let attempt = 0; !(await fetch(`${baseUrl}/readyz`).then((r) => r.ok).catch(() => false)); attempt++) {
    if (attempt > 150) throw new Error('server did not become ready');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    baseUrl,
    pid: child.pid!,
    /** The server's resident and peak memory, from /proc. */
    async memory(): Promise<{ rssMb: number; peakMb: number }> {
      const status = await readFile(`/proc/${child.pid}/status`, 'utf8');
      const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
      return { rssMb: Math.round(kb('VmRSS') / 1024), peakMb: Math.round(kb('VmHWM') / 1024) };
    },
    async stop() {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
    },
  };
}

/** pnpm passes a literal `--` through to scripts. */
export function scriptArgs(): string[] {
  return process.argv.slice(2).filter((arg) => arg !== '--');
}
