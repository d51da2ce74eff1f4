// The native theme follows the library's theme setting, which the backend owns: it drives native
// menus, dialogs, the window's background and the page's prefers-color-scheme alike.
import type { NativeTheme } from 'electron';
import { messageOf } from '../../shared/api-reply.ts';
import { settingsSchema } from '../../shared/settings.ts';
import type { ShellStateStore, ThemeSource } from './shell-state.ts';

export interface ThemeFollower {
  /** Applies the theme of a settings-changed event and remembers it for the next start. */
  apply(theme: unknown): void;
  /** Asks the backend for the library's theme; an answer overtaken by a settings-changed event is dropped. */
  readFrom(backend: { call(method: 'getSettings', args: []): Promise<unknown> }): Promise<void>;
}

/**
 * Applies the theme remembered in the shell's state at once, before any window exists: the backend
 * answers later, and a dark-theme reader must not see a white window in between.
 */
export function followLibraryTheme(
  nativeTheme: Pick<NativeTheme, 'themeSource'>,
  state: Pick<ShellStateStore, 'read' | 'save'>,
): ThemeFollower {
  let remembered = state.read().theme;
  nativeTheme.themeSource = remembered;
  let announced = 0;

  function applyTheme(theme: ThemeSource): void {
    if (nativeTheme.themeSource !== theme) nativeTheme.themeSource = theme;
    if (remembered !== theme) {
      remembered = theme;
      state.save({ theme });
    }
  }

  return {
    apply(theme) {
      const parsed = settingsSchema.shape.theme.safeParse(theme);
      if (!parsed.success) {
        console.error('Outpost ignored an unknown theme from its backend', theme);
        return;
      }
      announced += 1;
      applyTheme(parsed.data);
    },

    async readFrom(backend) {
      const before = announced;
      let settings: unknown;
      try {
        settings = await backend.call('getSettings', []);
      } catch (error) {
        // A restarted backend sends 'reset', which asks again.
        console.error(`Outpost kept its last theme: ${messageOf(error)}`);
        return;
      }
      if (announced !== before) return;
      const theme = settingsSchema.shape.theme.safeParse(
        typeof settings === 'object' && settings !== null
          ? (settings as { theme?: unknown }).theme
          : undefined,
      );
      if (theme.success) applyTheme(theme.data);
    },
  };
}
