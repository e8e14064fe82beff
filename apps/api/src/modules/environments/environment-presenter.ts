import { ENVIRONMENT_TYPES, type Environment as EnvironmentDto, type EnvironmentType, type RunnerDeclaration } from '@devops/contracts/environments';
import type { SetupRequest } from '@devops/contracts/runner-protocol';
import type { Prisma } from '../../generated/prisma/client.ts';
import type { SecretBox } from '../../lib/secrets.ts';
import { hasRole, type Caller } from '../auth/caller.ts';
import { iconUrl } from '../extensions/extension-presenter.ts';

export const environmentInclude = {
  extension: { select: { id: true, name: true, iconVersion: true, account: { select: { id: true, name: true } } } },
  // The latest runner processes; old disconnected ones stay in the table for history.
  instances: { orderBy: [{ status: 'asc' }, { lastSeenAt: 'desc' }], take: 20 },
} satisfies Prisma.EnvironmentInclude;

export type EnvironmentRow = Prisma.EnvironmentGetPayload<{ include: typeof environmentInclude }>;

export function environmentLabel(type: EnvironmentType): string {
  return ENVIRONMENT_TYPES.find((entry) => entry.type === type)?.label ?? type;
}

export function jwtSecretAad(environmentId: string): string {
  return `${environmentId}:jwt_secret`;
}

export function gitAuthAad(environmentId: string): string {
  return `${environmentId}:git_auth`;
}

type StoredDeclaration = SetupRequest & { custom_api_methods?: RunnerDeclaration['custom_api_methods'] };

function presentDeclaration(declaration: StoredDeclaration | null): RunnerDeclaration | null {
  if (!declaration) return null;
  return {
    runner_version: declaration.runner_version ?? null,
    event_subscriptions: Object.fromEntries(Object.entries(declaration.event_subscriptions ?? {}).map(([type, statuses]) => [type, statuses ?? []])),
    schedulables: declaration.schedulables ?? [],
    ui_modules: declaration.ui_modules ?? null,
    proxied_connect_api: declaration.proxied_connect_api ?? null,
    audience: declaration.audience ?? null,
    variables: (declaration.variables ?? []).map((variable) => ({ name: variable.name, secure: variable.secure ?? false })),
    custom_api_methods: declaration.custom_api_methods ?? [],
  };
}

/** The full environment. Secrets are decrypted only for members allowed to change the environment. */
export function presentEnvironment(row: EnvironmentRow, caller: Caller, secrets: SecretBox): EnvironmentDto {
  const mayChange = hasRole(caller, 'developer');
  const declaration = row.runnerDeclaration as StoredDeclaration | null;
  const runner = presentDeclaration(declaration);
  const gitAuth = row.gitAuth ? (JSON.parse(secrets.decrypt(row.gitAuth, gitAuthAad(row.id))) as { username: string | null }) : null;
  return {
    id: row.id,
    type: row.type,
    runtime: row.runtime,
    status: row.status,
    configuration_changed: row.configurationChanged,
    external_id: row.externalId,
    log_level: row.logLevel,
    jwt_secret: mayChange && row.jwtSecret ? secrets.decrypt(row.jwtSecret, jwtSecretAad(row.id)) : null,
    git: row.gitUrl
      ? { url: row.gitUrl, tag: row.gitTag, commit: row.gitCommit, auth: gitAuth ? { username: gitAuth.username } : null }
      : null,
    readme_url: declaration?.repository?.readme_url ?? null,
    changelog_url: declaration?.repository?.changelog_url ?? null,
    features: {
      event_processing_available: Object.keys(runner?.event_subscriptions ?? {}).length > 0,
      custom_api_available: (runner?.custom_api_methods.length ?? 0) > 0,
      web_app_available: Object.keys(runner?.ui_modules ?? {}).length > 0,
      anvil_app_available: Boolean(declaration?.anvil_callables),
      transformation_app_available: Boolean(declaration?.transformations),
    },
    runner,
    instances: row.instances.map((instance) => ({
      id: instance.id,
      runner_instance_id: instance.runnerKey,
      status: instance.status,
      runner_version: instance.runnerVersion,
      connected_at: instance.connectedAt.toISOString(),
      last_seen_at: instance.lastSeenAt.toISOString(),
    })),
    extension: {
      id: row.extension.id,
      name: row.extension.name,
      owner: row.extension.account,
      icon: iconUrl(row.extension.id, row.extension.iconVersion),
    },
    events: {
      created: { at: row.createdAt.toISOString(), by: null },
      updated: { at: row.updatedAt.toISOString(), by: null },
    },
  };
}
