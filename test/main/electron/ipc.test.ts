// IPC handlers wired to the real backend host (fake utility process) and the real settings store.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startBackendHost } from '../../../main/electron/backend-host.ts';
import type { ToBackend } from '../../../main/electron/backend-protocol.ts';
import {
  isTrustedSender,
  registerApiHandlers,
  sendEventToWindow,
} from '../../../main/electron/ipc.ts';
import { openSettingsStore } from '../../../main/electron/settings.ts';
import { apiMethods, ipcChannel } from '../../../shared/api.ts';
import type { ApiMethod } from '../../../shared/api.ts';
import { validateArgs } from '../../../shared/api-schema.ts';
import { defaultSettings } from '../../../shared/settings.ts';
import * as fake from './fake-electron.ts';

vi.hoisted(() => {
  // See settings.test.ts: lets electron-store load without the Electron binary.
  process.env.ELECTRON_OVERRIDE_DIST_PATH ??= '/nonexistent-electron-dist';
});

type Reply = { ok: true; value: unknown } | { ok: false; error: { message: string } };

let dataDir: string;
let window: fake.BrowserWindow;
let child: fake.FakeUtilityProcess;
let unregister: () => void;

beforeEach(async () => {
  fake.resetFakeElectron();
  dataDir = mkdtempSync(path.join(tmpdir(), 'outpost-ipc-'));
  window = new fake.BrowserWindow({});
  await window.loadURL('app://outpost/');
  const settings = openSettingsStore(dataDir);
  const host = startBackendHost(fake.asElectron(fake.utilityProcess), {
    entry: '/app/dist/electron/backend-process.cjs',
    dataDir,
    settings,
    onEvent: () => {},
  });
  child = fake.utilityProcess.children[0] as fake.FakeUtilityProcess;
  unregister = registerApiHandlers(fake.asElectron(fake.ipcMain), {
    isTrusted: (event) =>
      isTrustedSender(event, fake.asElectron(window), (contents) =>
        fake.asElectron(fake.BrowserWindow.fromWebContents(contents)),
      ),
    backend: host,
    settings,
  });
});

afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

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
        error: { message: "Outpost refused stats: the call did not come from Outpost's own page." },
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
    ['importFiles', ['/one/path']],
    ['updateSettings', [{ readerFontSize: 99 }]],
    ['stats', ['extra']],
  ])('rejects invalid arguments to %s with the schema message', async (method, args) => {
    const expected = validateArgs(method, args);
    if (expected.ok) throw new Error('the arguments were meant to be invalid');
    expect(await invoke(method, args)).toEqual({ ok: false, error: { message: expected.message } });
    await nextTurn();
    expect(callsReceived()).toEqual([]);
  });

  it('answers settings from main without asking the backend', async () => {
    expect(await invoke('getSettings', [])).toEqual({ ok: true, value: defaultSettings });
    expect(await invoke('updateSettings', [{ theme: 'dark' }])).toEqual({
      ok: true,
      value: { ...defaultSettings, theme: 'dark' },
    });
    expect(JSON.parse(readFileSync(path.join(dataDir, 'settings.json'), 'utf8'))).toMatchObject({
      theme: 'dark',
    });
    await nextTurn();
    expect(callsReceived()).toEqual([]);
  });

  it('returns failures as plain messages, never stacks', async () => {
    const reply = invoke('importFiles', [['/nowhere/article.txt']]);
    await vi.waitFor(() => expect(callsReceived()).toHaveLength(1));
    child.reply({
      type: 'failure',
      id: callsReceived()[0]?.id,
      message: 'Cannot read /nowhere/article.txt',
    });
    expect(await reply).toEqual({
      ok: false,
      error: { message: 'Cannot read /nowhere/article.txt' },
    });

    const crashed = invoke('stats', []);
    await vi.waitFor(() => expect(callsReceived()).toHaveLength(2));
    child.exit(1);
    const answer = await crashed;
    expect(answer.ok).toBe(false);
    expect(Object.keys(answer.ok ? {} : answer.error)).toEqual(['message']);
    expect(JSON.stringify(answer)).not.toMatch(/\bat .*\.ts:\d+/);
  });
});

describe('events to the window', () => {
  it('sends the payload on the event channel', () => {
    sendEventToWindow(fake.asElectron(window), 'articles-changed', { reason: 'import', ids: [4] });
    expect(window.webContents.sent).toEqual([
      { channel: 'outpost:event:articles-changed', args: [{ reason: 'import', ids: [4] }] },
    ]);
  });

  it('sends nothing to a closed window or no window', () => {
    window.close();
    sendEventToWindow(fake.asElectron(window), 'settings-changed', defaultSettings);
    sendEventToWindow(null, 'settings-changed', defaultSettings);
    expect(window.webContents.sent).toEqual([]);
  });
});
