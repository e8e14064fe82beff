import { useEffect, useReducer } from 'react';
import { formatDateTime, formatRelativeTime } from '../../lib/format-date.ts';

const TICK_MS = 30_000;

/** "5 minutes ago", kept current while shown; the exact date and time is its tooltip. */
export function RelativeTime({ iso }: { iso: string }) {
  // Re-render now and then so the text ages; the time itself is read at render.
  const [, tick] = useReducer((count: number) => count + 1, 0);
  useEffect(() => {
    const timer = setInterval(tick, TICK_MS);
    return () => clearInterval(timer);
  }, []);
  return (
    <time dateTime={iso} title={formatDateTime(iso)}>
      {formatRelativeTime(iso, Date.now())}
    </time>
  );
}
