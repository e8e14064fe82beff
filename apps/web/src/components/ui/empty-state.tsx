import type { ReactNode } from 'react';

type EmptyStateProps = {
  icon?: ReactNode;
  title: string;
  children?: ReactNode;
  action?: ReactNode;
  /** 3 inside a section card whose own heading is an h2. */
  headingLevel?: 2 | 3;
  /** Less room, for a card that merely has nothing to show yet among many. */
  compact?: boolean;
};

/** What a list shows when it has nothing yet, with the next step to take. */
export function EmptyState({ icon, title, children, action, headingLevel = 2, compact = false }: EmptyStateProps) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div className={`empty-state ${compact ? 'empty-state--compact' : ''}`}>
      {icon ? <div className="empty-state__icon" aria-hidden="true">{icon}</div> : null}
      <Heading className="empty-state__title">{title}</Heading>
      {children ? <div className="empty-state__text">{children}</div> : null}
      {action ? <div className="empty-state__action">{action}</div> : null}
    </div>
  );
}
