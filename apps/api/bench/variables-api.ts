/**
 * Benchmark: import and export 10,000 variables (a tenth of them secure) through the real API server.
 *   pnpm --filter @devops/api run bench:variables [-- --variables 10000 --runs 3]
 * Prints the time of each request and the server's peak memory (VmHWM) and RSS. A script, not a test.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmod, mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import ExcelJS from 'exceljs';
import { repoRoot } from '../src/config/config.ts';
import { startEmbeddedPostgres } from '../src/db/embedded-postgres.ts';
import { silentLogger } from '../src/db/logger.ts';
import { applyMigrations } from '../src/db/migrate/apply-migrations.ts';
import { createPrismaClient } from '../src/db/prisma.ts';
import { issueApiKey } from '../src/modules/api-keys/api-keys.service.ts';

const { values } = parseArgs({
  args: process.argv.slice(2).filter((arg) => arg !== '--'),
  options: { variables: { type: 'string', default: '10000' }, runs: { type: 'string', default: '3' } },
});
const count = Number(values.variables);
const runs = Number(values.runs);

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

async function memoryOf(pid: number): Promise<{ peakMb: number; rssMb: number }> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
  return { peakMb: Math.round(kb('VmHWM') / 1024), rssMb: Math.round(kb('VmRSS') / 1024) };
}

const dataDir = await mkdtemp(path.join(os.tmpdir(), 'devops-bench-vars-'));
await chmod(dataDir, 0o755);
const postgres = await startEmbeddedPostgres({ dataDir, port: await freePort(), log: silentLogger, unsafeFastWrites: true });
await applyMigrations(postgres.url);
const prisma = createPrismaClient(postgres.url);
const accountId = 'VA-900-002';
await prisma.account.create({ data: { id: accountId, name: 'Bench Vendor', type: 'vendor' } });
const { key } = await issueApiKey(prisma, { accountId, name: 'bench', role: 'developer' });
await prisma.$disconnect();

const book = new ExcelJS.Workbook();
const sheet = book.addWorksheet('Data');
sheet.addRow(['name', 'value', 'secure']);
for (let i = 0; i < count; i++) sheet.addRow([`VARIABLE_${i}`, `value-${i}-${'x'.repeat(40)}`, i % 10 === 0 ? 'yes' : 'no']);
const file = Buffer.from(await book.xlsx.writeBuffer());

const port = await freePort();
// Run the server itself (not through tsx's CLI wrapper) so its pid is the process measured.
const server = spawn(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'apps/api/src/server.ts')], {
  cwd: path.join(repoRoot, 'apps/api'),
  env: { ...process.env, DATABASE_URL: postgres.url, PORT: String(port), HOST: '127.0.0.1', SEED_DEMO: 'false', LOG_LEVEL: 'warn', ENCRYPTION_KEY: randomBytes(32).toString('hex'), DATA_DIR: dataDir },
  stdio: ['ignore', 'ignore', 'inherit'],
});

try {
  const base = `http://127.0.0.1:${port}`;
  for (let attempt = 0; !(await fetch(`${base}/readyz`).then((r) => r.ok).catch(() => false)); attempt++) {
    if (attempt > 150) throw new Error('server did not become ready');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const headers = { authorization: key, 'content-type': 'application/json' };
  const before = await memoryOf(server.pid!);
  console.log(`${count} variables (${count / 10} secure), file ${(file.length / 1024).toFixed(0)} KB; server RSS before: ${before.rssMb} MB`);
  for (let run = 1; run <= runs; run++) {
    const created = await fetch(`${base}/public/v1/devops/services`, { method: 'POST', headers, body: JSON.stringify({ name: `Bench ${run}`, type: 'multiaccount' }) });
    const extension = (await created.json()) as { id: string; environments: { development: { id: string } } };
    const variables = `${base}/public/v1/devops/services/${extension.id}/environments/${extension.environments.development.id}/variables`;

    let started = performance.now();
    const imported = await fetch(`${variables}/import`, {
      method: 'POST',
      headers: { authorization: key, 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
      body: file,
    });
    const importMs = performance.now() - started;
    const importedCount = ((await imported.json()) as unknown[]).length;

    started = performance.now();
    const exported = await fetch(`${variables}/export`, { headers: { authorization: key } });
    const exportBytes = (await exported.arrayBuffer()).byteLength;
    const exportMs = performance.now() - started;
    const memory = await memoryOf(server.pid!);
    console.log(
      `run ${run}: import ${importMs.toFixed(0)} ms (${imported.status}, ${importedCount} variables), ` +
        `export ${exportMs.toFixed(0)} ms (${exported.status}, ${(exportBytes / 1024).toFixed(0)} KB); server peak ${memory.peakMb} MB, RSS ${memory.rssMb} MB`,
    );
  }
} finally {
  server.kill('SIGTERM');
  await new Promise((resolve) => server.once('exit', resolve));
  await postgres.stop();
  await rm(dataDir, { recursive: true, force: true });
}
