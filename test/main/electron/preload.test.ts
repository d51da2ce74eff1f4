// The preload against the fake Electron: what window.outpost exposes, how calls and events cross.
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { apiMethods, ipcChannel } from '../../../shared/api.ts';
import type { OutpostBridge } from '../../../shared/api.ts';
import { OutpostError } from '../../../shared/api-reply.ts';
import { changesOf } from '../../../shared/changes.ts';
import { defaultSettings } from '../../../shared/settings.ts';
import * as fake from './fake-electron.ts';

vi.mock('electron', () => import('./fake-electron.ts'));

let bridge: OutpostBridge;

beforeAll(async () => {
  fake.resetFakeElectron();
  await import('../../../main/electron/preload.ts');
  bridge = fake.contextBridge.exposed.outpost as OutpostBridge;
});

beforeEach(() => {
  fake.ipcRenderer.invocations = [];
  fake.ipcRenderer.answer = null;
  fake.ipcRenderer.removeAllListeners();
});

describe('preload', () => {
  it('exposes only window.outpost', () => {
    expect(Object.keys(fake.contextBridge.exposed)).toEqual(['outpost']);
  });

  it('exposes exactly the API methods plus on', () => {
    expect(Object.keys(bridge).sort()).toEqual([...apiMethods, 'on'].sort());
    for (const key of Object.keys(bridge)) {
      expect(typeof (bridge as unknown as Record<string, unknown>)[key], key).toBe('function');
    }
  });

  it('invokes each method on its own channel with the arguments as given', async () => {
    fake.ipcRenderer.answer = (channel) => ({ ok: true, value: `answer from ${channel}` });
    await expect(bridge.getArticle(7)).resolves.toBe('answer from outpost:call:getArticle');
    await bridge.search('sahel', { limit: 5 });
    await bridge.listSources();
    expect(fake.ipcRenderer.invocations).toEqual([
      { channel: ipcChannel.call('getArticle'), args: [7] },
      { channel: ipcChannel.call('search'), args: ['sahel', { limit: 5 }] },
      { channel: ipcChannel.call('listSources'), args: [] },
    ]);
  });

  it("rejects with main's code and message, without Electron's wrapper", async () => {
    fake.ipcRenderer.answer = () => ({
      ok: false,
      code: 'bad-request',
      message: 'Invalid call to getArticle at argument 0: Too small',
    });
    const error = await bridge.getArticle(0).catch((reason: unknown) => reason);
    expect(error).toBeInstanceOf(OutpostError);
    expect(error).toMatchObject({
      code: 'bad-request',
      message: 'Invalid call to getArticle at argument 0: Too small',
    });

    fake.ipcRenderer.answer = () => ({ ok: false, code: 'not-found', message: 'No article 7.' });
    await expect(bridge.getArticle(7)).rejects.toMatchObject({ code: 'not-found' });

    fake.ipcRenderer.answer = () => 'something else';
    await expect(bridge.stats()).rejects.toMatchObject({
      code: 'failed',
      message: expect.stringMatching(/unexpected answer/),
    });
  });

  it('refuses unknown events', () => {
    const on = bridge.on as (event: string, listener: () => void) => () => void;
    expect(() => on('outpost:call:stats', () => {})).toThrow(/Unknown Outpost event/);
    expect(() => on('__proto__', () => {})).toThrow(/Unknown Outpost event/);
    expect(fake.ipcRenderer.eventNames()).toEqual([]);
  });

  it('hands listeners the payload only, never the IPC event', () => {
    const calls: unknown[][] = [];
    bridge.on('settings-changed', (...args: unknown[]) => calls.push(args));
    const ipcEvent = { sender: fake.ipcRenderer, senderId: 0, ports: [] };
    fake.ipcRenderer.emit(ipcChannel.event('settings-changed'), ipcEvent, defaultSettings);
    expect(calls).toEqual([[defaultSettings]]);
  });

  it('listens on the event channel only and unsubscribes', () => {
    const payloads: unknown[] = [];
    const off = bridge.on('changed', (payload) => payloads.push(payload));
    expect(fake.ipcRenderer.eventNames()).toEqual([ipcChannel.event('changed')]);
    const first = changesOf({ articles: { added: [1] } });
    fake.ipcRenderer.emit(ipcChannel.event('settings-changed'), {}, defaultSettings);
    fake.ipcRenderer.emit(ipcChannel.event('changed'), {}, first);
    off();
    fake.ipcRenderer.emit(ipcChannel.event('changed'), {}, changesOf({ articles: { added: [2] } }));
    expect(payloads).toEqual([first]);
    expect(fake.ipcRenderer.listenerCount(ipcChannel.event('changed'))).toBe(0);
  });
});
