// Notices when a connection appears (back online, or the machine wakes up) so a sync can use it.
import type { Net, PowerMonitor } from 'electron';

const POLL_MS = 15_000;

/**
 * Calls `onConnected` when Electron's view of the network goes from offline to online, and on
 * resume from sleep. Returns a function that stops watching.
 */
export function watchConnectivity(
  electron: { net: Pick<Net, 'isOnline'>; powerMonitor: Pick<PowerMonitor, 'on' | 'off'> },
  onConnected: () => void,
  pollMs = POLL_MS,
): () => void {
  let online = electron.net.isOnline();
  const timer = setInterval(() => {
    const now = electron.net.isOnline();
    if (now && !online) onConnected();
    online = now;
  }, pollMs);
  timer.unref?.();
  const onResume = () => onConnected();
  electron.powerMonitor.on('resume', onResume);
  return () => {
    clearInterval(timer);
    electron.powerMonitor.off('resume', onResume);
  };
}
