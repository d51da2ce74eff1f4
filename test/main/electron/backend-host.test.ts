// The backend host against a fake utility process whose child side the test plays: ids, codes,
// crashes, close.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startBackendHost } from '../../../main/electron/backend-host.ts';
import type { BackendEvent, BackendHostOptions } from '../../../main/electron/backend-host.ts';
import type { ToBackend } from '../../../main/electron/backend-protocol.ts';
import { OutpostError } from '../../../shared/api-reply.ts';
import { changesOf } from '../../../shared/changes.ts';
import * as fake from './fake-electron.ts';

const entry = '/app/dist/electron/backend-process.cjs';
const dataDir = '/nonexistent/outpost-data';

beforeEach(() => {
  fake.resetFakeElectron();
  vi.spyOn(console, 'error').mockImplementation(() => {});
});

afterEach(() => vi.restoreAllMocks());

/** What a call rejected with: its code and message. */
function failureOf(promise: Promise<unknown>): Promise<{ code: string; message: string }> {
  return promise.then(
    () => {
      throw new Error('the call was meant to fail');
    },
    (error: unknown) => {
      expect(error).toBeInstanceOf(OutpostError);
      const { code, message } = error as OutpostError;
      return { code, message };
    },
  );
}

function startHost(options: Partial<BackendHostOptions> = {}) {
  const events: BackendEvent[] = [];
  const host = startBackendHost(fake.asElectron(fake.utilityProcess), {
    entry,
    dataDir,
    onEvent: (event) => events.push(event),
    closeTimeoutMs: 1000,
    ...options,
  });
  return { host, events, child: (index = 0) => childAt(index) };
}

function childAt(index: number): fake.FakeUtilityProcess {
  const child = fake.utilityProcess.children[index];
  if (!child) throw new Error(`no child process #${index}`);
  return child;
}

/** The call messages a child has received so far. */
function callsTo(child: fake.FakeUtilityProcess): Array<Extract<ToBackend, { type: 'call' }>> {
  return child.received.filter(
    (message): message is Extract<ToBackend, { type: 'call' }> =>
      typeof message === 'object' && message !== null && (message as ToBackend).type === 'call',
  );
}

/** Lets messages already posted (delivered with setImmediate, like real IPC) arrive. */
const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

async function waitForMessages(child: fake.FakeUtilityProcess, count: number): Promise<void> {
  await vi.waitFor(() => expect(child.received.length).toBeGreaterThanOrEqual(count));
}

