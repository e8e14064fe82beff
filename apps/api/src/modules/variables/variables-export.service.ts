import type { PrismaClient } from '../../generated/prisma/client.ts';
import type { Caller } from '../auth/caller.ts';
import { requireEnvironment, type EnvironmentRef } from '../environments/require-environment.ts';
import { buildVariablesWorkbook } from './xlsx/build-variables-workbook.ts';

/** The environment's variables as an XLSX workbook; secure values stay out (empty cells, secure = yes). */
export async function exportVariables(prisma: PrismaClient, caller: Caller, ref: EnvironmentRef) {
  const environment = await requireEnvironment(prisma, caller, ref);
  const [extension, variables] = await Promise.all([
    prisma.extension.findFirstOrThrow({
      where: { id: environment.extensionId, accountId: caller.accountId },
      select: { id: true, name: true, products: { select: { product: { select: { id: true, name: true } } }, orderBy: { productId: 'asc' } } },
    }),
    prisma.variable.findMany({
      where: { environmentId: environment.id, accountId: caller.accountId },
      select: { name: true, value: true, secure: true },
      orderBy: { name: 'asc' },
    }),
  ]);
  const workbook = await buildVariablesWorkbook({
    variables: variables.map((variable) => ({ name: variable.name, value: variable.secure ? null : variable.value, secure: variable.secure })),
    info: {
      accountName: caller.accountName,
      accountId: caller.accountId,
      extensionName: extension.name,
      extensionId: extension.id,
      environmentId: environment.id,
      environmentType: environment.type,
      products: extension.products.map(({ product }) => product),
      exportedAt: new Date(),
    },
  });
  return { workbook, fileName: `${environment.id}-variables.xlsx` };
}
