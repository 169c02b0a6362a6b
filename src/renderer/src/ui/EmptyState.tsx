/** A calm, centred message that says what is missing and what to do about it. */
import type { ReactNode } from 'react';

export interface EmptyStateProps {
  title: string;
  children?: ReactNode;
  actions?: ReactNode;
  tone?: 'plain' | 'error';
}

export function EmptyState({ title, children, actions, tone = 'plain' }: EmptyStateProps) {
  return (
    <div className={`empty-state empty-state--${tone}`}>
      <h2 className="empty-state__title">{title}</h2>
      {children && <div className="empty-state__body">{children}</div>}
      {actions && <div className="empty-state__actions">{actions}</div>}
    </div>
  );
}
