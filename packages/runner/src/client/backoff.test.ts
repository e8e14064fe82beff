import { describe, expect, it } from 'vitest';
import { backoffDelay, DEFAULT_BACKOFF } from './backoff.ts';

describe('backoffDelay', () => {
  it('doubles its ceiling per attempt and stops at 30 s', () => {
    const ceilings = [0, 1, 2, 3, 4, 5, 6, 10, 100].map((attempt) => backoffDelay(attempt, DEFAULT_BACKOFF, () => 1));
    expect(ceilings).toEqual([1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000, 30_000, 30_000]);
  });

  it('never waits less than half the ceiling, so a failing runner does not spin', () => {
    const floors = [0, 1, 2, 5, 8].map((attempt) => backoffDelay(attempt, DEFAULT_BACKOFF, () => 0));
    expect(floors).toEqual([500, 1_000, 2_000, 15_000, 15_000]);
  });

  it('spreads runners that reconnect at the same moment', () => {
    const delays = new Set(Array.from({ length: 50 }, () => backoffDelay(4)));
    expect(delays.size).toBeGreaterThan(10);
    for (const delay of delays) {
      expect(delay).toBeGreaterThanOrEqual(8_000);
      expect(delay).toBeLessThanOrEqual(16_000);
    }
  });

  it('honours custom limits', () => {
    expect(backoffDelay(3, { initialMs: 10, maxMs: 50 }, () => 1)).toBe(50);
  });
});
