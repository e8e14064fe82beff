import { createHmac, randomBytes } from 'node:crypto';
import { ENVIRONMENT_TYPES } from '@devops/contracts/environments';
import type { ComparedValue, CopyVariablesRequest, Variable as VariableDto, VariableComparison } from '@devops/contracts/variables';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { ConflictError, NotFoundError, ValidationError } from '../../lib/errors.ts';
import { newId } from '../../lib/ids.ts';
import type { SecretBox } from '../../lib/secrets.ts';
import { actorOf, type Caller } from '../auth/caller.ts';
import { environmentLabel } from '../environments/environment-presenter.ts';
import { markConfigurationChanged, recordVariableChanges } from './variable-audit.ts';
import { presentVariable, variableAad } from './variable-presenter.ts';

async function loadExtensionVariables(prisma: PrismaClient, caller: Caller, extensionId: string) {
  const environments = await prisma.environment.findMany({
    where: { extensionId, accountId: caller.accountId },
    select: { id: true, type: true, variables: { orderBy: { name: 'asc' } } },
    orderBy: { id: 'asc' },
  });
  if (environments.length === 0) throw new NotFoundError('Extension', extensionId);
  return environments;
}

/**
 * Each variable name across the three environments. Secure values are compared through fingerprints keyed
 * with a secret made for this response alone, so equal values can be seen as equal without being revealed
 * or guessed from another response.
 */
export async function compareVariables(
  prisma: PrismaClient,
  secrets: SecretBox,
  caller: Caller,
  extensionId: string,
): Promise<VariableComparison> {
  const environments = await loadExtensionVariables(prisma, caller, extensionId);
  const key = randomBytes(32);
  const fingerprint = (value: string) => createHmac('sha256', key).update(value).digest('base64url').slice(0, 16);
  const names = [...new Set(environments.flatMap((environment) => environment.variables.map((variable) => variable.name)))].sort();

  const side = (type: string, name: string): ComparedValue => {
    const environment = environments.find((candidate) => candidate.type === type);
    const variable = environment?.variables.find((candidate) => candidate.name === name);
    if (!environment || !variable) return { present: false, secure: false, value: null, fingerprint: null };
    const plain = variable.secure ? secrets.decrypt(variable.value, variableAad(environment.id, name)) : variable.value;
    return { present: true, secure: variable.secure, value: variable.secure ? null : plain, fingerprint: fingerprint(plain) };
  };

  return {
    environments: environments.map(({ id, type }) => ({ id, type })),
    variables: names.map((name) => {
      const [development, test, production] = ENVIRONMENT_TYPES.map(({ type }) => side(type, name)) as [ComparedValue, ComparedValue, ComparedValue];
      const sides = [development, test, production];
      const status = sides.some((entry) => !entry.present)
        ? 'partial'
        : new Set(sides.map((entry) => entry.fingerprint)).size === 1
          ? 'same'
          : 'different';
      return { name, status, development, test, production };
    }),
  };
}

/** Copies chosen variables between two environments of one extension, in one transaction. */
export async function copyVariables(
  prisma: PrismaClient,
  secrets: SecretBox,
  caller: Caller,
  extensionId: string,
  input: CopyVariablesRequest,
): Promise<VariableDto[]> {
  if (input.from === input.to) throw new ValidationError('to: choose an environment other than the source');
  const environments = await loadExtensionVariables(prisma, caller, extensionId);
  const source = environments.find((environment) => environment.id === input.from);
  const target = environments.find((environment) => environment.id === input.to);
  if (!source) throw new ValidationError(`from: environment ${input.from} is not an environment of ${extensionId}`);
  if (!target) throw new ValidationError(`to: environment ${input.to} is not an environment of ${extensionId}`);

  const names = [...new Set(input.names)];
  const missing = names.filter((name) => !source.variables.some((variable) => variable.name === name));
  if (missing.length > 0) throw new ValidationError(`names: not in the ${environmentLabel(source.type)} environment: ${missing.join(', ')}`);
  const existing = new Map(target.variables.map((variable) => [variable.name, variable]));
  const clashes = names.filter((name) => existing.has(name));
  if (clashes.length > 0 && !input.overwrite) {
    throw new ConflictError(
      `Already in the ${environmentLabel(target.type)} environment: ${clashes.join(', ')}; choose overwrite to replace them`,
      'VARIABLE_EXISTS',
    );
  }

  const actor = actorOf(caller);
  const copied = await prisma.$transaction(async (tx) => {
    const rows = [];
    for (const name of names) {
      const from = source.variables.find((variable) => variable.name === name)!;
      // Secure values are re-encrypted for their new row: the old ciphertext is bound to the source.
      const plain = from.secure ? secrets.decrypt(from.value, variableAad(source.id, name)) : from.value;
      const value = from.secure ? secrets.encrypt(plain, variableAad(target.id, name)) : plain;
      const data = { value, secure: from.secure, updatedById: actor.id, updatedByName: actor.name };
      rows.push(
        await tx.variable.upsert({
          where: { environmentId_name: { environmentId: target.id, name } },
          create: { id: newId.variable(), environmentId: target.id, accountId: caller.accountId, name, createdById: actor.id, createdByName: actor.name, ...data },
          update: data,
        }),
      );
    }
    await recordVariableChanges(
      tx,
      { environmentId: target.id, accountId: caller.accountId },
      actor,
      'copy',
      rows.map((row) => ({ name: row.name, action: existing.has(row.name) ? 'changed' : 'created', secure: row.secure })),
    );
    await markConfigurationChanged(tx, target.id);
    return rows;
  });
  return copied.map(presentVariable);
}
