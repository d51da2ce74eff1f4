// The app's own origin, app://outpost: what the window loads, what IPC trusts and what navigation allows.

export const appScheme = 'app';
export const appHost = 'outpost';
export const appEntryUrl = `${appScheme}://${appHost}/`;

/**
 * True for URLs of the app's own pages. Compared part by part because Node's URL gives
 * non-special schemes the origin "null", and a lookalike such as
 * `app://outpost@evil/` or `app://outpost.evil/` must not pass.
 */
export function isAppUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    parsed.protocol === `${appScheme}:` &&
    parsed.hostname === appHost &&
    parsed.port === '' &&
    parsed.username === '' &&
    parsed.password === ''
  );
}
