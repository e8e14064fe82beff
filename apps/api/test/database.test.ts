import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from './database.ts';

describe('createTestDatabase', () => {
  let first: TestDatabase;
  let second: TestDatabase;
  beforeAll(async () => {
    [first, second] = await Promise.all([createTestDatabase(), createTestDatabase()]);
  });
  afterAll(async () => {
    await Promise.all([first?.drop(), second?.drop()]);
  });

  it('gives a migrated database the Prisma client can write and read', async () => {
    await first.prisma.account.create({ data: { id: 'VA-000-001', name: 'Smoke Vendor', type: 'vendor' } });
    const read = await first.prisma.account.findUnique({ where: { id: 'VA-000-001' } });
    expect(read).toMatchObject({ id: 'VA-000-001', name: 'Smoke Vendor', type: 'vendor' });
    expect(read?.createdAt).toBeInstanceOf(Date);
  });

  it('gives every caller a database of its own', async () => {
    expect(second.url).not.toBe(first.url);
    await second.prisma.account.create({ data: { id: 'VA-000-002', name: 'Other', type: 'reseller' } });
    expect(await first.prisma.account.findUnique({ where: { id: 'VA-000-002' } })).toBeNull();
    expect(await second.prisma.account.count()).toBe(1);
  });

  it('drops the database', async () => {
    const doomed = await createTestDatabase();
    await doomed.drop();
    await doomed.drop(); // idempotent
    const { prisma } = await createTestDatabase();
    const rows = await prisma.$queryRaw<Array<{ exists: boolean }>>`
      SELECT EXISTS (SELECT 1 FROM pg_database WHERE datname = ${new URL(doomed.url).pathname.slice(1)}) AS "exists"`;
    expect(rows[0]?.exists).toBe(false);
    await prisma.$disconnect();
  });
});
