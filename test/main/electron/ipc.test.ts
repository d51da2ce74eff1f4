// IPC handlers wired to the real backend host (fake utility process): sender checks, schema checks,
// and failures that keep their code.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startBackendHost } from '../../../main/electron/backend-host.ts';
import type { ToBackend } from '../../../main/electron/backend-protocol.ts';
import {
  isTrustedSender,
  registerApiHandlers,
  sendEventToWindow,
} from '../../../main/electron/ipc.ts';
import { apiMethods, ipcChannel, validateArgs } from '../../../shared/api.ts';
import type { ApiMethod } from '../../../shared/api.ts';
import type { Reply } from '../../../shared/api-reply.ts';
import { changesOf } from '../../../shared/changes.ts';
import { defaultSettings } from '../../../shared/settings.ts';
import * as fake from './fake-electron.ts';

const dataDir = '/nonexistent/outpost-data';
let window: fake.BrowserWindow;
let child: fake.FakeUtilityProcess;
let unregister: () => void;

beforeEach(async () => {
  fake.resetFakeElectron();
  vi.spyOn(console, 'error').mockImplementation(() => {});
  window = new fake.BrowserWindow({});
  await window.loadURL('app://outpost/');
  const host = startBackendHost(fake.asElectron(fake.utilityProcess), {
    entry: '/app/dist/electron/backend-process.cjs',
    dataDir,
    onEvent: () => {},
  });
  child = fake.utilityProcess.children[0] as fake.FakeUtilityProcess;
  unregister = registerApiHandlers(fake.asElectron(fake.ipcMain), {
    isTrusted: (event) =>
      isTrustedSender(event, fake.asElectron(window), (contents) =>
        fake.asElectron(fake.BrowserWindow.fromWebContents(contents)),
      ),
    backend: host,
  });
});

afterEach(() => vi.restoreAllMocks());

function invoke(
  method: ApiMethod,
  args: unknown[],
  event: unknown = window.webContents.ipcEvent(),
): Promise<Reply> {
  return fake.ipcMain.invoke(ipcChannel.call(method), event, ...args) as Promise<Reply>;
}

function callsReceived(): Array<Extract<ToBackend, { type: 'call' }>> {
  return child.received.filter(
    (message): message is Extract<ToBackend, { type: 'call' }> =>
      (message as ToBackend).type === 'call',
  );
}

/** Plays the backend: answers the next call with `value`. */
async function answerNextCall(value: unknown): Promise<Extract<ToBackend, { type: 'call' }>> {
  await vi.waitFor(() => expect(callsReceived().length).toBeGreaterThan(0));
  const call = callsReceived().at(-1);
  if (!call) throw new Error('no call');
  child.reply({ type: 'result', id: call.id, value });
  return call;
}

const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

