import pg from 'pg';

/** The NOTIFY channel the account-change triggers write to (see the account_change_notifications migration). */
export const CHANGES_CHANNEL = 'devops_changes';

export interface ChangeFeed {
  /**
   * A token that changes whenever the account's data may have changed (or notifications may have been
   * missed). Read it before loading, compare after: equal means nothing changed in between.
   */
  versionOf(accountId: string): string;
  /**
   * Records a change made by this process at once, without waiting for its notification to come back,
   * so a client reading right after its own write sees it.
   */
  touch(accountId: string): void;
  /** Calls `listener` with the account id of every change; returns the unsubscribe function. */
  subscribe(listener: (accountId: string | null) => void): () => void;
  /** Also LISTENs on another channel of the same connection (kept across reconnects). */
  listen(channel: string, handler: (payload: string) => void): Promise<void>;
  close(): Promise<void>;
}

interface Log {
  warn(object: object, message: string): void;
}

/**
 * LISTENs on a dedicated connection for account changes raised by database triggers. While the connection
 * is down, nothing can be trusted to be fresh: every version token changes at each (re)connect, and
 * `isLive` is false so callers skip caching.
 */
export async function startChangeFeed(databaseUrl: string, log: Log): Promise<ChangeFeed & { isLive(): boolean }> {
  const counters = new Map<string, number>();
  const listeners = new Set<(accountId: string | null) => void>();
  const channels = new Map<string, (payload: string) => void>();
  let epoch = 0;
  let client: pg.Client | null = null;
  let isClosed = false;
  let retryDelay = 250;
  let retryTimer: NodeJS.Timeout | undefined;

  function recordChange(accountId: string): void {
    counters.set(accountId, (counters.get(accountId) ?? 0) + 1);
    for (const listener of listeners) listener(accountId);
  }

  function invalidateAll(): void {
    epoch += 1;
    counters.clear();
    for (const listener of listeners) listener(null);
  }

  async function connect(): Promise<void> {
    const next = new pg.Client({ connectionString: databaseUrl });
    next.on('notification', (message) => {
      if (!message.payload) return;
      if (message.channel === CHANGES_CHANNEL) recordChange(message.payload);
      else channels.get(message.channel)?.(message.payload);
    });
    next.on('error', (error) => {
      log.warn({ err: error }, 'change feed connection failed; reconnecting');
      drop(next);
    });
    next.on('end', () => drop(next));
    await next.connect();
    for (const channel of [CHANGES_CHANNEL, ...channels.keys()]) await next.query(`LISTEN ${channel}`);
    client = next;
    retryDelay = 250;
    invalidateAll();
  }

  function drop(failed: pg.Client): void {
    if (client !== failed) return;
    client = null;
    invalidateAll();
    failed.end().catch(() => undefined);
    scheduleReconnect();
  }

  function scheduleReconnect(): void {
    if (isClosed || retryTimer) return;
    retryTimer = setTimeout(() => {
      retryTimer = undefined;
      connect().catch((error: unknown) => {
        log.warn({ err: error }, 'change feed could not reconnect');
        retryDelay = Math.min(retryDelay * 2, 10_000);
        scheduleReconnect();
      });
    }, retryDelay);
    retryTimer.unref();
  }

  await connect();

  return {
    versionOf: (accountId) => `${epoch}:${counters.get(accountId) ?? 0}`,
    isLive: () => client !== null,
    touch: recordChange,
    async listen(channel, handler) {
      if (!/^[a-z_]+$/.test(channel)) throw new Error(`Invalid channel name ${channel}`);
      channels.set(channel, handler);
      await client?.query(`LISTEN ${channel}`);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async close() {
      isClosed = true;
      clearTimeout(retryTimer);
      const current = client;
      client = null;
      await current?.end().catch(() => undefined);
    },
  };
}
