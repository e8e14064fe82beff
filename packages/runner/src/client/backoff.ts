export interface BackoffOptions {
  /** Ceiling of the first delay. */
  initialMs: number;
  /** No delay exceeds this. */
  maxMs: number;
}

export const DEFAULT_BACKOFF: BackoffOptions = { initialMs: 1_000, maxMs: 30_000 };

/**
 * The delay before reconnect attempt `attempt` (0 for the first after a drop): the ceiling doubles per
 * attempt up to `maxMs`, and the delay is half the ceiling plus a random half. The fixed half keeps a
 * failing runner from spinning; the random half keeps a fleet of runners dropped by one server restart
 * from reconnecting in lockstep.
 */
export function backoffDelay(attempt: number, options: BackoffOptions = DEFAULT_BACKOFF, random: () => number = Math.random): number {
  const ceiling = Math.min(options.maxMs, options.initialMs * 2 ** Math.min(Math.max(attempt, 0), 30));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}
