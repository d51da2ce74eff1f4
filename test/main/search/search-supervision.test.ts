// Search when its threads stop for real: whatever waits settles with a message the reader can act
// on, a fresh pair of threads takes over once, a second loss leaves search stopped, and close works.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBackend } from '../../../main/backend.ts';
import { createSearchService, type SearchService } from '../../../main/search/search-service.ts';
import type { SearchWorkers } from '../../../main/search/search-threads.ts';
import { makeTempDir } from '../../helpers/temp-dir.ts';

const RESTARTING = 'Search stopped unexpectedly and is restarting. Try again.';
const STOPPED = /^Search stopped again \(.+\)\. Restart Outpost to search again\.$/;

const services: SearchService[] = [];
afterEach(async () => {
  for (const service of services.splice(0)) await service.close();
});

/** A library of imported articles about a harbour; search has not started on it yet. */
async function makeLibrary(count: number): Promise<string> {
  const dir = makeTempDir();
  const dataDir = join(dir, 'data');
  const backend = await createBackend({ dataDir });
  const paths = Array.from({ length: count }, (_, i) => {
    const path = join(dir, `story-${i}.txt`);
    writeFileSync(path, `Harbour news ${i}\n\nThe harbour story continues with detail ${i}.\n`);
    return path;
  });
  await backend.importFiles(paths);
  await backend.close();
  return dataDir;
}

/** The service, each pair of threads it starts, and how many of those threads have exited. */
function startSearch(dataDir: string) {
  const started: SearchWorkers[] = [];
  const exits = { count: 0 };
  const stopped: string[] = [];
  const service = createSearchService(dataDir, undefined, {
    onWorkers(workers) {
      started.push(workers);
      for (const worker of [workers.query, workers.index]) worker.once('exit', () => exits.count++);
    },
    onStopped: (message) => stopped.push(message),
  });
  services.push(service);
  return { service, started, exits, stopped };
}

/** True if the promise has not settled after a few turns of the microtask queue. */
async function stillWaiting(promise: Promise<unknown>): Promise<boolean> {
  let settled = false;
  promise.then(
    () => (settled = true),
    () => (settled = true),
  );
  for (let i = 0; i < 5; i++) await Promise.resolve();
  return !settled;
}

describe('search thread supervision', () => {
  it('settles what waits on a stopped thread, restarts once, then stays stopped', async () => {
    const dataDir = await makeLibrary(3);
    const { service, started, exits, stopped } = startSearch(dataDir);
    await service.whenReady();
    expect(await service.search('harbour')).toMatchObject({ total: 3, problem: null });
    expect(started).toHaveLength(1);

    // Not ready again until the changed article is indexed, so these wait on the threads.
    service.articlesChanged([1], true);
    const ready = service.whenReady();
    const rebuilt = service.reindex();
    // terminate() first: the thread never runs the search sent after it.
    const killed = started[0]!.query.terminate();
    const pending = service.search('harbour');
    expect(await stillWaiting(pending)).toBe(true);
    await killed;
    expect(await pending).toMatchObject({ total: 0, hits: [], problem: RESTARTING });
    await expect(ready).rejects.toThrow(RESTARTING);
    await expect(rebuilt).rejects.toThrow(RESTARTING);

    // A fresh pair loads the segments again and answers.
    await vi.waitFor(() => expect(started).toHaveLength(2));
    await service.whenReady();
    expect(await service.search('harbour')).toMatchObject({ total: 3, problem: null });
    expect(service.state()).toMatchObject({ state: 'ready', documents: 3, notice: null });
    expect(exits.count).toBe(2);
    // A restart is no news for the reader; search stopping for good is.
    expect(stopped).toEqual([]);

    // A second loss: search stops, says so, and nothing waits.
    const killedAgain = started[1]!.query.terminate();
    const lost = service.search('harbour');
    expect(await stillWaiting(lost)).toBe(true);
    await killedAgain;
    expect((await lost).problem).toMatch(STOPPED);
    expect((await service.search('harbour')).problem).toMatch(STOPPED);
    expect(service.state().notice).toMatch(STOPPED);
    expect(stopped).toHaveLength(1);
    expect(stopped[0]).toMatch(STOPPED);
    await expect(service.whenReady()).rejects.toThrow(STOPPED);
    await expect(service.reindex()).rejects.toThrow(STOPPED);
    expect(await service.count('harbour')).toEqual({ total: 0, unread: 0 });
    // The surviving index thread is stopped too, and no third pair starts.
    await vi.waitFor(() => expect(exits.count).toBe(4));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(started).toHaveLength(2);

    await service.close();
    expect((await service.search('harbour')).problem).toBe('Outpost is closing.');
  });

  it('fails a waiting whenReady when the index thread stops, and the fresh pair catches up', async () => {
    const dataDir = await makeLibrary(4);
    const { service, started } = startSearch(dataDir);
    // The index thread is stopped before it opened the index: nothing can be ready yet.
    const ready = service.whenReady();
    void started[0]!.index.terminate();
    await expect(ready).rejects.toThrow(RESTARTING);

    await vi.waitFor(() => expect(started).toHaveLength(2));
    await service.whenReady();
    expect(await service.search('harbour')).toMatchObject({ total: 4, problem: null });
    expect(service.state()).toMatchObject({ state: 'ready', pendingArticles: 0 });
  });

  it('counts an uncaught exception in a thread as one loss, not two', async () => {
    const dataDir = await makeLibrary(2);
    const { service, started } = startSearch(dataDir);
    await service.whenReady();
    const crashed = started[0]!.query;
    const events: string[] = [];
    crashed.once('error', () => events.push('error'));
    crashed.once('exit', () => events.push('exit'));
    // A malformed message makes the real thread throw outside any handler: 'error', then 'exit'.
    crashed.postMessage({ type: 'add', seq: 1, segments: null });

    await vi.waitFor(() => expect(events).toEqual(['error', 'exit']));
    await vi.waitFor(() => expect(started).toHaveLength(2));
    await service.whenReady();
    // Counted twice, the restart would be used up and search would have stopped.
    expect(await service.search('harbour')).toMatchObject({ total: 2, problem: null });
    expect(service.state().notice).toBeNull();
    await service.reindex();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(started).toHaveLength(2);
  });

  it('closes while a lost pair is being replaced, without starting another', async () => {
    const dataDir = await makeLibrary(2);
    const { service, started, exits } = startSearch(dataDir);
    await service.whenReady();
    await started[0]!.query.terminate();
    expect(service.state().notice).toBe(RESTARTING);

    const closing = Date.now();
    await service.close();
    // Well under the five seconds a thread that never answers 'closed' would cost.
    expect(Date.now() - closing).toBeLessThan(4000);
    expect(exits.count).toBe(2);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(started).toHaveLength(1);
  });

  it('closes at once when a thread stops during close', async () => {
    const dataDir = await makeLibrary(2);
    const { service, started, exits } = startSearch(dataDir);
    await service.whenReady();
    void started[0]!.query.terminate();

    const closing = Date.now();
    await service.close();
    expect(Date.now() - closing).toBeLessThan(4000);
    expect(exits.count).toBe(2);
    expect(started).toHaveLength(1);
  });
});
