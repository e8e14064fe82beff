import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, existsSync } from 'node:fs';
import { chmod, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startEmbeddedPostgres } from '../../api/src/db/embedded-postgres.ts';
import { freePort } from './free-port.ts';

const webDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const apiDir = path.resolve(webDir, '../api');
const READY_TIMEOUT_MS = 90_000;

const quietLog = { debug: () => {}, info: () => {}, warn: (message: string) => console.warn(`[postgres] ${message}`) };

async function waitForReady(baseUrl: string, server: ChildProcess, logFile: string): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (server.exitCode !== null || server.signalCode !== null) break;
    try {
      const response = await fetch(`${baseUrl}/readyz`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const log = await readFile(logFile, 'utf8').catch(() => '');
  throw new Error(`The API server did not become ready at ${baseUrl}/readyz. Last output:\n${log.split('\n').slice(-40).join('\n')}`);
}

function stopServer(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null || server.signalCode !== null || !server.pid) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => killGroup(server, 'SIGKILL'), 10_000);
    server.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    killGroup(server, 'SIGTERM');
  });
}

function killGroup(server: ChildProcess, signal: NodeJS.Signals) {
  try {
    // The server runs in its own process group (tsx + node): signal the whole group.
    process.kill(-(server.pid as number), signal);
  } catch {
    server.kill(signal);
  }
}

/**
 * Starts a fresh embedded Postgres in a temporary folder and the API server (serving the built SPA)
 * on free ports, seeded with the demo accounts. Specs read E2E_BASE_URL and E2E_DATABASE_URL.
 * With both already set, an existing server is used and nothing is started.
 */
export default async function globalSetup() {
  if (process.env.E2E_BASE_URL && process.env.E2E_DATABASE_URL) return undefined;
  if (!existsSync(path.join(webDir, 'dist', 'index.html'))) {
    throw new Error('The SPA is not built: run `pnpm --filter @devops/web run build` first (the e2e script does).');
  }

  const dataDir = await mkdtemp(path.join(tmpdir(), 'devops-e2e-'));
  // Postgres runs as the `postgres` user when we are root: it must be able to enter the folder.
  await chmod(dataDir, 0o755);
  const [postgresPort, apiPort] = [await freePort(), await freePort()];
  const postgres = await startEmbeddedPostgres({ dataDir, port: postgresPort, log: quietLog, unsafeFastWrites: true });

  const logFile = path.join(dataDir, 'api.log');
  const logStream = createWriteStream(logFile);
  const baseUrl = `http://127.0.0.1:${apiPort}`;
  const server = spawn(path.join(apiDir, 'node_modules/.bin/tsx'), ['src/server.ts'], {
    cwd: apiDir,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      PORT: String(apiPort),
      HOST: '127.0.0.1',
      DATABASE_URL: postgres.url,
      DATA_DIR: dataDir,
      SEED_DEMO: 'true',
      LOG_LEVEL: process.env.E2E_API_LOG_LEVEL ?? 'warn',
      WEB_DIST_DIR: path.join(webDir, 'dist'),
      // Every spec signs in through the login form; the real limit would throttle a parallel run.
      LOGIN_RATE_LIMIT_PER_MINUTE: '10000',
    },
  });
  server.stdout?.pipe(logStream);
  server.stderr?.pipe(logStream);

  try {
    await waitForReady(baseUrl, server, logFile);
  } catch (error) {
    await stopServer(server);
    await postgres.stop();
    throw error;
  }

  process.env.E2E_BASE_URL = baseUrl;
  process.env.E2E_DATABASE_URL = postgres.url;
  process.env.E2E_SERVER_LOG = logFile;

  return async () => {
    await stopServer(server);
    await postgres.stop();
    logStream.end();
    if (process.env.E2E_KEEP_DATA) console.log(`e2e data and server log kept in ${dataDir}`);
    else await rm(dataDir, { recursive: true, force: true });
  };
}
