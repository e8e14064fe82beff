import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { AccountType, PrismaClient, Role } from '../src/generated/prisma/client.ts';
import { hashPassword } from '../src/lib/hashing.ts';
import { newId } from '../src/lib/ids.ts';
import { issueApiKey } from '../src/modules/api-keys/api-keys.service.ts';

// One hash for every test user: scrypt is deliberately slow.
const PASSWORD = 'test-password-1';
const passwordHash = hashPassword(PASSWORD);

export interface TestAccount {
  accountId: string;
  userEmail: string;
  password: string;
  /** `Authorization` header value of an API key with the account's given role. */
  apiKey: string;
  productIds: string[];
  hubIds: string[];
}

/** An account with a user, an API key, and (by type) two products or a hub; all ids unique. */
export async function createAccount(
  prisma: PrismaClient,
  options: { type?: AccountType; role?: Role } = {},
): Promise<TestAccount> {
  const type = options.type ?? 'vendor';
  const role = options.role ?? 'admin';
  const accountId = type === 'vendor' ? newId.vendorAccount() : newId.partnerAccount();
  const productIds = type === 'vendor' ? [newId.product(), newId.product()] : [];
  const hubIds = type === 'vendor' ? [] : [newId.hub()];
  const email = `user-${randomUUID()}@test.local`;
  await prisma.account.create({
    data: {
      id: accountId,
      name: `Account ${accountId}`,
      type,
      products: { create: productIds.map((id, index) => ({ id, name: `Product ${index + 1}` })) },
      hubs: { create: hubIds.map((id) => ({ id, name: `Hub ${id}` })) },
    },
  });
  await prisma.user.create({
    data: {
      id: newId.user(),
      email,
      name: `User of ${accountId}`,
      passwordHash: await passwordHash,
      memberships: { create: { accountId, role } },
    },
  });
  const { key } = await issueApiKey(prisma, { accountId, name: 'test', role });
  return { accountId, userEmail: email, password: PASSWORD, apiKey: key, productIds, hubIds };
}

/** Logs in through the API; returns the headers a browser would send on mutations. */
export async function logInAs(app: FastifyInstance, account: Pick<TestAccount, 'userEmail' | 'password'>) {
  const response = await app.inject({
    method: 'POST',
    url: '/public/v1/auth/login',
    payload: { email: account.userEmail, password: account.password },
  });
  if (response.statusCode !== 200) throw new Error(`login failed: ${response.body}`);
  const cookie = response.cookies.find((candidate) => candidate.name === 'devops_session');
  const csrf = (response.json() as { csrf_token: string }).csrf_token;
  return { cookie: `devops_session=${cookie!.value}`, csrf };
}

/** A minimal valid PNG (1×1), as a data URL. */
export const tinyPngDataUrl =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

export interface CreatedExtension {
  id: string;
  dev: string;
  test: string;
  prod: string;
}

/** Creates an extension through the API, as a client would; fails the test if the API refuses. */
export async function createExtensionViaApi(
  app: FastifyInstance,
  account: Pick<TestAccount, 'apiKey'>,
  payload: Record<string, unknown> = { name: 'Test extension', type: 'multiaccount' },
): Promise<CreatedExtension> {
  const response = await app.inject({ method: 'POST', url: '/public/v1/devops/services', headers: { authorization: account.apiKey }, payload });
  if (response.statusCode !== 201) throw new Error(`creating the extension failed: ${response.body}`);
  const { id, environments } = response.json() as { id: string; environments: Record<'development' | 'test' | 'production', { id: string }> };
  return { id, dev: environments.development.id, test: environments.test.id, prod: environments.production.id };
}
