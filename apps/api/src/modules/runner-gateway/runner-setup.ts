import type { SetupRequest, SetupResponse } from '@devops/contracts/runner-protocol';
import type { Environment, Prisma, PrismaClient } from '../../generated/prisma/client.ts';
import { newId } from '../../lib/ids.ts';
import type { SecretBox } from '../../lib/secrets.ts';
import { variableAad } from '../variables/variable-presenter.ts';
import { recordVariableChanges } from '../variables/variable-audit.ts';
import { eventDefinitionsFor } from './event-definitions.ts';

export interface RunnerIdentity {
  environmentId: string;
  extensionId: string;
  accountId: string;
  runnerKey: string;
}

export class EnvironmentStoppedError extends Error {}

/**
 * What the runner declared, kept for the Extension Details screen; declared initial values are left out.
 * Connect's runner declares over several sockets (events on one, the web application on another), each
 * leaving the other's fields null: a new setup_request overrides only the fields it sets.
 */
function declarationOf(request: SetupRequest, previous: Prisma.JsonValue | null): Prisma.InputJsonValue {
  const { variables, ...rest } = request;
  const declared = Object.fromEntries(Object.entries(rest).filter(([, value]) => value !== null && value !== undefined));
  if (variables) declared.variables = variables.map(({ name, secure }) => ({ name, secure: secure ?? false }));
  const base = previous && typeof previous === 'object' && !Array.isArray(previous) ? previous : {};
  return JSON.parse(JSON.stringify({ ...base, ...declared })) as Prisma.InputJsonValue;
}

/** Stores the custom API methods the runner describes, next to the rest of its declaration. */
export async function registerCustomApiMethods(
  prisma: PrismaClient,
  environmentId: string,
  methods: { method: string; path: string; summary: string | null }[],
): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const environment = await tx.environment.findUniqueOrThrow({ where: { id: environmentId }, select: { runnerDeclaration: true } });
    const base = (environment.runnerDeclaration ?? {}) as Record<string, unknown>;
    await tx.environment.update({ where: { id: environmentId }, data: { runnerDeclaration: { ...base, custom_api_methods: methods } } });
  });
}

/**
 * A completed setup_request: creates the variables the runner declares that the environment lacks, records
 * the declaration and the instance, and marks the environment connected — refusing a stopped one.
 * Runs once per socket; Connect's runner opens two per process.
 */
export async function registerRunnerSetup(
  prisma: PrismaClient,
  secrets: SecretBox,
  identity: RunnerIdentity,
  request: SetupRequest,
): Promise<{ instanceId: string }> {
  return prisma.$transaction(async (tx) => {
    const [environment] = await tx.$queryRaw<Pick<Environment, 'status' | 'runnerDeclaration'>[]>`
      SELECT status, "runnerDeclaration" FROM "Environment" WHERE id = ${identity.environmentId} FOR UPDATE`;
    if (!environment || environment.status === 'stopped') throw new EnvironmentStoppedError();

    const declared = request.variables ?? [];
    const existing = new Set(
      (await tx.variable.findMany({ where: { environmentId: identity.environmentId }, select: { name: true } })).map((variable) => variable.name),
    );
    const missing = declared.filter((variable) => !existing.has(variable.name));
    for (const variable of missing) {
      const secure = variable.secure ?? false;
      const value = variable.initial_value ?? '';
      await tx.variable.create({
        data: {
          id: newId.variable(),
          environmentId: identity.environmentId,
          accountId: identity.accountId,
          name: variable.name,
          secure,
          value: secure ? secrets.encrypt(value, variableAad(identity.environmentId, variable.name)) : value,
          createdByName: 'Runner',
          updatedByName: 'Runner',
        },
      });
    }
    await recordVariableChanges(
      tx,
      { environmentId: identity.environmentId, accountId: identity.accountId },
      { id: identity.runnerKey, name: `Runner ${identity.runnerKey}` },
      'runner',
      missing.map((variable) => ({ name: variable.name, action: 'created', secure: variable.secure ?? false })),
    );

    // A process coming back starts a new connected period.
    await tx.instance.updateMany({
      where: { environmentId: identity.environmentId, runnerKey: identity.runnerKey, status: { not: 'connected' } },
      data: { connectedAt: new Date() },
    });
    const instance = await tx.instance.upsert({
      where: { environmentId_runnerKey: { environmentId: identity.environmentId, runnerKey: identity.runnerKey } },
      create: {
        id: newId.instance(),
        environmentId: identity.environmentId,
        accountId: identity.accountId,
        runnerKey: identity.runnerKey,
        runnerVersion: request.runner_version ?? null,
        openSockets: 1,
      },
      update: { status: 'connected', openSockets: { increment: 1 }, runnerVersion: request.runner_version ?? null, lastSeenAt: new Date(), disconnectedAt: null },
    });
    await tx.environment.update({
      where: { id: identity.environmentId },
      data: { status: 'connected', lastConnectedAt: new Date(), runnerDeclaration: declarationOf(request, environment.runnerDeclaration) },
    });
    return { instanceId: instance.id };
  });
}

