// The sidebar's footer: the sync corner, file import, and the theme switch beside the Preferences button.
import type { ReactNode } from 'react';
import type { Settings } from '../../../shared/settings.ts';
import { Icon } from '../../ui/Icon.tsx';
import { ImportButton } from '../import/ImportButton.tsx';
import { ThemeSwitch } from './ThemeSwitch.tsx';

interface SidebarFooterProps {
  sync: ReactNode;
  importing: boolean;
  onImport: (files: File[]) => void;
  theme: Settings['theme'];
  onTheme: (theme: Settings['theme']) => void;
  onPreferences: () => void;
}

export function SidebarFooter({
  sync,
  importing,
  onImport,
  theme,
  onTheme,
  onPreferences,
}: SidebarFooterProps) {
  return (
    <>
      {sync}
      <ImportButton busy={importing} onFiles={onImport} />
      <div className="sidebar__controls">
        <ThemeSwitch theme={theme} onChange={onTheme} />
        <button
          type="button"
          className="icon-button"
          aria-label="Preferences"
          title="Preferences (Ctrl+,)"
          aria-keyshortcuts="Control+Comma Meta+Comma"
          data-testid="preferences"
          onClick={onPreferences}
        >
          <Icon name="gear" />
        </button>
      </div>
    </>
  );
}
