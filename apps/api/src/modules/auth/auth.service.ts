import type { SessionInfo } from '@devops/contracts/auth';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { NotFoundError, UnauthorizedError } from '../../lib/errors.ts';
import { hashPassword, randomToken, sha256, verifyPassword } from '../../lib/hashing.ts';

// Compared against when the email is unknown, so a wrong email costs as long as a wrong password.
const dummyHash = hashPassword('not-a-real-password');

export async function logIn(
  prisma: PrismaClient,
  input: { email: string; password: string; ttlHours: number },
): Promise<{ token: string; info: SessionInfo }> {
  const user = await prisma.user.findUnique({
    where: { email: input.email },
    include: { memberships: { include: { account: true }, orderBy: { createdAt: 'asc' } } },
  });
  const isValid = await verifyPassword(input.password, user?.passwordHash ?? (await dummyHash));
  if (!user || !isValid) throw new UnauthorizedError('Wrong email or password', 'INVALID_CREDENTIALS');
  const first = user.memberships[0];
  if (!first) throw new UnauthorizedError('This user is not a member of any account', 'NO_ACCOUNT');

  const token = randomToken();
  const csrfToken = randomToken(24);
  await prisma.session.create({
    data: {
      tokenHash: sha256(token),
      userId: user.id,
      accountId: first.accountId,
      csrfToken,
      expiresAt: new Date(Date.now() + input.ttlHours * 3600_000),
    },
  });
  return { token, info: await describeSession(prisma, sha256(token)) };
}

export async function logOut(prisma: PrismaClient, tokenHash: string): Promise<void> {
  await prisma.session.deleteMany({ where: { tokenHash } });
}

export async function describeSession(prisma: PrismaClient, tokenHash: string): Promise<SessionInfo> {
  const session = await prisma.session.findUniqueOrThrow({
    where: { tokenHash },
    include: { user: { include: { memberships: { include: { account: true }, orderBy: { createdAt: 'asc' } } } } },
  });
  const accounts = session.user.memberships.map((membership) => ({
    id: membership.account.id,
    name: membership.account.name,
    type: membership.account.type,
    role: membership.role,
  }));
  const account = accounts.find((candidate) => candidate.id === session.accountId);
  if (!account) throw new UnauthorizedError('You are no longer a member of this account', 'SESSION_EXPIRED');
  return {
    user: { id: session.user.id, name: session.user.name, email: session.user.email },
    account,
    accounts,
    csrf_token: session.csrfToken,
  };
}

export async function switchAccount(prisma: PrismaClient, tokenHash: string, userId: string, accountId: string) {
  const membership = await prisma.membership.findUnique({ where: { userId_accountId: { userId, accountId } } });
  if (!membership) throw new NotFoundError('Account', accountId);
  await prisma.session.update({ where: { tokenHash }, data: { accountId } });
  return describeSession(prisma, tokenHash);
}
