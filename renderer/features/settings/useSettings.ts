// Settings as React state: loaded once, kept in sync with 'settings-changed', applied to the document.
import { useCallback, useEffect, useState } from 'react';
import type { Settings } from '../../../shared/settings.ts';
import { getOutpost } from '../../api-client.ts';
import { applyTheme } from './theme.ts';

export interface SettingsState {
  settings: Settings | null;
  update: (patch: Partial<Settings>) => Promise<void>;
  /** Saves without guessing ahead; a refusal is thrown for the caller (Preferences) to show. */
  save: (patch: Partial<Settings>) => Promise<void>;
}

export function useSettings(onError: (error: unknown) => void): SettingsState {
  const [settings, setSettings] = useState<Settings | null>(null);

  useEffect(() => {
    const outpost = getOutpost();
    let cancelled = false;
    outpost.getSettings().then((loaded) => {
      if (!cancelled) setSettings(loaded);
    }, onError);
    const off = outpost.on('settings-changed', setSettings);
    return () => {
      cancelled = true;
      off();
    };
  }, [onError]);

  useEffect(() => {
    if (!settings) return;
    applyTheme(settings.theme);
    document.documentElement.style.setProperty(
      '--reader-font-size',
      `${settings.readerFontSize}px`,
    );
  }, [settings]);

  const update = useCallback(
    async (patch: Partial<Settings>) => {
      // Optimistic: the toggle answers at once; the backend's answer (or event) confirms it.
      setSettings((current) => (current ? { ...current, ...patch } : current));
      try {
        setSettings(await getOutpost().updateSettings(patch));
      } catch (error) {
        onError(error);
      }
    },
    [onError],
  );

  const save = useCallback(async (patch: Partial<Settings>) => {
    setSettings(await getOutpost().updateSettings(patch));
  }, []);

  return { settings, update, save };
}
