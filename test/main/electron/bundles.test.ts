// The esbuild bundles of the shell, built in memory: the sandboxed preload may require electron only,
// the main process must not swallow the backend, and the main bundle must start.
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { Script } from 'node:vm';
import { transform } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../../main/content-security-policy.ts';
import { apiMethods } from '../../../shared/api.ts';
import {
  buildBundle,
  bundles,
  checkBundle,
  requiredModules,
} from '../../../scripts/build-electron.ts';

/**
 * Runs the main bundle in a plain Node process whose `electron` is fake-electron.ts, makes the app
 * ready and reports what it did. Node 24 loads the fake's TypeScript by stripping types.
 */
const mainHarness = `
import { readFileSync } from 'node:fs';
import { createRequire, registerHooks } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
const [bundle, fakeModule, appPath, userData] = process.argv.slice(2);
const fakeUrl = pathToFileURL(fakeModule).href;
registerHooks({
  resolve: (specifier, context, next) =>
    specifier === 'electron' ? { url: fakeUrl, shortCircuit: true } : next(specifier, context),
});
const fake = await import(fakeUrl);
fake.app.appPath = appPath;
fake.app.paths.userData = userData;
createRequire(import.meta.url)(bundle);
const privilegedBeforeReady = fake.protocol.privileged;
fake.app.emitReady();
for (let i = 0; i < 100 && fake.BrowserWindow.instances.length === 0; i++) {
  await new Promise((resolve) => setTimeout(resolve, 20));
}
const window = fake.BrowserWindow.instances[0];
const response = await fake.protocol.handlers.get('app')(new Request('app://outpost/'));
window.setBounds({ x: 50, y: 40 });
window.close();
process.stdout.write(JSON.stringify({
  privilegedBeforeReady,
  loadedUrl: window?.loadedUrl,
  preload: window?.options.webPreferences.preload,
  status: response.status,
  csp: response.headers.get('content-security-policy'),
  forked: fake.utilityProcess.children.map((child) => child.modulePath),
  start: fake.utilityProcess.children[0]?.received[0],
  handlers: fake.ipcMain.handlers.size,
  // electron-store registers a sync channel for renderer-side stores; app.ts must have removed it.
  ipcListeners: fake.ipcMain.eventNames(),
  // The bundled electron-store (its schema validator included) saved the closed window's place.
  shellState: JSON.parse(readFileSync(path.join(userData, 'shell-state.json'), 'utf8')),
}));
process.exit(0);
`;

function bundleNamed(name: string) {
  const bundle = bundles.find((candidate) => candidate.name === name);
  if (!bundle) throw new Error(`no bundle named ${name}`);
  return bundle;
}

describe('electron bundles', () => {
  it('builds the preload as CommonJS that requires nothing but electron', async () => {
    const { code, problems } = await buildBundle(bundleNamed('preload'), false);
    expect(problems).toEqual([]);
    expect(requiredModules(code)).toEqual(['electron']);
    // A classic script: an import or export declaration would not compile.
    expect(() => new Script(code)).not.toThrow();
    // Nor a dynamic import() (comments dropped first: a library's may mention one).
    const withoutComments = (
      await transform(code, { minifyWhitespace: true, legalComments: 'none' })
    ).code;
    expect(withoutComments).not.toMatch(/\bimport\s*\(/);
    expect(code).toContain('exposeInMainWorld("outpost"');
  });

  it('builds the main process without backend code', async () => {
    const { code, problems } = await buildBundle(bundleNamed('main process'), false);
    expect(problems).toEqual([]);
    expect(code).toContain('registerSchemesAsPrivileged');
    expect(code).not.toContain('node:sqlite');
  });

  it('starts the main bundle in a plain Node process against the fake Electron', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'outpost-main-bundle-'));
    try {
      const { code, problems } = await buildBundle(bundleNamed('main process'), false);
      expect(problems).toEqual([]);
      const appPath = path.join(root, 'app');
      mkdirSync(path.join(appPath, 'dist', 'renderer'), { recursive: true });
      writeFileSync(
        path.join(appPath, 'dist', 'renderer', 'index.html'),
        '<!doctype html><title>Outpost</title>',
      );
      writeFileSync(path.join(root, 'app.cjs'), code);
      writeFileSync(path.join(root, 'harness.mjs'), mainHarness);
      const dataDir = path.join(root, 'data');
      const { stdout } = await promisify(execFile)(
        process.execPath,
        [
          path.join(root, 'harness.mjs'),
          path.join(root, 'app.cjs'),
          path.join(import.meta.dirname, 'fake-electron.ts'),
          appPath,
          path.join(root, 'userData'),
        ],
        { env: { ...process.env, OUTPOST_DATA_DIR: dataDir } },
      );
      expect(JSON.parse(stdout)).toEqual({
        privilegedBeforeReady: [
          {
            scheme: 'app',
            privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true },
          },
        ],
        loadedUrl: 'app://outpost/',
        preload: path.join(appPath, 'dist', 'electron', 'preload.cjs'),
        status: 200,
        csp: contentSecurityPolicy,
        forked: [path.join(appPath, 'dist', 'electron', 'backend-process.cjs')],
        start: { type: 'start', dataDir },
        handlers: apiMethods.length,
        ipcListeners: [],
        shellState: {
          windowBounds: { x: 50, y: 40, width: 1280, height: 820 },
          maximized: false,
          zoomFactor: 1,
          theme: 'system',
        },
      });
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }, 60_000);

  it('flags a preload that requires anything else', () => {
    const metafile = { inputs: {}, outputs: {} };
    expect(checkBundle('preload', metafile, 'require("electron"); require("fs");')).toEqual([
      'the preload requires "fs"; a sandboxed preload can only require "electron"',
    ]);
    expect(checkBundle('preload', metafile, 'const m = "fs"; require(m);')).toEqual([
      'the preload calls require() with a computed name',
    ]);
  });
});
