import {
  MODE_SWITCHABLE_STATUSES,
  type Environment as EnvironmentDto,
  type UpdateEnvironmentRequest,
} from '@devops/contracts/environments';
import type { EnvironmentStatus, LogLevel, Prisma, PrismaClient } from '../../generated/prisma/client.ts';
import { notifyRunners } from '../runner-gateway/runner-control.ts';
import { ConflictError, NotFoundError } from '../../lib/errors.ts';
import type { SecretBox } from '../../lib/secrets.ts';
import type { Caller } from '../auth/caller.ts';
import {
  environmentInclude,
  environmentLabel,
  gitAuthAad,
  jwtSecretAad,
  presentEnvironment,
  type EnvironmentRow,
} from './environment-presenter.ts';

interface EnvironmentRef {
  extensionId: string;
  environmentId: string;
}

async function findEnvironment(prisma: PrismaClient, caller: Caller, ref: EnvironmentRef): Promise<EnvironmentRow> {
  const row = await prisma.environment.findFirst({
    where: { id: ref.environmentId, extensionId: ref.extensionId, accountId: caller.accountId },
    include: environmentInclude,
  });
  if (!row) throw new NotFoundError('Environment', ref.environmentId);
  return row;
}

export async function listEnvironments(prisma: PrismaClient, secrets: SecretBox, caller: Caller, extensionId: string) {
  const rows = await prisma.environment.findMany({
    where: { extensionId, accountId: caller.accountId },
    include: environmentInclude,
    orderBy: { id: 'asc' },
  });
  if (rows.length === 0) throw new NotFoundError('Extension', extensionId);
  return rows.map((row) => presentEnvironment(row, caller, secrets));
}

export async function getEnvironment(prisma: PrismaClient, secrets: SecretBox, caller: Caller, ref: EnvironmentRef) {
  return presentEnvironment(await findEnvironment(prisma, caller, ref), caller, secrets);
}

/**
 * Applies an environment change. A runtime switch is written with the allowed statuses in the UPDATE's
 * condition, so a runner connecting at the same moment cannot be switched away from.
 */
export async function updateEnvironment(
  prisma: PrismaClient,
  secrets: SecretBox,
  caller: Caller,
  ref: EnvironmentRef,
  input: UpdateEnvironmentRequest,
): Promise<EnvironmentDto> {
  const current = await findEnvironment(prisma, caller, ref);
  const isSwitchingMode = input.runtime !== undefined && input.runtime !== current.runtime;
  if (isSwitchingMode && input.runtime === 'cloud' && !input.git && !current.gitUrl) {
    throw new ConflictError('Cloud mode needs a Git repository: send git.url and git.tag with the switch', 'GIT_REQUIRED');
  }

  const data: Prisma.EnvironmentUpdateManyMutationInput = {};
  if (input.runtime !== undefined) data.runtime = input.runtime;
  if (input.log_level !== undefined) data.logLevel = input.log_level;
  const isPushNeeded = input.log_level !== undefined && input.log_level !== current.logLevel;
  if (input.jwt_secret !== undefined) data.jwtSecret = secrets.encrypt(input.jwt_secret, jwtSecretAad(current.id));
  if (input.git) {
    data.gitUrl = input.git.url;
    data.gitTag = input.git.tag;
    data.gitCommit = null;
    if (input.git.auth !== undefined) {
      const hasAuth = input.git.auth && (input.git.auth.username || input.git.auth.password);
      data.gitAuth = hasAuth ? secrets.encrypt(JSON.stringify(input.git.auth), gitAuthAad(current.id)) : null;
    }
  }

  const { count } = await prisma.environment.updateMany({
    where: {
      id: current.id,
      accountId: caller.accountId,
      ...(isSwitchingMode && { status: { in: [...MODE_SWITCHABLE_STATUSES] } }),
    },
    data,
  });
  if (count === 0) {
    const latest = await findEnvironment(prisma, caller, ref);
    throw new ConflictError(
      `The ${environmentLabel(latest.type)} environment is ${latest.status}: stop it before switching between Local and Cloud mode`,
      'ENVIRONMENT_ACTIVE',
    );
  }
  if (isPushNeeded) await notifyRunners(prisma, current.id, 'config');
  return getEnvironment(prisma, secrets, caller, ref);
}

/** Stores the log level and pushes it to the environment's runners (`…/logs/set-level/{level}`). */
export async function setLogLevel(prisma: PrismaClient, secrets: SecretBox, caller: Caller, ref: EnvironmentRef, level: LogLevel) {
  const current = await findEnvironment(prisma, caller, ref);
  await prisma.environment.update({ where: { id: current.id }, data: { logLevel: level } });
  await notifyRunners(prisma, current.id, 'config');
  return getEnvironment(prisma, secrets, caller, ref);
}

/** Moves the environment to `to` only if it is currently in one of `from`; otherwise explains why not. */
async function transition(
  prisma: PrismaClient,
  caller: Caller,
  ref: EnvironmentRef,
  from: EnvironmentStatus[],
  to: EnvironmentStatus,
  refusal: (row: EnvironmentRow) => string,
): Promise<void> {
  const { count } = await prisma.environment.updateMany({
    where: { id: ref.environmentId, extensionId: ref.extensionId, accountId: caller.accountId, status: { in: from } },
    data: { status: to },
  });
  if (count === 0) throw new ConflictError(refusal(await findEnvironment(prisma, caller, ref)), 'INVALID_STATUS');
}

export async function startEnvironment(prisma: PrismaClient, secrets: SecretBox, caller: Caller, ref: EnvironmentRef) {
  const current = await findEnvironment(prisma, caller, ref);
  const label = environmentLabel(current.type);
  if (current.runtime === 'cloud') {
    if (!current.gitUrl || !current.gitTag) {
      throw new ConflictError(`Configure a Git repository and tag before starting the ${label} environment in Cloud mode`, 'GIT_REQUIRED');
    }
    throw new ConflictError('Cloud deployments are not available on this server yet; use Local mode', 'CLOUD_UNAVAILABLE');
  }
  // Local mode: starting re-enables the environment; it is connected again once a runner completes setup.
  const next: EnvironmentStatus = current.lastConnectedAt ? 'disconnected' : 'uninitialized';
  await transition(prisma, caller, ref, ['stopped', 'errored'], next, (row) => `The ${label} environment is already ${row.status}`);
  return getEnvironment(prisma, secrets, caller, ref);
}

export async function stopEnvironment(prisma: PrismaClient, secrets: SecretBox, caller: Caller, ref: EnvironmentRef) {
  const current = await findEnvironment(prisma, caller, ref);
  const label = environmentLabel(current.type);
  const stoppable: EnvironmentStatus[] = ['uninitialized', 'connected', 'disconnected', 'running', 'standby', 'errored', 'deploying', 'building', 'upgrading'];
  await transition(prisma, caller, ref, stoppable, 'stopped', (row) =>
    row.status === 'stopped' ? `The ${label} environment is already stopped` : `The ${label} environment cannot be stopped while ${row.status}`,
  );
  // Runners are told to shut down; the gateway refuses them from now on.
  await notifyRunners(prisma, ref.environmentId, 'shutdown');
  await prisma.instance.updateMany({ where: { environmentId: ref.environmentId, status: 'connected' }, data: { status: 'disconnected', disconnectedAt: new Date() } });
  return getEnvironment(prisma, secrets, caller, ref);
}
