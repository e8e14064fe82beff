import type { CreateVariableRequest, UpdateVariableRequest, Variable as VariableDto } from '@devops/contracts/variables';
import type { Prisma, PrismaClient } from '../../generated/prisma/client.ts';
import { ConflictError, NotFoundError, ValidationError } from '../../lib/errors.ts';
import { newId } from '../../lib/ids.ts';
import type { SecretBox } from '../../lib/secrets.ts';
import { actorOf, type Caller } from '../auth/caller.ts';
import { requireEnvironment, type EnvironmentRef } from '../environments/require-environment.ts';
import { markConfigurationChanged, recordVariableChanges } from './variable-audit.ts';
import { presentVariable, variableAad } from './variable-presenter.ts';

export async function listVariables(
  prisma: PrismaClient,
  caller: Caller,
  ref: EnvironmentRef,
  query: { where: Prisma.VariableWhereInput; orderBy: Prisma.VariableOrderByWithRelationInput[]; take: number; skip: number },
): Promise<{ items: VariableDto[]; total: number }> {
  const environment = await requireEnvironment(prisma, caller, ref);
  const where = { AND: [query.where, { environmentId: environment.id, accountId: caller.accountId }] };
  const [rows, total] = await Promise.all([
    query.take === 0 ? Promise.resolve([]) : prisma.variable.findMany({ where, orderBy: query.orderBy, take: query.take, skip: query.skip }),
    prisma.variable.count({ where }),
  ]);
  return { items: rows.map(presentVariable), total };
}

export async function createVariable(
  prisma: PrismaClient,
  secrets: SecretBox,
  caller: Caller,
  ref: EnvironmentRef,
  input: CreateVariableRequest,
): Promise<VariableDto> {
  const environment = await requireEnvironment(prisma, caller, ref);
  const actor = actorOf(caller);
  const value = input.secure ? secrets.encrypt(input.value, variableAad(environment.id, input.name)) : input.value;
  try {
    const row = await prisma.$transaction(async (tx) => {
      // 10^12 ids: a collision is negligible, and a retry is impossible inside an aborted transaction anyway.
      const created = await tx.variable.create({
          data: {
            id: newId.variable(),
            environmentId: environment.id,
            accountId: caller.accountId,
            name: input.name,
            value,
            secure: input.secure,
            createdById: actor.id,
            createdByName: actor.name,
            updatedById: actor.id,
            updatedByName: actor.name,
          },
        });
      await recordVariableChanges(tx, { environmentId: environment.id, accountId: caller.accountId }, actor, 'api', [{ name: input.name, action: 'created', secure: input.secure }]);
      await markConfigurationChanged(tx, environment.id);
      return created;
    });
    return presentVariable(row);
  } catch (error) {
    if ((error as { code?: string }).code === 'P2002') {
      throw new ConflictError(`A variable named ${input.name} already exists in this environment`, 'VARIABLE_EXISTS');
    }
    throw error;
  }
}

async function requireVariable(tx: Prisma.TransactionClient, caller: Caller, environmentId: string, id: string) {
  const row = await tx.variable.findFirst({ where: { id, environmentId, accountId: caller.accountId } });
  if (!row) throw new NotFoundError('Variable', id);
  return row;
}

export async function updateVariable(
  prisma: PrismaClient,
  secrets: SecretBox,
  caller: Caller,
  ref: EnvironmentRef & { variableId: string },
  input: UpdateVariableRequest,
): Promise<VariableDto> {
  const environment = await requireEnvironment(prisma, caller, ref);
  const actor = actorOf(caller);
  const row = await prisma.$transaction(async (tx) => {
    const current = await requireVariable(tx, caller, environment.id, ref.variableId);
    if (input.name !== undefined && input.name !== current.name) {
      throw new ValidationError('name: the name of a variable is set at creation and cannot change');
    }
    if (current.secure && input.secure === false) {
      throw new ValidationError(`secure: ${current.name} is secure and cannot be made plain; delete it and add it again`);
    }
    const secure = input.secure ?? current.secure;
    if (secure && !current.secure && input.value === undefined) {
      // Encrypting the current value in place: it was plain, so it is known here.
      input = { ...input, value: current.value };
    }
    const plainValue = input.value ?? (current.secure ? null : current.value);
    const updated = await tx.variable.update({
      where: { id: current.id },
      data: {
        secure,
        ...(plainValue !== null && {
          value: secure ? secrets.encrypt(plainValue, variableAad(environment.id, current.name)) : plainValue,
        }),
        updatedById: actor.id,
        updatedByName: actor.name,
      },
    });
    await recordVariableChanges(tx, { environmentId: environment.id, accountId: caller.accountId }, actor, 'api', [{ name: current.name, action: 'changed', secure }]);
    await markConfigurationChanged(tx, environment.id);
    return updated;
  });
  return presentVariable(row);
}

export async function deleteVariable(
  prisma: PrismaClient,
  caller: Caller,
  ref: EnvironmentRef & { variableId: string },
): Promise<void> {
  const environment = await requireEnvironment(prisma, caller, ref);
  const actor = actorOf(caller);
  await prisma.$transaction(async (tx) => {
    const current = await requireVariable(tx, caller, environment.id, ref.variableId);
    await tx.variable.delete({ where: { id: current.id } });
    await recordVariableChanges(tx, { environmentId: environment.id, accountId: caller.accountId }, actor, 'api', [{ name: current.name, action: 'deleted', secure: current.secure }]);
    await markConfigurationChanged(tx, environment.id);
  });
}
