// Settings from the query cache: applied to the document, changed at once and confirmed by the backend.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect } from 'react';
import type { Settings } from '../../../shared/settings.ts';
import { getOutpost } from '../../api-client.ts';
import { apiQuery } from '../../data/queries.ts';
import { useReportError } from '../../data/useReportError.ts';
import { applyTheme } from './theme.ts';

export interface SettingsState {
  settings: Settings | null;
  update: (patch: Partial<Settings>) => Promise<void>;
  /** Saves without guessing ahead; a refusal is thrown for the caller (Preferences) to show. */
  save: (patch: Partial<Settings>) => Promise<void>;
}

const settingsQuery = apiQuery('getSettings');

export function useSettings(onError: (error: unknown) => void): SettingsState {
  const client = useQueryClient();
  const query = useQuery(settingsQuery);
  useReportError(onError, query.error);
  const settings = query.data ?? null;

  useEffect(() => {
    if (!settings) return;
    applyTheme(settings.theme);
    document.documentElement.style.setProperty(
      '--reader-font-size',
      `${settings.readerFontSize}px`,
    );
  }, [settings]);

  const save = useCallback(
    async (patch: Partial<Settings>) => {
      client.setQueryData(settingsQuery.queryKey, await getOutpost().updateSettings(patch));
    },
    [client],
  );

  const update = useCallback(
    async (patch: Partial<Settings>) => {
      // Optimistic: the toggle answers at once; the backend's answer (or event) confirms it.
      client.setQueryData(settingsQuery.queryKey, (current) =>
        current ? { ...current, ...patch } : current,
      );
      try {
        await save(patch);
      } catch (error) {
        void client.invalidateQueries({ queryKey: settingsQuery.queryKey });
        onError(error);
      }
    },
    [client, save, onError],
  );

  return { settings, update, save };
}
