import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../test/postgres-admin.ts';
import { startEmbeddedPostgres } from './embedded-postgres.ts';
import type { DbLogger } from './logger.ts';

const apiDir = fileURLToPath(new URL('../..', import.meta.url));
const modulePath = fileURLToPath(new URL('./embedded-postgres.ts', import.meta.url));

function recordingLogger(): DbLogger & { warnings: string[]; infos: string[] } {
  const warnings: string[] = [];
  const infos: string[] = [];
  return { warnings, infos, debug: () => {}, info: (m) => infos.push(m), warn: (m) => warnings.push(m) };
}

async function query(url: string, sql: string): Promise<unknown[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

/** Another Node process running the console's embedded Postgres, like `pnpm dev` would. */
async function startInChildProcess(dataDir: string, port: number): Promise<{ child: ChildProcess; url: string }> {
  const script = `import(${JSON.stringify(modulePath)}).then(({ startEmbeddedPostgres }) =>
    startEmbeddedPostgres({ dataDir: ${JSON.stringify(dataDir)}, port: ${port}, log: { debug() {}, info() {}, warn() {} } }))
    .then((server) => { console.log('READY ' + server.url); setInterval(() => {}, 1 << 30); })`;
  const child = spawn(process.execPath, ['--import', 'tsx', '-e', script], { cwd: apiDir, stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /READY (\S+)/.exec(output);
      if (match?.[1]) resolve(match[1]);
    });
    child.on('exit', (code) => reject(new Error(`child exited with ${code}: ${output}`)));
  });
  return { child, url };
}

describe('startEmbeddedPostgres', () => {
  let dataDir: string;
  let port: number;
  const children: ChildProcess[] = [];
  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'embedded-postgres-test-'));
    port = await freePort();
  });
  afterAll(async () => {
    for (const child of children) child.kill('SIGKILL');
    // Stops an orphan the kill may have left behind, then the cluster itself.
    await (await startEmbeddedPostgres({ dataDir, port, log: recordingLogger() }).catch(() => undefined))?.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('initialises a cluster on first use, with a private password and a devops database', async () => {
    const server = await startEmbeddedPostgres({ dataDir, port, log: recordingLogger() });
    try {
      expect(server.url).toMatch(new RegExp(`^postgresql://postgres:.+@127\\.0\\.0\\.1:${port}/devops$`));
      expect(await query(server.url, 'SELECT current_database() AS name')).toEqual([{ name: 'devops' }]);
      await query(server.url, 'CREATE TABLE kept (value TEXT); INSERT INTO kept VALUES (\'first run\')');
      expect((await stat(path.join(dataDir, 'postgres-password'))).mode & 0o777).toBe(0o600);
      expect(await readFile(path.join(dataDir, 'postgres', 'PG_VERSION'), 'utf8')).toMatch(/^17/);
    } finally {
      await server.stop();
    }
    await expect(query(server.url, 'SELECT 1')).rejects.toThrow(/ECONNREFUSED/);
  });

  it('starts the existing cluster again without re-initialising it', async () => {
    const password = await readFile(path.join(dataDir, 'postgres-password'), 'utf8');
    const log = recordingLogger();
    const server = await startEmbeddedPostgres({ dataDir, port, log });
    try {
      expect(await query(server.url, 'SELECT value FROM kept')).toEqual([{ value: 'first run' }]);
      expect(await readFile(path.join(dataDir, 'postgres-password'), 'utf8')).toBe(password);
      expect(log.infos.join('\n')).not.toMatch(/Initialising/);
    } finally {
      await server.stop();
    }
  });

  it('joins a server another live process runs, and leaves it running on stop', async () => {
    const running = await startInChildProcess(dataDir, port);
    children.push(running.child);
    const log = recordingLogger();
    const joined = await startEmbeddedPostgres({ dataDir, port, log });
    expect(joined.url).toBe(running.url);
    expect(log.infos.join('\n')).toMatch(/already running/);
    await joined.stop();
    expect(await query(running.url, 'SELECT value FROM kept')).toEqual([{ value: 'first run' }]);
  });

  it('still starts after the process that ran it was killed with kill -9', async () => {
    const running = children.at(-1)!;
    running.kill('SIGKILL');
    await new Promise((resolve) => running.once('exit', resolve));
    // The orphaned server is still up, holding the port and postmaster.pid.
    const lockedPid = Number.parseInt(await readFile(path.join(dataDir, 'postgres', 'postmaster.pid'), 'utf8'), 10);
    expect(() => process.kill(lockedPid, 0)).not.toThrow();

    const log = recordingLogger();
    const server = await startEmbeddedPostgres({ dataDir, port, log });
    try {
      expect(log.warnings.join('\n')).toMatch(/orphaned/);
      expect(await query(server.url, 'SELECT value FROM kept')).toEqual([{ value: 'first run' }]);
    } finally {
      await server.stop();
    }
  });

  it('ignores a stale postmaster.pid whose PID now belongs to another process', async () => {
    const other = spawn('sleep', ['30']);
    children.push(other);
    await writeFile(path.join(dataDir, 'postgres', 'postmaster.pid'), `${other.pid}\n${dataDir}/postgres\n0\n${port}\n`);
    const log = recordingLogger();
    const server = await startEmbeddedPostgres({ dataDir, port, log });
    try {
      expect(log.warnings.join('\n')).toMatch(/stale postmaster.pid/);
      expect(await query(server.url, 'SELECT value FROM kept')).toEqual([{ value: 'first run' }]);
    } finally {
      await server.stop();
    }
  });

  it('initialises over the leftovers of an interrupted initdb', async () => {
    const fresh = await mkdtemp(path.join(os.tmpdir(), 'embedded-postgres-test-'));
    try {
      await mkdir(path.join(fresh, 'postgres', 'base'), { recursive: true });
      const server = await startEmbeddedPostgres({ dataDir: fresh, port: await freePort(), log: recordingLogger() });
      await server.stop();
      expect(await readFile(path.join(fresh, 'postgres', 'PG_VERSION'), 'utf8')).toMatch(/^17/);
    } finally {
      await rm(fresh, { recursive: true, force: true });
    }
  });
});
