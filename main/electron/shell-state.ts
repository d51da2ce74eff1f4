// The desktop shell's own state — where the window was, its zoom, the theme last applied — in
// electron-store in Electron's userData folder. The library and its settings live in the data folder.
import ElectronStore from 'electron-store';
import type { Schema } from 'electron-store';
import { themes } from '../../shared/settings.ts';
import type { Settings } from '../../shared/settings.ts';

export interface WindowBounds {
  x: number;
  y: number;
  width: number;
  height: number;
}

export type ThemeSource = Settings['theme'];

export interface ShellState {
  /** The window's normal (neither maximized nor minimized) bounds; absent until it first closes. */
  windowBounds?: WindowBounds;
  maximized: boolean;
  zoomFactor: number;
  /** The library's theme as last applied: used before the backend answers, so a dark window opens dark. */
  theme: ThemeSource;
}

export interface ShellStateStore {
  read(): ShellState;
  /** Saves what changed; a write that fails is logged, never thrown: this state is a convenience. */
  save(patch: Partial<ShellState>): void;
}

/**
 * shell-state.json rather than electron-store's config.json: by default the data folder is this same
 * folder, and the settings.json there is the library's.
 */
export const shellStateName = 'shell-state';

export const shellStateDefaults: ShellState = { maximized: false, zoomFactor: 1, theme: 'system' };

const coordinate = { type: 'integer', minimum: -1_000_000, maximum: 1_000_000 } as const;
const length = { type: 'integer', minimum: 1, maximum: 1_000_000 } as const;

/** Chromium's zoom range: 25 % to 500 %. */
export const zoomRange = { min: 0.25, max: 5 } as const;

const schema: Schema<ShellState> = {
  windowBounds: {
    type: 'object',
    properties: { x: coordinate, y: coordinate, width: length, height: length },
    required: ['x', 'y', 'width', 'height'],
    additionalProperties: false,
  },
  maximized: { type: 'boolean' },
  zoomFactor: { type: 'number', minimum: zoomRange.min, maximum: zoomRange.max },
  theme: { type: 'string', enum: [...themes] },
};

/** Opens shell-state.json in `folder`: app.getPath('userData'), electron-store's own default. */
export function openShellState(folder: string): ShellStateStore {
  let store: ElectronStore<ShellState>;
  try {
    store = new ElectronStore<ShellState>({
      cwd: folder,
      name: shellStateName,
      schema,
      defaults: shellStateDefaults,
      // A file that is not JSON or breaks the schema is reset rather than stopping the app.
      clearInvalidConfig: true,
    });
  } catch (error) {
    // Unreadable for another reason (permissions, a folder in its place): this run forgets on exit.
    console.error(`Outpost could not open its window state in ${folder}; using defaults`, error);
    return createMemoryShellState();
  }
  return {
    read() {
      try {
        return { ...shellStateDefaults, ...store.store };
      } catch (error) {
        console.error('Outpost could not read its window state; using defaults', error);
        return { ...shellStateDefaults };
      }
    },
    save(patch) {
      try {
        store.set(patch);
      } catch (error) {
        console.error('Outpost could not save its window state', error);
      }
    },
  };
}

function createMemoryShellState(): ShellStateStore {
  let state: ShellState = { ...shellStateDefaults };
  return {
    read: () => ({ ...state }),
    save(patch) {
      state = { ...state, ...patch };
    },
  };
}
