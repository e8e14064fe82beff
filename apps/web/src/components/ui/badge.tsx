import type { ReactNode } from 'react';

export type BadgeTone = 'neutral' | 'info' | 'success' | 'warning' | 'danger' | 'progress' | 'muted';

type BadgeProps = { tone?: BadgeTone; children: ReactNode; title?: string; label?: string };

/** A small coloured label; `label` overrides the accessible name when the text alone is ambiguous. */
export function Badge({ tone = 'neutral', children, title, label }: BadgeProps) {
  return (
    <span className={`badge badge--${tone}`} title={title} aria-label={label}>
      <span className="badge__dot" aria-hidden="true" />
      {children}
    </span>
  );
}
