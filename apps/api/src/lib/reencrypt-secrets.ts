import type { PrismaClient } from '../generated/prisma/client.ts';
import { gitAuthAad, jwtSecretAad } from '../modules/environments/environment-presenter.ts';
import { variableAad } from '../modules/variables/variable-presenter.ts';
import type { SecretBox } from './secrets.ts';

const keyIdOfSealed = (sealed: string) => sealed.split(':')[1];

/**
 * Re-encrypts every secret at rest (secure variables, JWT secrets, Git credentials) that is not under the
 * box's current key, in one transaction: afterwards the older keys can be dropped.
 */
export async function reencryptSecrets(prisma: PrismaClient, secrets: SecretBox): Promise<{ variables: number; environments: number }> {
  const isStale = (sealed: string | null) => sealed !== null && keyIdOfSealed(sealed) !== secrets.currentKeyId;
  const reseal = (sealed: string, aad: string) => secrets.encrypt(secrets.decrypt(sealed, aad), aad);

  return prisma.$transaction(
    async (tx) => {
      const variables = (await tx.variable.findMany({ where: { secure: true }, select: { id: true, environmentId: true, name: true, value: true } })).filter(
        (variable) => isStale(variable.value),
      );
      for (const variable of variables) {
        await tx.variable.update({ where: { id: variable.id }, data: { value: reseal(variable.value, variableAad(variable.environmentId, variable.name)) } });
      }
      const environments = (await tx.environment.findMany({ select: { id: true, jwtSecret: true, gitAuth: true } })).filter(
        (environment) => isStale(environment.jwtSecret) || isStale(environment.gitAuth),
      );
      for (const environment of environments) {
        await tx.environment.update({
          where: { id: environment.id },
          data: {
            ...(isStale(environment.jwtSecret) && { jwtSecret: reseal(environment.jwtSecret!, jwtSecretAad(environment.id)) }),
            ...(isStale(environment.gitAuth) && { gitAuth: reseal(environment.gitAuth!, gitAuthAad(environment.id)) }),
          },
        });
      }
      return { variables: variables.length, environments: environments.length };
    },
    { timeout: 10 * 60_000 },
  );
}
