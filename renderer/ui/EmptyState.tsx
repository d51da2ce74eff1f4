// A calm, centred message for places with nothing to show, with a hint at what to do next.
import type { ReactNode } from 'react';
import { Icon } from './Icon.tsx';
import type { IconName } from './Icon.tsx';
import './empty-state.css';

interface EmptyStateProps {
  title: ReactNode;
  hint?: ReactNode;
  testId: string;
  /** A large, faint picture above the title; problems always show a warning sign. */
  icon?: IconName;
  /** 'alert' for problems the user must see (an unreadable query); plain text otherwise. */
  tone?: 'calm' | 'problem';
  /** A button or two under the hint: the next step. */
  actions?: ReactNode;
}

export function EmptyState({ title, hint, testId, icon, tone = 'calm', actions }: EmptyStateProps) {
  const picture = tone === 'problem' ? 'alert' : icon;
  return (
    <div
      className={`empty-state empty-state--${tone}`}
      data-testid={testId}
      role={tone === 'problem' ? 'alert' : 'status'}
    >
      {picture ? (
        <span className="empty-state__icon">
          <Icon name={picture} size={tone === 'problem' ? 22 : 30} />
        </span>
      ) : null}
      <p className="empty-state__title">{title}</p>
      {hint ? <p className="empty-state__hint">{hint}</p> : null}
      {actions ? <div className="empty-state__actions">{actions}</div> : null}
    </div>
  );
}
