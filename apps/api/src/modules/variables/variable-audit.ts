import type { VariableAuditEvent as VariableAuditEventDto } from '@devops/contracts/variables';
import type { Prisma, VariableAction, VariableChangeSource } from '../../generated/prisma/client.ts';
import { notifyRunners } from '../runner-gateway/runner-control.ts';

export interface VariableChange {
  name: string;
  action: VariableAction;
  secure: boolean;
}

/** Records who changed which variables; written in the same transaction as the change. */
export async function recordVariableChanges(
  tx: Prisma.TransactionClient,
  target: { environmentId: string; accountId: string },
  actor: { id: string; name: string },
  source: VariableChangeSource,
  changes: VariableChange[],
): Promise<void> {
  if (changes.length === 0) return;
  // One set-based INSERT: an import records thousands of events, which createMany turns into seconds.
  await tx.$executeRaw`
    INSERT INTO "VariableAuditEvent" ("environmentId", "accountId", "name", "action", "secure", "source", "actorId", "actorName")
    SELECT ${target.environmentId}, ${target.accountId}, u.name, u.action::"VariableAction", u.secure, ${source}::"VariableChangeSource", ${actor.id}, ${actor.name}
    FROM unnest(${changes.map((change) => change.name)}::text[], ${changes.map((change) => change.action)}::text[],
                ${changes.map((change) => change.secure)}::boolean[]) AS u(name, action, secure)`;
}

/**
 * Marks the environment for its runners: a connected (Local) or running (Cloud) environment must pick up the
 * new configuration. The runner gateway clears the flag once it has sent the new values.
 */
export async function markConfigurationChanged(tx: Prisma.TransactionClient, environmentId: string): Promise<void> {
  const { count } = await tx.environment.updateMany({
    where: { id: environmentId, status: { in: ['connected', 'running'] } },
    data: { configurationChanged: true },
  });
  // Sent when the transaction commits: the processes holding the runners push the new values.
  if (count > 0) await notifyRunners(tx, environmentId, 'config');
}

export function presentAuditEvent(row: {
  at: Date;
  actorId: string | null;
  actorName: string | null;
  environmentId: string;
  name: string;
  action: VariableAction;
  secure: boolean;
  source: VariableChangeSource;
}): VariableAuditEventDto {
  return {
    at: row.at.toISOString(),
    by: row.actorId ? { id: row.actorId, name: row.actorName ?? row.actorId } : null,
    environment_id: row.environmentId,
    name: row.name,
    action: row.action,
    secure: row.secure,
    source: row.source,
  };
}
