import type { Prisma, PrismaClient } from '../../generated/prisma/client.ts';

/** NOTIFY channel telling every API process what to do with the runners of an environment. */
export const RUNNER_CONTROL_CHANNEL = 'devops_runner_control';
export type RunnerControlAction = 'config' | 'shutdown';

/**
 * Asks the processes holding the environment's runner sockets to push the new configuration or to shut the
 * runners down. Inside a transaction the notification leaves only if it commits.
 */
export async function notifyRunners(
  db: PrismaClient | Prisma.TransactionClient,
  environmentId: string,
  action: RunnerControlAction,
): Promise<void> {
  await db.$executeRaw`SELECT pg_notify(${RUNNER_CONTROL_CHANNEL}, ${`${action}:${environmentId}`})`;
}

export function parseRunnerControl(payload: string): { action: RunnerControlAction; environmentId: string } | null {
  const [action, environmentId] = payload.split(':');
  if ((action !== 'config' && action !== 'shutdown') || !environmentId) return null;
  return { action, environmentId };
}
