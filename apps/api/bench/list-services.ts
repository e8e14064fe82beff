/**
 * Benchmark: GET /public/v1/devops/services?limit=100 with 10,000 extensions in the database,
 * 50 concurrent connections, against the real server in its own process on a fresh embedded Postgres.
 *   pnpm --filter @devops/api run bench:list [-- --duration 20 --connections 50 --extensions 10000 --no-cache]
 * Prints requests/s and latency percentiles. A script, not a test: nothing is asserted.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { repoRoot } from '../src/config/config.ts';
import { startEmbeddedPostgres } from '../src/db/embedded-postgres.ts';
import { silentLogger } from '../src/db/logger.ts';
import { applyMigrations } from '../src/db/migrate/apply-migrations.ts';
import { createPrismaClient } from '../src/db/prisma.ts';
import { issueApiKey } from '../src/modules/api-keys/api-keys.service.ts';

const { values } = parseArgs({
  // pnpm passes a literal `--` through to the script.
  args: process.argv.slice(2).filter((arg) => arg !== '--'),
  options: {
    duration: { type: 'string', default: '20' },
    connections: { type: 'string', default: '50' },
    extensions: { type: 'string', default: '10000' },
    // Measure the database path: every request queries and serializes (LIST_CACHE=false).
    'no-cache': { type: 'boolean', default: false },
  },
});
const duration = Number(values.duration);
const connections = Number(values.connections);
const extensionCount = Number(values.extensions);

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

const dataDir = await mkdtemp(path.join(os.tmpdir(), 'devops-bench-'));
// Postgres runs as its own user when we are root: it must be able to enter the folder.
await chmod(dataDir, 0o755);
const postgres = await startEmbeddedPostgres({ dataDir, port: await freePort(), log: silentLogger, unsafeFastWrites: true });
await applyMigrations(postgres.url);
const prisma = createPrismaClient(postgres.url);

console.log(`seeding ${extensionCount} extensions…`);
const seedStart = performance.now();
const accountId = 'VA-900-001';
await prisma.account.create({ data: { id: accountId, name: 'Bench Vendor', type: 'vendor', products: { create: { id: 'PRD-900-001-001', name: 'Bench product' } } } });
for (let offset = 0; offset < extensionCount; offset += 2000) {
  const ids = Array.from({ length: Math.min(2000, extensionCount - offset) }, (_, i) => {
    const n = String(offset + i).padStart(8, '0');
    return `SRVC-${n.slice(0, 4)}-${n.slice(4)}`;
  });
  const types = ['products', 'multiaccount', 'transformations'] as const;
  await prisma.extension.createMany({
    data: ids.map((id, i) => ({ id, accountId, type: types[i % 3]!, name: `Extension ${id}`, createdByName: 'bench', updatedByName: 'bench' })),
  });
  await prisma.extensionProduct.createMany({
    data: ids.filter((_, i) => i % 3 === 0).map((extensionId) => ({ extensionId, productId: 'PRD-900-001-001' })),
  });
  await prisma.environment.createMany({
    data: ids.flatMap((id) =>
      (['development', 'test', 'production'] as const).map((type, i) => ({
        id: `ENV-${id.slice(5)}-0${i + 1}`,
        extensionId: id,
        accountId,
        type,
      })),
    ),
  });
}
await prisma.$executeRawUnsafe('ANALYZE');
const { key } = await issueApiKey(prisma, { accountId, name: 'bench', role: 'developer' });
await prisma.$disconnect();
console.log(`seeded in ${((performance.now() - seedStart) / 1000).toFixed(1)} s`);

const port = await freePort();
const server = spawn(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'apps/api/src/server.ts')], {
  cwd: path.join(repoRoot, 'apps/api'),
  env: {
    ...process.env,
    DATABASE_URL: postgres.url,
    PORT: String(port),
    HOST: '127.0.0.1',
    SEED_DEMO: 'false',
    LOG_LEVEL: 'warn',
    ENCRYPTION_KEY: randomBytes(32).toString('hex'),
    DATA_DIR: dataDir,
    LIST_CACHE: values['no-cache'] ? 'false' : 'true',
  },
  stdio: ['ignore', 'inherit', 'inherit'],
});

try {
  const base = `http://127.0.0.1:${port}`;
  for (let attempt = 0; ; attempt++) {
    const ready = await fetch(`${base}/readyz`).then((r) => r.ok).catch(() => false);
    if (ready) break;
    if (attempt > 150) throw new Error('server did not become ready');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const url = `${base}/public/v1/devops/services?limit=100`;
  const sample = await fetch(url, { headers: { authorization: key } });
  const body = (await sample.json()) as unknown[];
  console.log(`one page: ${body.length} extensions, ${sample.headers.get('content-range')}, ${JSON.stringify(body).length} bytes`);

  // Warm-up, then the measured run.
  await autocannon({ url, connections, duration: 3, headers: { authorization: key } });
  const result = await autocannon({ url, connections, duration, headers: { authorization: key } });
  const errors = result.errors + result.timeouts + result.non2xx;
  console.log('');
  console.log(`GET /public/v1/devops/services?limit=100, ${extensionCount} extensions, ${connections} connections, ${duration} s, page cache ${values['no-cache'] ? 'off' : 'on'}`);
  console.log(`  machine:    ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, Node ${process.version}`);
  console.log(`  requests/s: ${result.requests.average.toFixed(0)} (total ${result.requests.total}, non-2xx/errors ${errors})`);
  console.log(`  latency:    p50 ${result.latency.p50} ms, p90 ${result.latency.p90} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms`);
  console.log(`  throughput: ${(result.throughput.average / 1024 / 1024).toFixed(1)} MB/s`);
} finally {
  server.kill('SIGTERM');
  await new Promise((resolve) => server.once('exit', resolve));
  await postgres.stop();
  await rm(dataDir, { recursive: true, force: true });
}
