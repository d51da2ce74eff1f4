// Both sides of the backend protocol end to end: the host in "main", serveBackend with the real backend
// in the "utility process" (fake ports that clone every message), on a real data folder.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createBackend } from '../../../main/backend.ts';
import { startBackendHost } from '../../../main/electron/backend-host.ts';
import type { BackendEvent } from '../../../main/electron/backend-host.ts';
import { serveBackend } from '../../../main/electron/backend-server.ts';
import { OutpostError } from '../../../shared/api-reply.ts';
import type { Changes } from '../../../shared/changes.ts';
import type { ImportReport, Stats } from '../../../shared/model.ts';
import { defaultSettings } from '../../../shared/settings.ts';
import * as fake from './fake-electron.ts';

const fixture = path.resolve(import.meta.dirname, '../../fixtures/articles/niger-eu-missions.txt');
let root: string;

beforeEach(() => {
  fake.resetFakeElectron();
  root = mkdtempSync(path.join(tmpdir(), 'outpost-backend-process-'));
  // What backend-process.ts does inside the utility process.
  fake.utilityProcess.onFork = (child) =>
    serveBackend(child.parentPort, {
      createBackend,
      exit: (code) => setImmediate(() => child.exit(code)),
    });
});

afterEach(() => rmSync(root, { recursive: true, force: true }));

function startHost(dataDir: string) {
  const events: BackendEvent[] = [];
  const host = startBackendHost(fake.asElectron(fake.utilityProcess), {
    entry: '/app/dist/electron/backend-process.cjs',
    dataDir,
    onEvent: (event) => events.push(event),
  });
  return { host, events };
}

describe('backend in its process', () => {
  it('answers calls from a real backend on the data folder', async () => {
    const dataDir = path.join(root, 'data');
    const { host } = startHost(dataDir);
    const stats = (await host.call('stats', [])) as Stats;
    expect(stats.dataDir).toBe(dataDir);
    expect(stats.articles).toBe(0);
    await host.close();
  });

  it('imports a file and forwards the changed event naming the new article', async () => {
    const { host, events } = startHost(path.join(root, 'data'));
    const report = (await host.call('importFiles', [[fixture]])) as ImportReport;
    expect(report.imported).toBe(1);
    await vi.waitFor(() => expect(events.map((event) => event.name)).toContain('changed'));
    const changed = events.find((event) => event.name === 'changed')?.payload as Changes;
    expect(changed.articles.added).toHaveLength(1);
    await host.close();
  });

  it('keeps the library settings in the data folder and announces their changes', async () => {
    const dataDir = path.join(root, 'data');
    const first = startHost(dataDir);
    expect(await first.host.call('updateSettings', [{ theme: 'dark' }])).toEqual({
      ...defaultSettings,
      theme: 'dark',
    });
    await vi.waitFor(() =>
      expect(first.events).toContainEqual({
        type: 'event',
        name: 'settings-changed',
        payload: { ...defaultSettings, theme: 'dark' },
      }),
    );
    await first.host.close();
    expect(JSON.parse(readFileSync(path.join(dataDir, 'settings.json'), 'utf8'))).toMatchObject({
      theme: 'dark',
    });

    const second = startHost(dataDir);
    expect(await second.host.call('getSettings', [])).toEqual({
      ...defaultSettings,
      theme: 'dark',
    });
    await second.host.close();
  });

  it("rejects with the backend's own error code", async () => {
    const { host } = startHost(path.join(root, 'data'));
    const failure = await host
      .call('renameFolder', [999, 'World'])
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(OutpostError);
    expect(failure).toMatchObject({
      code: 'not-found',
      message: 'There is no folder with id 999.',
    });
    await host.close();
  });

  it('closes the backend and the process on close()', async () => {
    const { host } = startHost(path.join(root, 'data'));
    await host.call('stats', []);
    await host.close();
    expect(fake.utilityProcess.children[0]?.exited).toBe(true);
    expect(fake.utilityProcess.children[0]?.killed).toBe(false);
  });

  it('reports a data folder that cannot be opened, without restarting', async () => {
    const blocker = path.join(root, 'not-a-folder');
    writeFileSync(blocker, '');
    const { host } = startHost(path.join(blocker, 'data'));
    const failure = await host.call('stats', []).catch((error: unknown) => error);
    expect(failure).toMatchObject({
      code: 'unavailable',
      message: expect.stringContaining(
        `Outpost could not open its library in ${path.join(blocker, 'data')}`,
      ),
    });
    expect(fake.utilityProcess.children).toHaveLength(1);
  });
});
