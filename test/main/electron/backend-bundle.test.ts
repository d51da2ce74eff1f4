// The bundled backend process (dist/electron/backend-process.cjs, built by scripts/build-electron.ts
// into a temporary folder) in a real Node 24 child process: Node stands in for Electron's utility
// process, with parentPort over Node IPC and a stub `electron` module. This is as close to the
// packaged backend as the machine allows without Electron; it includes refusing a worker script
// that is not the one the build recorded.
import { fork } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startBackendHost } from '../../../main/electron/backend-host.ts';
import type { BackendEvent } from '../../../main/electron/backend-host.ts';
import { OutpostError } from '../../../shared/api-reply.ts';
import type { Changes } from '../../../shared/changes.ts';
import type { AddFeedResult } from '../../../shared/feeds.ts';
import type { ImportReport, Stats } from '../../../shared/model.ts';
import { rssFeed } from '../../helpers/feed-fixtures.ts';
import { serveBody, startHttpTestServer } from '../../helpers/http-test-server.ts';
import { defaultSettings } from '../../../shared/settings.ts';
import { sha256Hex } from '../../../main/electron/worker-integrity.ts';
import { buildElectron } from '../../../scripts/build-electron.ts';
import * as fake from './fake-electron.ts';

const fixture = path.resolve(import.meta.dirname, '../../fixtures/articles/niger-eu-missions.txt');

/** What Electron gives a utility process, rebuilt on Node: process.parentPort and `electron`. */
const harness = `
const { registerHooks } = require('node:module');
const { pathToFileURL } = require('node:url');
const { EventEmitter } = require('node:events');
const [bundle, stub] = process.argv.slice(2);
registerHooks({
  resolve: (specifier, context, next) =>
    specifier === 'electron' ? { url: pathToFileURL(stub).href, shortCircuit: true } : next(specifier, context),
});
const port = new EventEmitter();
port.postMessage = (message) => process.send(message);
process.on('message', (data) => port.emit('message', { data, ports: [] }));
process.parentPort = port;
require(bundle);
`;

const electronStub = `exports.net = { fetch: (input, init) => globalThis.fetch(input, init) };\n`;

const workerNames = ['worker', 'search-query', 'search-index'] as const;

let root: string;
/** What `npm run build:electron` writes to dist/electron/, the worker bundles beside the backend. */
let built: string;
let bundlePath: string;
let harnessPath: string;
let stubPath: string;

beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), 'outpost-backend-bundle-'));
  built = path.join(root, 'electron');
  expect(await buildElectron(built)).toEqual([]);
  bundlePath = path.join(built, 'backend-process.cjs');
  harnessPath = path.join(root, 'harness.cjs');
  stubPath = path.join(root, 'electron-stub.cjs');
  writeFileSync(harnessPath, harness);
  writeFileSync(stubPath, electronStub);
}, 120_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

/** utilityProcess.fork on Node: structured-clone IPC, `exit` with a code. */
const nodeUtilityProcess = {
  fork(modulePath: string) {
    const child = fork(harnessPath, [modulePath, stubPath], {
      serialization: 'advanced',
      stdio: 'inherit',
    });
    const processLike = Object.assign(new EventEmitter(), {
      postMessage: (message: unknown) => child.send(message as object),
      kill: () => child.kill(),
      exitCode: null as number | null,
    });
    child.on('message', (message) => processLike.emit('message', message));
    child.on('exit', (code) => {
      processLike.exitCode = code ?? 1;
      processLike.emit('exit', code ?? 1);
    });
    return processLike;
  },
};

