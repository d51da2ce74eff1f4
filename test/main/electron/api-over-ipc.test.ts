// The whole desktop path of a call: the preload's bridge → IPC (sender and schema checks) → the
// backend host → the real backend in its "utility process" (fake ports that clone every message).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createBackend } from '../../../main/backend.ts';
import { startBackendHost } from '../../../main/electron/backend-host.ts';
import type { BackendHost } from '../../../main/electron/backend-host.ts';
import { serveBackend } from '../../../main/electron/backend-server.ts';
import { createBridge } from '../../../main/electron/bridge.ts';
import type { BridgeIpc } from '../../../main/electron/bridge.ts';
import {
  isTrustedSender,
  registerApiHandlers,
  sendEventToWindow,
} from '../../../main/electron/ipc.ts';
import type { OutpostBridge } from '../../../shared/api.ts';
import { OutpostError } from '../../../shared/api-reply.ts';
import { defaultSettings } from '../../../shared/settings.ts';
import * as fake from './fake-electron.ts';

let root: string;
let window: fake.BrowserWindow;
let host: BackendHost;
let bridge: OutpostBridge;

beforeEach(async () => {
  fake.resetFakeElectron();
  root = mkdtempSync(path.join(tmpdir(), 'outpost-api-over-ipc-'));
  fake.utilityProcess.onFork = (child) =>
    serveBackend(child.parentPort, {
      createBackend,
      exit: (code) => setImmediate(() => child.exit(code)),
    });
  window = new fake.BrowserWindow({});
  await window.loadURL('app://outpost/');
  host = startBackendHost(fake.asElectron(fake.utilityProcess), {
    entry: '/app/dist/electron/backend-process.cjs',
    dataDir: path.join(root, 'data'),
    onEvent: (event) => sendEventToWindow(fake.asElectron(window), event.name, event.payload),
  });
  registerApiHandlers(fake.asElectron(fake.ipcMain), {
    isTrusted: (event) =>
      isTrustedSender(event, fake.asElectron(window), (contents) =>
        fake.asElectron(fake.BrowserWindow.fromWebContents(contents)),
      ),
    backend: host,
  });
  // The page's side: ipcRenderer.invoke arrives from our window's top frame.
  fake.ipcRenderer.sender = window.webContents;
  bridge = createBridge(fake.asElectron<BridgeIpc>(fake.ipcRenderer));
});

afterEach(async () => {
  await host.close();
  rmSync(root, { recursive: true, force: true });
});

/** What a bridge call rejected with. */
async function failureOf(call: Promise<unknown>): Promise<OutpostError> {
  const error = await call.then(
    () => {
      throw new Error('the call was meant to fail');
    },
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(OutpostError);
  return error as OutpostError;
}

describe('API calls from the page to the real backend', () => {
  it('answers a valid call', async () => {
    const folder = await bridge.createFolder('Sahel');
    expect(await bridge.renameFolder(folder.id, 'West Africa')).toMatchObject({
      id: folder.id,
      name: 'West Africa',
    });
  });

  it("rejects with the backend's not-found code", async () => {
    const error = await failureOf(bridge.renameFolder(999, 'World'));
    expect(error.code).toBe('not-found');
    expect(error.message).toBe('There is no folder with id 999.');
  });

  it('rejects a bad argument as a bad request before it reaches the backend', async () => {
    const error = await failureOf(bridge.renameFolder(-1, 'World'));
    expect(error.code).toBe('bad-request');
    expect(error.message).toMatch(/^Invalid call to renameFolder at argument 0/);
    const child = fake.utilityProcess.children[0];
    expect(
      child?.received.filter((message) => (message as { type: string }).type === 'call'),
    ).toEqual([]);
  });

  it('refuses a page that is not our own', async () => {
    window.webContents.mainFrame.url = 'https://evil.example/';
    const error = await failureOf(bridge.stats());
    expect(error.code).toBe('refused');
  });

  it('reaches the backend for settings and brings settings-changed back to the window', async () => {
    expect(await bridge.updateSettings({ readerFontSize: 21 })).toEqual({
      ...defaultSettings,
      readerFontSize: 21,
    });
    await vi.waitFor(() =>
      expect(window.webContents.sent).toContainEqual({
        channel: 'outpost:event:settings-changed',
        args: [{ ...defaultSettings, readerFontSize: 21 }],
      }),
    );
    expect(await bridge.getSettings()).toEqual({ ...defaultSettings, readerFontSize: 21 });
  });
});
