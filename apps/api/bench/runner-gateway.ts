/**
 * Benchmark: runner connections one API process holds, and the web_task round trip through one runner.
 *   pnpm --filter @devops/api run bench:runners [-- --connections 5000 --duration 15]
 * Idle runner sockets (each with a completed setup) are opened from this process against the real server
 * in its own process; the server's RSS is read from /proc. Then one runner answers web tasks while
 * autocannon calls a custom API route. A script, not a test: it prints figures.
 */
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import WebSocket from 'ws';
import { issueApiKey } from '../src/modules/api-keys/api-keys.service.ts';
import { scriptArgs, startBenchDatabase, startBenchServer } from './bench-server.ts';

const { values } = parseArgs({
  args: scriptArgs(),
  options: { connections: { type: 'string', default: '5000' }, duration: { type: 'string', default: '15' }, environments: { type: 'string', default: '100' } },
});
const connectionCount = Number(values.connections);
const environmentCount = Number(values.environments);

const setupRequest = JSON.stringify({
  version: 2,
  message_type: 'setup_request',
  data: { event_subscriptions: { asset_purchase_request_processing: ['pending'] }, variables: [], schedulables: [], runner_version: 'bench', model_type: 'setup_request' },
});

/** Opens a runner socket and resolves once its setup_response arrived. */
function openRunner(url: string, key: string, onWebTask?: (socket: WebSocket, data: any) => void): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url, { headers: { Authorization: key }, perMessageDeflate: false });
    socket.once('open', () => socket.send(setupRequest));
    socket.on('message', (raw) => {
      const message = JSON.parse(raw.toString());
      if (message.message_type === 'setup_response') resolve(socket);
      else if (message.message_type === 'web_task') onWebTask?.(socket, message.data);
    });
    socket.once('error', reject);
    socket.once('close', (code, reason) => {
      if (onWebTask) console.error(`web application runner closed: ${code} ${reason}`);
      reject(new Error(`closed ${code} ${reason}`));
    });
  });
}

const database = await startBenchDatabase('runners');
const { prisma } = database;
const accountId = 'VA-900-003';
await prisma.account.create({ data: { id: accountId, name: 'Bench Vendor', type: 'vendor' } });
const environments: { extensionId: string; environmentId: string }[] = [];
for (let i = 0; i < environmentCount; i++) {
  const n = String(i).padStart(4, '0');
  const extensionId = `SRVC-9000-${n}`;
  await prisma.extension.create({
    data: { id: extensionId, accountId, type: 'multiaccount', name: `Bench ${n}`, environments: { create: { id: `ENV-9000-${n}-01`, type: 'development', accountId } } },
  });
  environments.push({ extensionId, environmentId: `ENV-9000-${n}-01` });
}
const { key } = await issueApiKey(prisma, { accountId, name: 'bench', role: 'developer' });
await prisma.$disconnect();

const server = await startBenchServer(database);
const sockets: WebSocket[] = [];
try {
  const base = server.baseUrl;
  const idleRss = (await server.memory()).rssMb;
  const wsBase = base.replace('http', 'ws');
  const started = performance.now();
  for (let i = 0; i < connectionCount; i += 100) {
    const batch = Array.from({ length: Math.min(100, connectionCount - i) }, (_, j) => {
      const environment = environments[(i + j) % environments.length]!;
      return openRunner(`${wsBase}/public/v1/devops/ws/${environment.environmentId}/INS-bench-${i + j}?runner_type=background`, key);
    });
    sockets.push(...(await Promise.all(batch)));
  }
  const connectSeconds = (performance.now() - started) / 1000;
  await new Promise((resolve) => setTimeout(resolve, 2000));
  const heldRss = (await server.memory()).rssMb;
  console.log(`runner connections: ${sockets.length} set up in ${connectSeconds.toFixed(1)} s (${(sockets.length / connectSeconds).toFixed(0)}/s)`);
  console.log(`  server RSS: ${idleRss} MB before, ${heldRss} MB holding them (${(((heldRss - idleRss) * 1024) / sockets.length).toFixed(1)} KB per connection)`);

  // One web application runner answering every web task at once.
  const target = environments[0]!;
  await openRunner(`${wsBase}/public/v1/devops/ws/${target.environmentId}/INS-web/webapp?runner_type=webapp`, key, (socket, task) => {
    socket.send(JSON.stringify({ version: 2, message_type: 'web_task', data: { ...task, response: { status: 200, headers: { 'content-type': 'application/json' }, content: Buffer.from('{"ok":true}').toString('base64') } } }));
  });
  const url = `${base}/public/v1/devops/services/${target.extensionId}/environments/${target.environmentId}/api/ping`;
  const probe = await fetch(url, { headers: { authorization: key } });
  if (!probe.ok) throw new Error(`custom API call failed: ${probe.status} ${await probe.text()}`);
  await autocannon({ url, connections: 16, duration: 3, headers: { authorization: key } });
  const result = await autocannon({ url, connections: 16, duration: Number(values.duration), headers: { authorization: key } });
  console.log(`web_task round trips through one runner (16 HTTP connections, ${values.duration} s):`);
  console.log(`  requests/s: ${result.requests.average.toFixed(0)} (non-2xx/errors ${result.non2xx + result.errors + result.timeouts})`);
  console.log(`  latency:    p50 ${result.latency.p50} ms, p90 ${result.latency.p90} ms, p99 ${result.latency.p99} ms`);
} finally {
  for (const socket of sockets) socket.terminate();
  await server.stop();
  await database.stop();
}
