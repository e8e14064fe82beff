import type { Config } from './config/config.ts';
import type { PrismaClient } from './generated/prisma/client.ts';
import type { ChangeFeed } from './lib/change-feed.ts';
import type { PageCache } from './lib/page-cache.ts';
import type { SecretBox } from './lib/secrets.ts';
import type { ApiKeyAuthenticator } from './modules/auth/authenticate.ts';

/** Everything route plugins and services need, built once by the server (or a test) and passed in. */
export interface AppDeps {
  config: Config;
  prisma: PrismaClient;
  secrets: SecretBox;
  apiKeys: ApiKeyAuthenticator;
  /** Account changes from every API process (database notifications). */
  changeFeed: ChangeFeed;
  /** Null when LIST_CACHE is off: every list is read from the database. */
  pageCache: PageCache | null;
}
