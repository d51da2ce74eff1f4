import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchConnectivity } from '../../../main/electron/connectivity.ts';
import { asElectron, net, powerMonitor, resetFakeElectron } from './fake-electron.ts';

afterEach(() => {
  vi.useRealTimers();
  resetFakeElectron();
});

describe('watchConnectivity', () => {
  it('fires when the network comes back and when the machine wakes, not while it stays up', () => {
    vi.useFakeTimers();
    const calls: string[] = [];
    const stop = watchConnectivity(
      asElectron({ net, powerMonitor }),
      () => calls.push('sync'),
      1000,
    );
    vi.advanceTimersByTime(3000);
    expect(calls).toEqual([]);
    net.online = false;
    vi.advanceTimersByTime(1000);
    net.online = true;
    vi.advanceTimersByTime(1000);
    expect(calls).toEqual(['sync']);
    powerMonitor.emit('resume');
    expect(calls).toEqual(['sync', 'sync']);
    stop();
    net.online = false;
    vi.advanceTimersByTime(1000);
    net.online = true;
    vi.advanceTimersByTime(1000);
    powerMonitor.emit('resume');
    expect(calls).toHaveLength(2);
  });
});
