import { fail, reschedule, skip, success, type BackgroundResult, type ConnectObject, type InteractiveResult, type TaskContext } from '@devops/runner';

interface Param {
  id: string;
  value?: unknown;
}

/** Request parameters live on the request (`params`) or on its asset (`asset.params`) depending on the source. */
function paramsOf(request: ConnectObject): Param[] {
  const lists = [request.params, request.asset?.params];
  return lists.flatMap((list) => (Array.isArray(list) ? (list as Param[]) : [])).filter((param) => typeof param?.id === 'string');
}

function paramValue(request: ConnectObject, id: string): string | null {
  const param = paramsOf(request).find((candidate) => candidate.id === id);
  if (!param) return null;
  return param.value === undefined || param.value === null ? '' : String(param.value);
}

/**
 * Approves pending purchase requests. A request can ask for another outcome through a parameter, which the
 * demo and the platform's tests use to see every result: `fail` (with the message as value), `reschedule`
 * (seconds), `skip`, and `crash` (the handler throws, so the runner answers retry).
 */
export async function processPurchaseRequest(ctx: TaskContext, request: ConnectObject): Promise<BackgroundResult> {
  const failure = paramValue(request, 'fail');
  if (failure !== null) {
    ctx.logger.warning(`failing ${ctx.objectId} as its parameters ask`);
    return fail(failure || `Request ${ctx.objectId} asked to fail`);
  }
  const countdown = paramValue(request, 'reschedule');
  if (countdown !== null) return reschedule(Number(countdown) || 30);
  if (paramValue(request, 'skip') !== null) return skip(`Request ${ctx.objectId} asked to be skipped`);
  if (paramValue(request, 'crash') !== null) throw new Error(`Request ${ctx.objectId} asked the handler to crash`);

  ctx.logger.info(`approving ${ctx.objectId} with template ${ctx.variables.TEMPLATE_ID ?? '(unset)'}`);
  return success();
}

/** Draft validation: the request comes back with a `validated_by` parameter, as in Connect's captures. */
export function validatePurchaseRequest(ctx: TaskContext, request: ConnectObject): InteractiveResult {
  const params = Array.isArray(request.params) ? request.params : [];
  ctx.logger.info(`validating ${ctx.objectId}`);
  return success({ ...request, params: [...params, { id: 'validated_by', value: 'devops-sample-extension' }] });
}

/** A custom event (an external system posting to the environment): the caller gets its own body back. */
export function processCustomEvent(ctx: TaskContext, body: ConnectObject): InteractiveResult {
  ctx.logger.info(`custom event for ${ctx.objectId}`);
  return success(body);
}
