import { existsSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { DbLogger } from './logger.ts';

export interface RunningPostmaster {
  pid: number;
  port: number;
}

/**
 * Makes a cluster directory startable after an unclean end of the previous run, and reports a server that
 * another live process is still using.
 *
 * A kill -9 of the console does not kill the Postgres it spawned: the server lives on as an orphan holding
 * the port and `postmaster.pid`, and the next start would fail on the lock file. A kill of the whole
 * process tree (or a container restart) leaves a stale `postmaster.pid` instead; Postgres ignores that
 * itself unless its PID now belongs to another process, which is common in containers where PIDs start
 * again from 1. The owner file (the PID of the process that started the server) tells the cases apart:
 * a postmaster whose parent is still the recorded owner is in use; any other postmaster is an orphan.
 *
 * Linux-only (/proc); elsewhere the lock file is left for Postgres to judge.
 */
export async function stopOrphanedPostmaster(options: {
  clusterDir: string;
  ownerFile: string;
  log: DbLogger;
}): Promise<RunningPostmaster | undefined> {
  const { clusterDir, ownerFile, log } = options;
  const pidFile = path.join(clusterDir, 'postmaster.pid');
  if (!existsSync('/proc/self/stat')) return undefined;
  const lock = await readPostmasterPid(pidFile);
  if (!lock) return undefined;

  if (!(await isPostmasterOf(lock.pid, clusterDir))) {
    log.warn(`Removing a stale postmaster.pid (pid ${lock.pid} is no Postgres serving ${clusterDir})`);
    await rm(pidFile, { force: true });
    return undefined;
  }
  const owner = Number.parseInt(await readFile(ownerFile, 'utf8').catch(() => ''), 10);
  if (owner > 0 && (await parentPid(lock.pid)) === owner && (await isAlive(owner))) return lock;

  log.warn(`Stopping an orphaned embedded Postgres (pid ${lock.pid}) left behind by a killed process`);
  await stopProcess(lock.pid);
  // Fast shutdown removes the lock file; the harsher signals may not.
  await rm(pidFile, { force: true });
  return undefined;
}

async function readPostmasterPid(pidFile: string): Promise<RunningPostmaster | undefined> {
  let content: string;
  try {
    content = await readFile(pidFile, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  // Line 1 is the postmaster's PID, line 4 its port (see Postgres' miscadmin.h, LOCK_FILE_LINE_*).
  const lines = content.split('\n');
  return { pid: Number.parseInt(lines[0] ?? '', 10) || 0, port: Number.parseInt(lines[3] ?? '', 10) || 0 };
}

async function procStat(pid: number): Promise<{ state: string; ppid: number } | undefined> {
  if (pid <= 0) return undefined;
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => undefined);
  if (!stat) return undefined;
  // "pid (comm) state ppid …"; comm may itself contain spaces and parentheses.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return { state: fields[0] ?? '', ppid: Number(fields[1]) };
}

/** Zombies count as dead: an orphan's new parent need not reap it. */
async function isAlive(pid: number): Promise<boolean> {
  const stat = await procStat(pid);
  return stat !== undefined && stat.state !== 'Z' && stat.state !== 'X';
}

async function parentPid(pid: number): Promise<number | undefined> {
  return (await procStat(pid))?.ppid;
}

async function isPostmasterOf(pid: number, clusterDir: string): Promise<boolean> {
  if (!(await isAlive(pid))) return false;
  const cmdline = await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '');
  const argv = cmdline.split('\0');
  return path.basename(argv[0] ?? '') === 'postgres' && argv.some((arg) => path.resolve(arg) === path.resolve(clusterDir));
}

/** Fast shutdown first (clean), then immediate shutdown, then SIGKILL (both recovered at next start). */
async function stopProcess(pid: number): Promise<void> {
  const attempts: Array<[NodeJS.Signals, number]> = [
    ['SIGINT', 15_000],
    ['SIGQUIT', 5_000],
    ['SIGKILL', 5_000],
  ];
  for (const [signal, waitMs] of attempts) {
    try {
      process.kill(pid, signal);
    } catch {
      return; // already gone
    }
    for (const deadline = Date.now() + waitMs; Date.now() < deadline; await sleep(50)) {
      if (!(await isAlive(pid))) return;
    }
  }
  throw new Error(`Could not stop the orphaned Postgres process ${pid}`);
}
