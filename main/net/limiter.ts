// Connection slots: a global limit and a per-host limit, FIFO within a host, round-robin across hosts.

export interface LimiterOptions {
  maxConcurrent: number;
  maxPerHost: number;
}

/** Gives a slot back; safe to call more than once. */
export type Release = () => void;

export interface Limiter {
  /** Waits for a slot for `host`; rejects with the signal's reason if it aborts while waiting. */
  acquire(host: string, signal?: AbortSignal): Promise<Release>;
  /** Slots in use, overall and for one host (for tests and progress displays). */
  active(host?: string): number;
}

interface Waiter {
  grant: () => void;
}

export function createLimiter(options: LimiterOptions): Limiter {
  const maxConcurrent = Math.max(1, Math.floor(options.maxConcurrent));
  const maxPerHost = Math.max(1, Math.floor(options.maxPerHost));
  let activeTotal = 0;
  const activeByHost = new Map<string, number>();
  const queues = new Map<string, Waiter[]>();
  // When each busy host last got a slot: the host served longest ago goes first, so one host with
  // fifty queued feeds cannot starve the others. Forgotten once a host is idle.
  const lastServed = new Map<string, number>();
  let serial = 0;

  function take(host: string): Release {
    serial += 1;
    lastServed.set(host, serial);
    activeTotal += 1;
    activeByHost.set(host, (activeByHost.get(host) ?? 0) + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      activeTotal -= 1;
      const left = (activeByHost.get(host) ?? 1) - 1;
      if (left > 0) activeByHost.set(host, left);
      else {
        activeByHost.delete(host);
        if (!queues.has(host)) lastServed.delete(host);
      }
      pump();
    };
  }

  /** The waiting host with a free per-host slot that was served longest ago (never = first). */
  function nextHost(): string | undefined {
    let best: string | undefined;
    let bestServed = Infinity;
    for (const host of queues.keys()) {
      if ((activeByHost.get(host) ?? 0) >= maxPerHost) continue;
      const served = lastServed.get(host) ?? -1;
      if (served < bestServed) {
        best = host;
        bestServed = served;
      }
    }
    return best;
  }

  function pump(): void {
    while (activeTotal < maxConcurrent) {
      const host = nextHost();
      if (host === undefined) return;
      const queue = queues.get(host) ?? [];
      const waiter = queue.shift();
      if (queue.length === 0) queues.delete(host);
      waiter?.grant();
    }
  }

  return {
    acquire(host, signal) {
      return new Promise<Release>((resolve, reject) => {
        if (signal?.aborted) {
          reject(signal.reason);
          return;
        }
        const onAbort = () => {
          const queue = queues.get(host);
          const index = queue?.indexOf(waiter) ?? -1;
          if (queue && index >= 0) {
            queue.splice(index, 1);
            if (queue.length === 0) queues.delete(host);
          }
          if (!queues.has(host) && !activeByHost.has(host)) lastServed.delete(host);
          reject(signal?.reason);
        };
        const waiter: Waiter = {
          grant: () => {
            signal?.removeEventListener('abort', onAbort);
            resolve(take(host));
          },
        };
        signal?.addEventListener('abort', onAbort, { once: true });
        const queue = queues.get(host);
        if (queue) queue.push(waiter);
        else queues.set(host, [waiter]);
        pump();
      });
    },
    active(host) {
      return host === undefined ? activeTotal : (activeByHost.get(host) ?? 0);
    },
  };
}