/**
 * A socket that had completed setup closed: the instance is disconnected with its last socket, and the
 * environment with its last connected instance (a stopped one stays stopped).
 */
export async function registerRunnerGone(prisma: PrismaClient, identity: RunnerIdentity): Promise<void> {
  await prisma.$transaction(async (tx) => {
    await tx.$executeRaw`
      UPDATE "Instance" SET "openSockets" = GREATEST("openSockets" - 1, 0), "lastSeenAt" = now()
      WHERE "environmentId" = ${identity.environmentId} AND "runnerKey" = ${identity.runnerKey}`;
    await tx.instance.updateMany({
      where: { environmentId: identity.environmentId, runnerKey: identity.runnerKey, openSockets: 0, status: 'connected' },
      data: { status: 'disconnected', disconnectedAt: new Date() },
    });
    await tx.environment.updateMany({
      where: { id: identity.environmentId, status: 'connected', instances: { none: { status: 'connected' } } },
      data: { status: 'disconnected' },
    });
  });
}

/** The platform's answer to setup_request, sent again whenever variables or the log level change. */
export async function buildSetupResponse(prisma: PrismaClient, secrets: SecretBox, environmentId: string): Promise<SetupResponse> {
  const environment = await prisma.environment.findUniqueOrThrow({
    where: { id: environmentId },
    include: {
      variables: { orderBy: { name: 'asc' } },
      extension: { select: { id: true, hubId: true, account: { select: { id: true, name: true } }, products: { select: { productId: true } } } },
    },
  });
  const declaration = environment.runnerDeclaration as SetupRequest | null;
  return {
    model_type: 'setup_response',
    variables: environment.variables.map((variable) => ({
      name: variable.name,
      value: variable.secure ? secrets.decrypt(variable.value, variableAad(environment.id, variable.name)) : variable.value,
      secure: variable.secure,
    })),
    environment_type: environment.type,
    logging: {
      logging_api_key: null,
      log_level: environment.logLevel,
      runner_log_level: environment.logLevel,
      meta: {
        account_id: environment.extension.account.id,
        account_name: environment.extension.account.name,
        service_id: environment.extension.id,
        products: environment.extension.products.map((product) => product.productId),
        hub_id: environment.extension.hubId,
      },
    },
    event_definitions: eventDefinitionsFor(declaration?.event_subscriptions),
    environment_runtime: environment.runtime,
  };
}

/** Records that the runner is alive (pongs arrive); called at most once a minute per socket. */
export async function registerRunnerSeen(prisma: PrismaClient, identity: RunnerIdentity): Promise<void> {
  await prisma.instance.updateMany({
    where: { environmentId: identity.environmentId, runnerKey: identity.runnerKey },
    data: { lastSeenAt: new Date() },
  });
}
