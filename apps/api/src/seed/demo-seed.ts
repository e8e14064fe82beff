import type { PrismaClient } from '../generated/prisma/client.ts';
import { hashPassword } from '../lib/hashing.ts';

/** Demo logins, printed at start and listed in the README. */
export const DEMO_LOGINS = [
  { email: 'vendor@demo.local', password: 'demo-vendor-1', account: 'Globex Corporation (vendor)' },
  { email: 'distributor@demo.local', password: 'demo-distributor-1', account: 'Initech Distribution (distributor)' },
] as const;

/**
 * Seeds a vendor with products and a distributor with a hub, one admin user each — only on an empty
 * database, so restarting never resurrects what a user deleted.
 */
export async function seedDemoData(prisma: PrismaClient): Promise<boolean> {
  if ((await prisma.account.count()) > 0) return false;
  const [vendorLogin, distributorLogin] = DEMO_LOGINS;
  const [vendorHash, distributorHash] = await Promise.all([
    hashPassword(vendorLogin.password),
    hashPassword(distributorLogin.password),
  ]);
  await prisma.$transaction(async (tx) => {
    await tx.account.create({
      data: {
        id: 'VA-100-001',
        name: 'Globex Corporation',
        type: 'vendor',
        products: {
          create: [
            { id: 'PRD-100-001-001', name: 'Fallball Cloud Storage' },
            { id: 'PRD-100-001-002', name: 'Contoso Backup' },
            { id: 'PRD-100-001-003', name: 'Umbrella Antivirus' },
          ],
        },
      },
    });
    await tx.account.create({
      data: { id: 'PA-200-001', name: 'Initech Distribution', type: 'distributor', hubs: { create: [{ id: 'HB-2000-0001', name: 'Initech Main Hub' }] } },
    });
    await tx.user.create({
      data: {
        id: 'UR-100-001-001',
        email: vendorLogin.email,
        name: 'Vera Vendor',
        passwordHash: vendorHash,
        memberships: { create: { accountId: 'VA-100-001', role: 'admin' } },
      },
    });
    await tx.user.create({
      data: {
        id: 'UR-200-001-001',
        email: distributorLogin.email,
        name: 'Dan Distributor',
        passwordHash: distributorHash,
        memberships: { create: { accountId: 'PA-200-001', role: 'admin' } },
      },
    });
  });
  return true;
}
