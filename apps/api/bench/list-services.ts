/**
 * Benchmark: GET /public/v1/devops/services?limit=100 with 10,000 extensions in the database,
 * 50 concurrent connections, against the real server in its own process on a fresh embedded Postgres.
 *   pnpm --filter @devops/api run bench:list [-- --duration 20 --connections 50 --extensions 10000 --no-cache]
 * Prints requests/s and latency percentiles. A script, not a test: nothing is asserted.
 */
import os from 'node:os';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { issueApiKey } from '../src/modules/api-keys/api-keys.service.ts';
import { scriptArgs, startBenchDatabase, startBenchServer } from './bench-server.ts';

const { values } = parseArgs({
  args: scriptArgs(),
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

const database = await startBenchDatabase('list');
const { prisma } = database;
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
      (['development', 'test', 'production'] as const).map((type, i) => ({ id: `ENV-${id.slice(5)}-0${i + 1}`, extensionId: id, accountId, type })),
    ),
  });
}
await prisma.$executeRawUnsafe('ANALYZE');
const { key } = await issueApiKey(prisma, { accountId, name: 'bench', role: 'developer' });
await prisma.$disconnect();
console.log(`seeded in ${((performance.now() - seedStart) / 1000).toFixed(1)} s`);

const server = await startBenchServer(database, { LIST_CACHE: values['no-cache'] ? 'false' : 'true' });
try {
  const url = `${server.baseUrl}/public/v1/devops/services?limit=100`;
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
  await server.stop();
  await database.stop();
}
