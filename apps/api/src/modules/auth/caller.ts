import type { AccountType, Role } from '../../generated/prisma/enums.ts';

/** Who is making a request: resolved once per request by the auth plugin, passed to every service. */
export interface Caller {
  accountId: string;
  accountName: string;
  accountType: AccountType;
  role: Role;
  /** The user behind a session, or the user who created the API key. */
  userId: string | null;
  /** Display name recorded in `events.created.by`. */
  displayName: string;
  via: 'session' | 'api_key';
  apiKeyId: string | null;
  /** Set for runner keys limited to one environment. */
  environmentId: string | null;
}

const RANK: Record<Role, number> = { viewer: 0, developer: 1, admin: 2 };

export function hasRole(caller: Caller, atLeast: Role): boolean {
  return RANK[caller.role] >= RANK[atLeast];
}

export function roleRank(role: Role): number {
  return RANK[role];
}

/** The `by` reference written into `events.created/updated`. */
export function actorOf(caller: Caller): { id: string; name: string } {
  return { id: caller.userId ?? caller.apiKeyId ?? caller.accountId, name: caller.displayName };
}
