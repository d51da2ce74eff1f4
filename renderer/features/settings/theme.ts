// The theme on the document: a data-theme attribute the CSS tokens follow, cached for the next start.
import type { Settings } from '../../../shared/settings.ts';

export type ThemeChoice = Settings['theme'];

const cacheKey = 'outpost.theme';

export function applyTheme(theme: ThemeChoice): void {
  document.documentElement.dataset.theme = theme;
  try {
    localStorage.setItem(cacheKey, theme);
  } catch {
    // Storage can be unavailable (private windows); the theme then comes from settings only.
  }
}

export function readCachedTheme(): ThemeChoice {
  try {
    const cached = localStorage.getItem(cacheKey);
    if (cached === 'light' || cached === 'dark' || cached === 'system') return cached;
  } catch {
    // See applyTheme.
  }
  return 'system';
}
