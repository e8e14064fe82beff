/** The smallest countdown Connect accepts for a rescheduled task, in seconds. */
export const MIN_RESCHEDULE_COUNTDOWN = 30;

export interface SuccessResult {
  result: 'success';
  /** Interactive events only: the HTTP answer given to the caller (200 by default). */
  httpStatus?: number;
  headers?: Record<string, string> | null;
  body?: unknown;
}
export interface FailResult {
  result: 'fail';
  message: string;
  /** Interactive events only (400 by default). */
  httpStatus?: number;
  headers?: Record<string, string> | null;
  body?: unknown;
}
export interface SkipResult {
  result: 'skip';
  message: string | null;
}
export interface RetryResult {
  result: 'retry';
  message: string | null;
}
export interface RescheduleResult {
  result: 'reschedule';
  /** Seconds before the platform delivers the task again; never below 30. */
  countdown: number;
}

export type BackgroundResult = SuccessResult | FailResult | SkipResult | RetryResult | RescheduleResult;
export type InteractiveResult = SuccessResult | FailResult;
export type ScheduledResult = BackgroundResult;
export type AnyResult = BackgroundResult;

interface HttpAnswer {
  httpStatus?: number;
  headers?: Record<string, string> | null;
}

/** The task was processed; for interactive events `body` is what the caller receives. */
export function success(body?: unknown, answer: HttpAnswer = {}): SuccessResult {
  return body === undefined && answer.httpStatus === undefined && answer.headers === undefined
    ? { result: 'success' }
    : { result: 'success', body, ...answer };
}

/** The task failed for good; the message is shown in the Tasks Queue (interactive callers get a 400). */
export function fail(message: string, answer: HttpAnswer & { body?: unknown } = {}): FailResult {
  return { result: 'fail', message, ...answer };
}

/** The object is not for this extension (e.g. a status it ignores). */
export function skip(message: string | null = null): SkipResult {
  return { result: 'skip', message };
}

/** A temporary problem: the platform retries with its own backoff. */
export function retry(message: string | null = null): RetryResult {
  return { result: 'retry', message };
}

/** Deliver the task again after `countdown` seconds; like Connect, anything below 30 s becomes 30 s. */
export function reschedule(countdown = MIN_RESCHEDULE_COUNTDOWN): RescheduleResult {
  if (!Number.isFinite(countdown)) throw new RangeError(`reschedule countdown must be a finite number of seconds, got ${countdown}`);
  return { result: 'reschedule', countdown: Math.max(MIN_RESCHEDULE_COUNTDOWN, Math.ceil(countdown)) };
}

const RESULT_TYPES = new Set(['success', 'fail', 'skip', 'retry', 'reschedule']);

/** Whether a handler returned something the runner can turn into a task output. */
export function isTaskResult(value: unknown): value is AnyResult {
  return typeof value === 'object' && value !== null && RESULT_TYPES.has((value as { result?: unknown }).result as string);
}
