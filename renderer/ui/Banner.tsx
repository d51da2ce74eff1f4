// A dismissable card in the corner of the window: import reports, problems talking to the backend.
import type { ReactNode } from 'react';
import { Icon } from './Icon.tsx';
import type { IconName } from './Icon.tsx';
import './banner.css';

interface BannerProps {
  tone: 'progress' | 'success' | 'problem';
  title: ReactNode;
  children?: ReactNode;
  testId: string;
  onDismiss?: () => void;
}

const icons: Record<BannerProps['tone'], IconName> = {
  progress: 'import',
  success: 'check',
  problem: 'alert',
};

export function Banner({ tone, title, children, testId, onDismiss }: BannerProps) {
  return (
    <div
      className={`banner banner--${tone}`}
      role={tone === 'problem' ? 'alert' : 'status'}
      data-testid={testId}
    >
      <div className="banner__icon">
        <Icon name={icons[tone]} />
      </div>
      <div className="banner__content">
        <p className="banner__title">{title}</p>
        {children}
      </div>
      {onDismiss ? (
        <button
          type="button"
          className="icon-button banner__dismiss"
          aria-label="Dismiss"
          title="Dismiss"
          onClick={onDismiss}
        >
          <Icon name="close" size={14} />
        </button>
      ) : null}
    </div>
  );
}
