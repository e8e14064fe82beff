import type { ChangeFeed } from './change-feed.ts';

export interface CachedPage {
  /** The serialized JSON array, sent as-is. */
  body: string;
  contentRange: string;
}

interface Entry extends CachedPage {
  version: string;
  expiresAt: number;
}

/**
 * Serialized list pages per account, dropped as soon as the change feed reports a change to the account.
 * A page loaded while a change arrived is served but not kept, so the cache never holds stale data for
 * longer than the notification takes; the TTL is only a backstop.
 */
export function createPageCache(
  feed: ChangeFeed & { isLive(): boolean },
  options: { maxEntriesPerAccount?: number; maxAccounts?: number; ttlMs?: number } = {},
) {
  const { maxEntriesPerAccount = 200, maxAccounts = 2_000, ttlMs = 60_000 } = options;
  const byAccount = new Map<string, Map<string, Entry>>();

  feed.subscribe((accountId) => {
    if (accountId === null) byAccount.clear();
    else byAccount.delete(accountId);
  });

  async function getOrLoad(accountId: string, key: string, load: () => Promise<CachedPage>): Promise<CachedPage> {
    const now = Date.now();
    const pages = byAccount.get(accountId);
    const hit = pages?.get(key);
    if (hit && hit.expiresAt > now && hit.version === feed.versionOf(accountId)) return hit;

    const versionBefore = feed.versionOf(accountId);
    const page = await load();
    if (feed.isLive() && feed.versionOf(accountId) === versionBefore) {
      const accountPages = byAccount.get(accountId) ?? new Map<string, Entry>();
      if (accountPages.size >= maxEntriesPerAccount) accountPages.delete(accountPages.keys().next().value!);
      accountPages.set(key, { ...page, version: versionBefore, expiresAt: now + ttlMs });
      if (!byAccount.has(accountId) && byAccount.size >= maxAccounts) byAccount.delete(byAccount.keys().next().value!);
      byAccount.set(accountId, accountPages);
    }
    return page;
  }

  return { getOrLoad };
}

export type PageCache = ReturnType<typeof createPageCache>;
