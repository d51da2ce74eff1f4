// Where the app finds its parts and its data, from the app folder (the repo in development, app.asar when packaged).
import path from 'node:path';

export interface AppPaths {
  /** The Vite build of renderer/, served as app://outpost/. */
  renderer: string;
  preload: string;
  backendEntry: string;
}

/** `appPath` is app.getAppPath(): the folder holding package.json, inside app.asar once packaged. */
export function resolveAppPaths(appPath: string): AppPaths {
  return {
    renderer: path.join(appPath, 'dist', 'renderer'),
    preload: path.join(appPath, 'dist', 'electron', 'preload.cjs'),
    backendEntry: path.join(appPath, 'dist', 'electron', 'backend-process.cjs'),
  };
}

/** OUTPOST_DATA_DIR wins (as for the CLI), else Electron's userData folder for "Outpost". */
export function resolveDataDir(env: NodeJS.ProcessEnv, userData: string): string {
  return env.OUTPOST_DATA_DIR ? path.resolve(env.OUTPOST_DATA_DIR) : userData;
}
