import { fail, success, type ConnectObject, type ScheduleContext, type ScheduledResult } from '@devops/runner';

/** Pretends to reload a cache; `params.delay_ms` makes it slow, to watch a running scheduled task. */
export async function refreshCache(ctx: ScheduleContext, params: ConnectObject): Promise<ScheduledResult> {
  const delay = Number(params.delay_ms ?? 0);
  ctx.logger.info(`refreshing the cache for schedule ${String(ctx.schedule.id ?? ctx.objectId)}`);
  if (delay > 0) await new Promise((resolve) => setTimeout(resolve, Math.min(delay, 60_000)));
  return success();
}

/** Pretends to sync the catalog; `params.fail` makes it fail with that message. */
export function syncCatalog(ctx: ScheduleContext, params: ConnectObject): ScheduledResult {
  if (params.fail) return fail(String(params.fail));
  ctx.logger.info(`catalog synced (${Object.keys(params).length} parameter(s))`);
  return success();
}
