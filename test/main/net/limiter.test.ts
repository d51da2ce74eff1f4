// The slot limiter on its own: FIFO per host, turns across hosts, idempotent release, abort.
import { describe, expect, it } from 'vitest';
import { createLimiter, type Release } from '../../../main/net/limiter.ts';

/** Acquires and records the order in which slots are granted. */
function recorder(limiter: ReturnType<typeof createLimiter>) {
  const granted: string[] = [];
  const releases = new Map<string, Release>();
  const acquire = (name: string, host: string, signal?: AbortSignal) =>
    limiter.acquire(host, signal).then((release) => {
      granted.push(name);
      releases.set(name, release);
    });
  const release = async (name: string) => {
    releases.get(name)?.();
    await new Promise((resolve) => setImmediate(resolve));
  };
  return { granted, acquire, release };
}

describe('createLimiter', () => {
  it('grants per host in arrival order, within both limits', async () => {
    const limiter = createLimiter({ maxConcurrent: 3, maxPerHost: 2 });
    const { granted, acquire, release } = recorder(limiter);
    for (const name of ['a1', 'a2', 'a3', 'a4']) void acquire(name, 'a');
    await release('none');
    expect(granted).toEqual(['a1', 'a2']);
    expect(limiter.active('a')).toBe(2);
    await release('a2');
    expect(granted).toEqual(['a1', 'a2', 'a3']);
    await release('a1');
    expect(granted).toEqual(['a1', 'a2', 'a3', 'a4']);
  });

  it('gives the next free slot to the host served longest ago', async () => {
    const limiter = createLimiter({ maxConcurrent: 1, maxPerHost: 1 });
    const { granted, acquire, release } = recorder(limiter);
    for (const name of ['a1', 'a2', 'a3']) void acquire(name, 'a');
    void acquire('b1', 'b');
    void acquire('c1', 'c');
    void acquire('b2', 'b');
    await release('none');
    for (const name of ['a1', 'b1', 'c1', 'a2', 'b2']) await release(name);
    expect(granted).toEqual(['a1', 'b1', 'c1', 'a2', 'b2', 'a3']);
  });

  it('counts a release only once', async () => {
    const limiter = createLimiter({ maxConcurrent: 2, maxPerHost: 2 });
    const first = await limiter.acquire('a');
    await limiter.acquire('a');
    first();
    first();
    expect(limiter.active()).toBe(1);
  });

  it('drops an aborted waiter and rejects with the abort reason', async () => {
    const limiter = createLimiter({ maxConcurrent: 1, maxPerHost: 1 });
    const { granted, acquire, release } = recorder(limiter);
    void acquire('a1', 'a');
    const controller = new AbortController();
    const waiting = acquire('a2', 'a', controller.signal);
    void acquire('a3', 'a');
    controller.abort(new Error('stop'));
    await expect(waiting).rejects.toThrow('stop');
    await release('a1');
    expect(granted).toEqual(['a1', 'a3']);
    await expect(limiter.acquire('a', AbortSignal.abort(new Error('late')))).rejects.toThrow(
      'late',
    );
  });
});