describe('backend host', () => {
  it('forks the backend entry and hands it the data folder', () => {
    const { child } = startHost();
    expect(child().modulePath).toBe(entry);
    expect(child().options).toMatchObject({ serviceName: 'Outpost backend' });
    expect(child().received).toEqual([{ type: 'start', dataDir }]);
  });

  it('correlates concurrent calls answered out of order', async () => {
    const { host, child } = startHost();
    const sources = host.call('listSources', []);
    const stats = host.call('stats', []);
    const article = host.call('getArticle', [3]);
    // Settled up front: it rejects while the others are still being awaited.
    const search = failureOf(host.call('search', ['niger']));
    await waitForMessages(child(), 5);

    const calls = callsTo(child());
    expect(calls.map((call) => call.method)).toEqual([
      'listSources',
      'stats',
      'getArticle',
      'search',
    ]);
    expect(new Set(calls.map((call) => call.id)).size).toBe(4);
    expect(calls[2]?.args).toEqual([3]);

    for (const call of [...calls].reverse()) {
      if (call.method === 'search') {
        child().reply({
          type: 'failure',
          id: call.id,
          code: 'invalid',
          message: 'The query has an unclosed quote.',
        });
      } else {
        child().reply({ type: 'result', id: call.id, value: `answer to ${call.method}` });
      }
    }
    await expect(sources).resolves.toBe('answer to listSources');
    await expect(stats).resolves.toBe('answer to stats');
    await expect(article).resolves.toBe('answer to getArticle');
    await expect(search).resolves.toEqual({
      code: 'invalid',
      message: 'The query has an unclosed quote.',
    });
  });

  it('rejects pending calls when the child exits, then restarts it once', async () => {
    const { host, child } = startHost();
    const first = host.call('stats', []);
    const second = host.call('listSources', []);
    await waitForMessages(child(0), 3);
    child(0).exit(139);

    expect(await failureOf(first)).toEqual({
      code: 'unavailable',
      message: expect.stringMatching(/stopped unexpectedly \(exit code 139\) and is restarting/),
    });
    expect(await failureOf(second)).toMatchObject({ code: 'unavailable' });
    expect(fake.utilityProcess.children).toHaveLength(2);
    expect(child(1).received).toEqual([{ type: 'start', dataDir }]);

    const retried = host.call('stats', []);
    await waitForMessages(child(1), 2);
    const [call] = callsTo(child(1));
    child(1).reply({ type: 'result', id: call?.id, value: 'fresh' });
    await expect(retried).resolves.toBe('fresh');
  });

  it('asks the UI to refresh once a restarted backend is ready', async () => {
    const { child, events } = startHost();
    child(0).reply({ type: 'ready' });
    await nextTurn();
    expect(events).toEqual([]);
    child(0).exit(1);
    child(1).reply({ type: 'ready' });
    await vi.waitFor(() =>
      expect(events).toEqual([{ type: 'event', name: 'reset', payload: { reason: 'restarted' } }]),
    );
  });

  it('gives up after a second crash and says what to do', async () => {
    const { host, child } = startHost();
    child(0).exit(1);
    const pending = host.call('stats', []);
    await waitForMessages(child(1), 2);
    child(1).exit(1);
    expect(await failureOf(pending)).toEqual({
      code: 'unavailable',
      message: expect.stringMatching(/stopped again \(exit code 1\)\. Quit and reopen Outpost/),
    });
    await expect(host.call('stats', [])).rejects.toThrow(/Quit and reopen Outpost/);
    expect(fake.utilityProcess.children).toHaveLength(2);
  });

  it('does not restart a backend that could not open the data folder', async () => {
    const { host, child } = startHost();
    const pending = host.call('stats', []);
    await waitForMessages(child(), 2);
    child().reply({ type: 'fatal', message: 'database disk image is malformed' });

    const expected = `Outpost could not open its library in ${dataDir}: database disk image is malformed`;
    expect(await failureOf(pending)).toEqual({ code: 'unavailable', message: expected });
    await expect(host.call('listSources', [])).rejects.toThrow(expected);
    expect(child().killed).toBe(true);
    expect(fake.utilityProcess.children).toHaveLength(1);
  });

  it('ignores a failure without a known code rather than guessing one', async () => {
    const { host, child } = startHost();
    const pending = failureOf(host.call('stats', []));
    await waitForMessages(child(), 2);
    const [call] = callsTo(child());
    child().reply({ type: 'failure', id: call?.id, message: 'No code.' });
    child().reply({ type: 'failure', id: call?.id, code: 'teapot', message: 'Unknown code.' });
    child().reply({ type: 'failure', id: call?.id, code: 'network', message: 'Offline.' });
    expect(await pending).toEqual({ code: 'network', message: 'Offline.' });
  });

  it('forwards backend events and ignores malformed messages', async () => {
    const { child, events } = startHost();
    child().reply({ type: 'event', name: 'no-such-event', payload: {} });
    child().reply({ type: 'result', id: 'x', value: 1 });
    child().reply('garbage');
    child().reply({ type: 'event', name: 'articles-changed', payload: {} });
    const changed = changesOf({ articles: { added: [1, 2] } });
    child().reply({ type: 'event', name: 'changed', payload: changed });
    await vi.waitFor(() => expect(events).toHaveLength(1));
    expect(events[0]).toEqual({ type: 'event', name: 'changed', payload: changed });
  });

  it('closes the child on quit and waits for it to exit', async () => {
    const { host, child } = startHost();
    let closed = false;
    const closing = host.close().then(() => (closed = true));
    await waitForMessages(child(), 2);
    expect(child().received.at(-1)).toEqual({ type: 'close' });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(closed).toBe(false);

    child().exit(0);
    await closing;
    expect(fake.utilityProcess.children).toHaveLength(1);
    expect(await failureOf(host.call('stats', []))).toEqual({
      code: 'unavailable',
      message: 'Outpost is closing.',
    });
  });

  it('kills a child that does not close in time', async () => {
    const { host, child } = startHost({ closeTimeoutMs: 30 });
    const pending = host.call('stats', []);
    await host.close();
    expect(child().killed).toBe(true);
    expect(await failureOf(pending)).toEqual({
      code: 'unavailable',
      message: 'Outpost is closing.',
    });
    expect(fake.utilityProcess.children).toHaveLength(1);
  });
});
