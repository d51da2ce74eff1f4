// The library's settings: schema and defaults. The backend keeps them in the data folder (see
// main/store/settings-file.ts) for the app, the CLI and `outpost serve` alike.
import * as z from 'zod/mini';

const between = (min: number, max: number) => z.int().check(z.minimum(min), z.maximum(max));

export const themes = ['system', 'light', 'dark'] as const;

export const settingsSchema = z.strictObject({
  theme: z.enum(themes),
  readerFontSize: between(12, 28),
  readerFont: z.enum(['serif', 'sans']),
  /** Minutes between automatic syncs of a feed (each feed may override it). */
  syncIntervalMinutes: between(5, 7 * 24 * 60),
  syncOnStart: z.boolean(),
  /** Disk space for offline images; the oldest images of unstarred articles go first. */
  imageBudgetMB: between(0, 1_000_000),
  /** Larger images are not kept offline. */
  maxImageMB: between(1, 100),
});

export type Settings = z.infer<typeof settingsSchema>;

export const defaultSettings: Settings = {
  theme: 'system',
  readerFontSize: 18,
  readerFont: 'serif',
  syncIntervalMinutes: 60,
  syncOnStart: true,
  imageBudgetMB: 1024,
  maxImageMB: 5,
};

export const settingsPatchSchema = z.partial(settingsSchema);

/**
 * Reads whatever is on disk into valid settings: unknown keys are dropped and
 * invalid values fall back to their defaults, so a hand-edited file never stops the app.
 */
export function normalizeSettings(raw: unknown): Settings {
  const result: Record<string, unknown> = { ...defaultSettings };
  if (raw && typeof raw === 'object') {
    for (const key of Object.keys(defaultSettings)) {
      const field = settingsSchema.shape[key as keyof Settings];
      const parsed = field.safeParse((raw as Record<string, unknown>)[key]);
      if (parsed.success) result[key] = parsed.data;
    }
  }
  return result as Settings;
}

/** The one small interface the backend uses for settings, whatever stores them. */
export interface SettingsStore {
  get(): Promise<Settings>;
  update(patch: Partial<Settings>): Promise<Settings>;
}
