/**
 * Operator commands, run where the server's configuration is (same DATABASE_URL / DATA_DIR):
 *   pnpm --filter @devops/api run cli create-api-key --account VA-100-001 --name ci [--role developer] [--environment ENV-…]
 *   pnpm --filter @devops/api run cli create-account --name "Acme" --type vendor
 *   pnpm --filter @devops/api run cli create-user --account VA-… --email a@b.c --name "Ann" --role admin   (password from stdin or --password)
 *   pnpm --filter @devops/api run cli rotate-encryption-key      (key kept in DATA_DIR: new key, re-encrypt, drop the old)
 *   pnpm --filter @devops/api run cli reencrypt-secrets          (ENCRYPTION_KEY=new, ENCRYPTION_PREVIOUS_KEYS=old)
 * The API key is printed once, to stdout alone, so CI can capture it: KEY=$(pnpm -s … create-api-key …).
 * Restart running servers after a rotation: they hold the keys they started with.
 */
import { parseArgs } from 'node:util';
import { Role, AccountType } from '@devops/contracts/common';
import { loadConfig } from './config/config.ts';
import { openDatabase } from './db/database.ts';
import { consoleLogger } from './db/logger.ts';
import { releaseExitHooks } from './db/release-exit-hooks.ts';
import { hashPassword } from './lib/hashing.ts';
import { newId, withUniqueId } from './lib/ids.ts';
import { reencryptSecrets } from './lib/reencrypt-secrets.ts';
import { addKeyToFile, dropOldKeysFromFile, loadSecretBox } from './lib/secrets.ts';
import { issueApiKey } from './modules/api-keys/api-keys.service.ts';

const [command, ...rest] = process.argv.slice(2);
const { values } = parseArgs({
  args: rest,
  options: {
    account: { type: 'string' },
    name: { type: 'string' },
    role: { type: 'string', default: 'developer' },
    environment: { type: 'string' },
    type: { type: 'string' },
    email: { type: 'string' },
    password: { type: 'string' },
  },
});

function required(name: keyof typeof values): string {
  const value = values[name];
  if (typeof value !== 'string' || value.trim() === '') fail(`--${name} is required`);
  return value as string;
}

class UsageError extends Error {}

function fail(message: string): never {
  throw new UsageError(message);
}

async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) return '';
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8').trim();
}

const commands = ['create-api-key', 'create-account', 'create-user', 'rotate-encryption-key', 'reencrypt-secrets'];
if (!command || !commands.includes(command)) {
  console.error(`usage: cli <${commands.join('|')}> [options] (see the README)`);
  process.exit(2);
}

const config = loadConfig();
// Messages go to stderr so stdout carries only the result.
const log = { ...consoleLogger, info: (message: string) => console.error(message) };
releaseExitHooks();
const database = await openDatabase(config, log);
const { prisma } = database;

try {
  if (command === 'create-api-key') {
    const accountId = required('account');
    const role = Role.safeParse(values.role);
    if (!role.success) fail('--role must be admin, developer or viewer');
    if (!(await prisma.account.findUnique({ where: { id: accountId } }))) fail(`account ${accountId} does not exist`);
    const created = await issueApiKey(prisma, {
      accountId,
      name: required('name'),
      role: role.data,
      environmentId: values.environment ?? null,
    });
    console.log(created.key);
  } else if (command === 'create-account') {
    const type = AccountType.safeParse(values.type);
    if (!type.success) fail('--type must be vendor, distributor or reseller');
    const account = await withUniqueId(type.data === 'vendor' ? newId.vendorAccount : newId.partnerAccount, async (id) =>
      prisma.account.create({ data: { id, name: required('name'), type: type.data } }),
    );
    console.log(account.id);
  } else if (command === 'rotate-encryption-key') {
    if (config.ENCRYPTION_KEY) {
      fail('ENCRYPTION_KEY is set: set it to a new key, put the old one in ENCRYPTION_PREVIOUS_KEYS, run reencrypt-secrets, then remove ENCRYPTION_PREVIOUS_KEYS');
    }
    loadSecretBox({ dataDir: config.DATA_DIR }); // creates the key file on a fresh data folder
    const secrets = addKeyToFile(config.DATA_DIR);
    const counts = await reencryptSecrets(prisma, secrets);
    dropOldKeysFromFile(config.DATA_DIR);
    console.log(`Re-encrypted ${counts.variables} secure variables and the secrets of ${counts.environments} environments with key ${secrets.currentKeyId}; restart running servers.`);
  } else if (command === 'reencrypt-secrets') {
    const secrets = loadSecretBox({ configuredKey: config.ENCRYPTION_KEY, previousKeys: config.ENCRYPTION_PREVIOUS_KEYS, dataDir: config.DATA_DIR });
    const counts = await reencryptSecrets(prisma, secrets);
    console.log(`Re-encrypted ${counts.variables} secure variables and the secrets of ${counts.environments} environments with key ${secrets.currentKeyId}.`);
  } else {
    const role = Role.safeParse(values.role);
    if (!role.success) fail('--role must be admin, developer or viewer');
    const accountId = required('account');
    const password = values.password ?? (await readStdin());
    if (password.length < 8) fail('the password (from --password or stdin) must be at least 8 characters');
    const user = await withUniqueId(newId.user, async (id) =>
      prisma.user.create({
        data: {
          id,
          email: required('email').toLowerCase(),
          name: required('name'),
          passwordHash: await hashPassword(password),
          memberships: { create: { accountId, role: role.data } },
        },
      }),
    );
    console.log(user.id);
  }
} catch (error) {
  if (!(error instanceof UsageError)) throw error;
  console.error(`error: ${error.message}`);
  process.exitCode = 2;
} finally {
  await database.close();
}
