/**
 * Benchmark: import and export 10,000 variables (a tenth of them secure) through the real API server.
 *   pnpm --filter @devops/api run bench:variables [-- --variables 10000 --runs 3]
 * Prints the time of each request and the server's peak memory (VmHWM) and RSS. A script, not a test.
 */
import { parseArgs } from 'node:util';
import ExcelJS from 'exceljs';
import { issueApiKey } from '../src/modules/api-keys/api-keys.service.ts';
import { scriptArgs, startBenchDatabase, startBenchServer } from './bench-server.ts';

const { values } = parseArgs({ args: scriptArgs(), options: { variables: { type: 'string', default: '10000' }, runs: { type: 'string', default: '3' } } });
const count = Number(values.variables);
const runs = Number(values.runs);

const database = await startBenchDatabase('variables');
const accountId = 'VA-900-002';
await database.prisma.account.create({ data: { id: accountId, name: 'Bench Vendor', type: 'vendor' } });
const { key } = await issueApiKey(database.prisma, { accountId, name: 'bench', role: 'developer' });
await database.prisma.$disconnect();

const book = new ExcelJS.Workbook();
const sheet = book.addWorksheet('Data');
sheet.addRow(['name', 'value', 'secure']);
for (let i = 0; i < count; i++) sheet.addRow([`VARIABLE_${i}`, `value-${i}-${'x'.repeat(40)}`, i % 10 === 0 ? 'yes' : 'no']);
const file = Buffer.from(await book.xlsx.writeBuffer());

const server = await startBenchServer(database);
try {
  const base = server.baseUrl;
  const headers = { authorization: key, 'content-type': 'application/json' };
  const before = await server.memory();
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
    const memory = await server.memory();
    console.log(
      `run ${run}: import ${importMs.toFixed(0)} ms (${imported.status}, ${importedCount} variables), ` +
        `export ${exportMs.toFixed(0)} ms (${exported.status}, ${(exportBytes / 1024).toFixed(0)} KB); server peak ${memory.peakMb} MB, RSS ${memory.rssMb} MB`,
    );
  }
} finally {
  await server.stop();
  await database.stop();
}
