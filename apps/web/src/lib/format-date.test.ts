import { describe, expect, it } from 'vitest';
import { formatRelativeTime } from './format-date.ts';

const english = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });
const now = Date.parse('2026-04-14T12:00:00Z');
const at = (offsetMs: number) => new Date(now + offsetMs).toISOString();

describe('formatRelativeTime', () => {
  it('reads a few seconds either way as now', () => {
    expect(formatRelativeTime(at(-4_000), now, '—', english)).toBe('now');
    expect(formatRelativeTime(at(3_000), now, '—', english)).toBe('now');
  });
  it('picks the largest unit that fits', () => {
    expect(formatRelativeTime(at(-30_000), now, '—', english)).toBe('30 seconds ago');
    expect(formatRelativeTime(at(-5 * 60_000), now, '—', english)).toBe('5 minutes ago');
    expect(formatRelativeTime(at(-3 * 3_600_000), now, '—', english)).toBe('3 hours ago');
    expect(formatRelativeTime(at(-86_400_000), now, '—', english)).toBe('yesterday');
    expect(formatRelativeTime(at(-400 * 86_400_000), now, '—', english)).toBe('last year');
  });
  it('returns the fallback for a missing or invalid timestamp', () => {
    expect(formatRelativeTime(null, now, 'never', english)).toBe('never');
    expect(formatRelativeTime('not a date', now, 'never', english)).toBe('never');
  });
});
