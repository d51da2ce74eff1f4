// Where Outpost keeps its data when nobody says otherwise: the same folder the desktop app uses.
import { homedir } from 'node:os';
import { join } from 'node:path';

export const PRODUCT_NAME = 'Outpost';

/**
 * Electron's `userData` for productName "Outpost": the CLI must find the app's library
 * without loading Electron, so this mirrors Electron's per-platform rule.
 */
export function defaultDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  home: string = homedir(),
): string {
  if (env.OUTPOST_DATA_DIR) return env.OUTPOST_DATA_DIR;
  switch (platform) {
    case 'darwin':
      return join(home, 'Library', 'Application Support', PRODUCT_NAME);
    case 'win32':
      return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), PRODUCT_NAME);
    default:
      return join(env.XDG_CONFIG_HOME || join(home, '.config'), PRODUCT_NAME);
  }
}