describe('bundled backend process on Node 24', () => {
  it('starts, answers, imports, keeps its settings, fails with codes and closes cleanly', async () => {
    const dataDir = path.join(root, 'data');
    const events: BackendEvent[] = [];
    const children: Array<{ exitCode: number | null }> = [];
    const host = startBackendHost(
      fake.asElectron({
        fork: (modulePath: string) => {
          const child = nodeUtilityProcess.fork(modulePath);
          children.push(child);
          return child;
        },
      }),
      { entry: bundlePath, dataDir, onEvent: (event) => events.push(event) },
    );

    try {
      const stats = (await host.call('stats', [])) as Stats;
      expect(stats.dataDir).toBe(dataDir);

      const report = (await host.call('importFiles', [[fixture]])) as ImportReport;
      expect(report.imported).toBe(1);
      await vi.waitFor(() => expect(events.map((event) => event.name)).toContain('changed'));
      const changed = events.find((event) => event.name === 'changed')?.payload as Changes;
      expect(changed.articles.added).toHaveLength(1);

      // Library settings belong to the backend: settings.json in the data folder.
      expect(await host.call('updateSettings', [{ theme: 'light' }])).toEqual({
        ...defaultSettings,
        theme: 'light',
      });
      expect(await host.call('getSettings', [])).toEqual({ ...defaultSettings, theme: 'light' });
      expect(JSON.parse(readFileSync(path.join(dataDir, 'settings.json'), 'utf8'))).toMatchObject({
        theme: 'light',
      });

      // An error's code survives the bundle's process boundary.
      const failure = await host
        .call('renameFolder', [999, 'World'])
        .catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(OutpostError);
      expect(failure).toMatchObject({ code: 'not-found' });

      // Subscribing parses the feed on a worker thread started from the bundled worker.cjs.
      const server = await startHttpTestServer({
        '/feed.xml': serveBody(
          rssFeed({
            title: 'Bundled Desk',
            link: 'http://127.0.0.1/',
            items: [
              { guid: 'b1', title: 'A story', link: 'http://127.0.0.1/b1', description: 'Teaser.' },
            ],
          }),
        ),
      });
      try {
        const added = (await host.call('addFeed', [server.url('/feed.xml')])) as AddFeedResult;
        expect(added.feed).toMatchObject({ title: 'Bundled Desk', articleCount: 1 });
      } finally {
        await host.call('cancelSync', []);
        await server.close();
      }
    } finally {
      await host.close();
    }
    expect(children).toHaveLength(1);
    expect(children[0]?.exitCode).toBe(0);
  }, 60_000);
});

describe('worker scripts outside the archive', () => {
  it('are recorded in the backend bundle by their SHA-256', () => {
    const backend = readFileSync(bundlePath, 'utf8');
    for (const name of workerNames) {
      expect(backend).toContain(sha256Hex(readFileSync(path.join(built, `${name}.cjs`))));
    }
  });

  it.each(workerNames)(
    'are refused at start when %s.cjs is not the one the build recorded',
    async (name) => {
      // A copy of the app folder with one worker script changed by a single line.
      const tampered = path.join(root, `tampered-${name}`);
      cpSync(built, tampered, { recursive: true });
      const script = path.join(tampered, `${name}.cjs`);
      appendFileSync(script, '\nglobalThis.changedBySomeoneElse = true;\n');
      const children: Array<{ exitCode: number | null }> = [];
      const host = startBackendHost(
        fake.asElectron({
          fork: (modulePath: string) => {
            const child = nodeUtilityProcess.fork(modulePath);
            children.push(child);
            return child;
          },
        }),
        {
          entry: path.join(tampered, 'backend-process.cjs'),
          dataDir: path.join(root, `data-${name}`),
          onEvent: () => {},
        },
      );
      try {
        const failure = await host.call('stats', []).catch((error: unknown) => error);
        expect(failure).toBeInstanceOf(OutpostError);
        expect((failure as Error).message).toContain(
          `Outpost refused to start its worker ${script}: the file is not the one this version of Outpost was built with`,
        );
        expect((failure as Error).message).toMatch(/reinstall Outpost\.$/);
      } finally {
        await host.close();
      }
      // Refused for good: no restart would find a different file.
      expect(children).toHaveLength(1);
    },
    60_000,
  );
});
