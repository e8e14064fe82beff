import type { Config } from './config/config.ts';
import type { PrismaClient } from './generated/prisma/client.ts';
import type { SecretBox } from './lib/secrets.ts';
import type { ApiKeyAuthenticator } from './modules/auth/authenticate.ts';

/** Everything route plugins and services need, built once by the server (or a test) and passed in. */
export interface AppDeps {
  config: Config;
  prisma: PrismaClient;
  secrets: SecretBox;
  apiKeys: ApiKeyAuthenticator;
}