describe('IPC handlers', () => {
  it('registers exactly one handler per API method and nothing else', () => {
    expect([...fake.ipcMain.handlers.keys()].sort()).toEqual(
      apiMethods.map(ipcChannel.call).sort(),
    );
    expect(fake.ipcMain.eventNames()).toEqual([]);
    unregister();
    expect(fake.ipcMain.handlers.size).toBe(0);
  });

  it('relays a valid call from our page to the backend and returns its answer', async () => {
    const reply = invoke('getArticle', [3]);
    const call = await answerNextCall({ id: 3, title: 'Niger' });
    expect(call).toMatchObject({ type: 'call', method: 'getArticle', args: [3] });
    expect(await reply).toEqual({ ok: true, value: { id: 3, title: 'Niger' } });
  });

  it('drops trailing undefined arguments before relaying', async () => {
    const reply = invoke('search', ['sahel', undefined]);
    const call = await answerNextCall({ total: 0 });
    expect(call.args).toEqual(['sahel']);
    expect((await reply).ok).toBe(true);
  });

  describe('refuses calls that do not come from our own top frame', () => {
    const refusals: Array<[string, () => unknown]> = [
      [
        'an iframe inside our page',
        () =>
          window.webContents.ipcEvent(
            new fake.FakeWebFrame('app://outpost/', window.webContents.mainFrame),
          ),
      ],
      [
        'our window navigated to another origin',
        () => {
          window.webContents.mainFrame.url = 'https://evil.example/';
          return window.webContents.ipcEvent();
        },
      ],
      [
        'a lookalike origin',
        () => {
          window.webContents.mainFrame.url = 'app://outpost.evil/';
          return window.webContents.ipcEvent();
        },
      ],
      [
        'another window',
        () =>
          new fake.BrowserWindow({}).webContents.ipcEvent(new fake.FakeWebFrame('app://outpost/')),
      ],
      [
        'web contents without a window',
        () => new fake.FakeWebContents().ipcEvent(new fake.FakeWebFrame('app://outpost/')),
      ],
      ['a frame that is gone', () => window.webContents.ipcEvent(null)],
      [
        'a closed window',
        () => {
          window.close();
          return window.webContents.ipcEvent();
        },
      ],
    ];

    it.each(refusals)('%s', async (_name, makeEvent) => {
      const reply = await invoke('stats', [], makeEvent());
      expect(reply).toEqual({
        ok: false,
        code: 'refused',
        message: "Outpost refused stats: the call did not come from Outpost's own page.",
      });
      await nextTurn();
      expect(callsReceived()).toEqual([]);
    });
  });

  it.each<[ApiMethod, unknown[]]>([
    ['getArticle', ['3']],
    ['getArticle', [-1]],
    ['setRead', [1]],
    ['setStarred', [1, 'yes']],
    ['listArticles', [{ view: 'everything' }]],
    ['search', ['q', { limit: 5, evil: true }]],
    ['importDocuments', ['/one/path']],
    ['updateSettings', [{ readerFontSize: 99 }]],
    ['stats', ['extra']],
  ])('rejects invalid arguments to %s as a bad request', async (method, args) => {
    const expected = validateArgs(method, args);
    if (expected.ok) throw new Error('the arguments were meant to be invalid');
    expect(await invoke(method, args)).toEqual({
      ok: false,
      code: 'bad-request',
      message: expected.message,
    });
    await nextTurn();
    expect(callsReceived()).toEqual([]);
  });

  it('relays settings calls to the backend, which owns them', async () => {
    const reply = invoke('updateSettings', [{ theme: 'dark' }]);
    const call = await answerNextCall({ ...defaultSettings, theme: 'dark' });
    expect(call).toMatchObject({ method: 'updateSettings', args: [{ theme: 'dark' }] });
    expect(await reply).toEqual({ ok: true, value: { ...defaultSettings, theme: 'dark' } });
  });

  it("returns the backend's failures with their code, as plain messages", async () => {
    const reply = invoke('renameFolder', [99, 'World']);
    await vi.waitFor(() => expect(callsReceived()).toHaveLength(1));
    child.reply({
      type: 'failure',
      id: callsReceived()[0]?.id,
      code: 'not-found',
      message: 'There is no folder with id 99.',
    });
    expect(await reply).toEqual({
      ok: false,
      code: 'not-found',
      message: 'There is no folder with id 99.',
    });
  });

  it('answers calls lost in a crash as unavailable, never with a stack', async () => {
    const crashed = invoke('stats', []);
    await vi.waitFor(() => expect(callsReceived()).toHaveLength(1));
    child.exit(1);
    const answer = await crashed;
    expect(answer).toMatchObject({ ok: false, code: 'unavailable' });
    expect(Object.keys(answer).sort()).toEqual(['code', 'message', 'ok']);
    expect(JSON.stringify(answer)).not.toMatch(/\bat .*\.ts:\d+/);
  });
});

describe('events to the window', () => {
  it('sends the payload on the event channel', () => {
    const changed = changesOf({ articles: { added: [4] } });
    sendEventToWindow(fake.asElectron(window), 'changed', changed);
    sendEventToWindow(fake.asElectron(window), 'reset', { reason: 'restarted' });
    expect(window.webContents.sent).toEqual([
      { channel: 'outpost:event:changed', args: [changed] },
      { channel: 'outpost:event:reset', args: [{ reason: 'restarted' }] },
    ]);
  });

  it('sends nothing to a closed window or no window', () => {
    window.close();
    sendEventToWindow(fake.asElectron(window), 'settings-changed', defaultSettings);
    sendEventToWindow(null, 'settings-changed', defaultSettings);
    expect(window.webContents.sent).toEqual([]);
  });
});
