// Bundles the Electron shell with esbuild into dist/electron: main, the sandboxed preload (electron its
// only require), the backend's utility process and its worker threads, all CommonJS, then checks them.
// The workers are built first: the backend bundle carries their SHA-256 and checks it before
// starting one, since packaged workers sit outside app.asar and its integrity check.
import { readFile, rm } from 'node:fs/promises';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { build } from 'esbuild';
import type { BuildOptions, Metafile, Plugin } from 'esbuild';
import type { WorkerName } from '../main/workers/worker-url.ts';
import { sha256Hex, WORKER_DIGESTS_GLOBAL } from '../main/electron/worker-integrity.ts';

const root = path.resolve(import.meta.dirname, '..');
const defaultOutdir = path.join(root, 'dist', 'electron');

const nodeBuiltins = builtinModules.flatMap((name) =>
  name.startsWith('node:') ? [name] : [name, `node:${name}`],
);
// node:sqlite (and other prefix-only modules) are listed by name; the wildcard keeps future ones out of the bundle.
const nodeExternals = ['electron', ...nodeBuiltins, 'node:*'];

const shared: BuildOptions = {
  bundle: true,
  sourcemap: true,
  metafile: true,
  logLevel: 'warning',
  legalComments: 'linked',
  absWorkingDir: root,
  // import.meta is empty in CommonJS: code that needs it (e.g. new URL('./worker.js', import.meta.url))
  // must fail the build rather than the app.
  logOverride: { 'empty-import-meta': 'error' },
};

export interface Bundle {
  name: 'main process' | 'preload' | 'backend process' | `worker ${WorkerName}`;
  options: BuildOptions;
  /** Starts worker threads: built knowing each worker bundle's SHA-256. */
  startsWorkers?: boolean;
}

/** Each worker bundle's SHA-256 (hex), as the backend bundle checks it. */
export type WorkerDigests = Record<WorkerName, string>;

/**
 * From source, the backend finds its worker next to worker-url.ts through import.meta.url; in the
 * bundle that module is swapped for one that points at the bundled worker beside the backend.
 */
const bundledWorkerUrl: Plugin = {
  name: 'bundled-worker-url',
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /[\\/]worker-url\.ts$/ }, () => ({
      path: path.join(root, 'main', 'electron', 'bundled-worker-url.ts'),
    }));
  },
};

/** Every bundle of the shell, written to `outdir`. */
export function electronBundles(outdir = defaultOutdir): Bundle[] {
  return [
    {
      // CommonJS so that registerSchemesAsPrivileged and the single-instance lock run before `ready`
      // (an ESM entry is loaded asynchronously).
      name: 'main process',
      options: {
        entryPoints: ['main/electron/app.ts'],
        outfile: path.join(outdir, 'app.cjs'),
        platform: 'node',
        target: 'node24',
        format: 'cjs',
        external: nodeExternals,
      },
    },
    {
      // Sandboxed preloads cannot load ES modules nor any module but a few of Electron's.
      name: 'preload',
      options: {
        entryPoints: ['main/electron/preload.ts'],
        outfile: path.join(outdir, 'preload.cjs'),
        platform: 'browser',
        target: 'es2023',
        format: 'cjs',
        external: ['electron'],
      },
    },
    {
      // CommonJS as well: loading ES modules from inside app.asar has had open bugs in Electron.
      name: 'backend process',
      options: {
        entryPoints: ['main/electron/backend-process.ts'],
        outfile: path.join(outdir, 'backend-process.cjs'),
        platform: 'node',
        target: 'node24',
        format: 'cjs',
        external: nodeExternals,
        plugins: [bundledWorkerUrl],
      },
      startsWorkers: true,
    },
    ...workerBundles(outdir, [
      // Feed parsing and article extraction.
      ['worker', 'main/workers/worker.ts'],
      // Search: one thread answers queries, one builds and merges index segments.
      ['search-query', 'main/search/query-worker.ts'],
      ['search-index', 'main/search/index-worker.ts'],
    ]),
  ];
}

export const bundles: Bundle[] = electronBundles();

/** Worker threads started by the backend process, each its own CommonJS file. */
function workerBundles(outdir: string, entries: Array<[WorkerName, string]>): Bundle[] {
  return entries.map(([name, entry]) => ({
    name: `worker ${name}`,
    options: {
      entryPoints: [entry],
      outfile: path.join(outdir, `${name}.cjs`),
      platform: 'node',
      target: 'node24',
      format: 'cjs',
      external: nodeExternals,
      plugins: [bundledWorkerUrl],
    },
  }));
}

function externalImports(metafile: Metafile): string[] {
  return Object.values(metafile.outputs).flatMap((output) =>
    output.imports.filter((entry) => entry.external).map((entry) => entry.path),
  );
}

function bundledInputs(metafile: Metafile): string[] {
  return Object.keys(metafile.inputs);
}

/** Every module name a bundle's text passes to require(). */
export function requiredModules(code: string): string[] {
  return [...code.matchAll(/\brequire\(\s*(['"`])([^'"`]*)\1\s*\)/g)].map(
    (match) => match[2] ?? '',
  );
}

/** Fails the build when a bundle reaches for something its process cannot or must not load. */
export function checkBundle(name: Bundle['name'], metafile: Metafile, code: string): string[] {
  const problems: string[] = [];
  if (name === 'preload') {
    const required = [...externalImports(metafile), ...requiredModules(code)];
    for (const module of new Set(required)) {
      if (module !== 'electron') {
        problems.push(
          `the preload requires "${module}"; a sandboxed preload can only require "electron"`,
        );
      }
    }
    // A require() of a computed name would escape the check above.
    const calls = code.match(/\brequire\(/g)?.length ?? 0;
    if (calls !== requiredModules(code).length)
      problems.push('the preload calls require() with a computed name');
  }
  // The digests are defined at build time (esbuild names them in a `<define:…>` comment); a bundle
  // still reading the global itself would throw when it starts a worker.
  if (new RegExp(`(?<![\\w:])${WORKER_DIGESTS_GLOBAL}\\b`).test(code)) {
    problems.push(`the ${name} bundle checks worker digests it was not built with`);
  }
  if (name === 'main process') {
    // The backend runs in its own process: pulling it into main would put SQLite on the UI's thread.
    for (const input of bundledInputs(metafile)) {
      if (
        input === 'main/backend.ts' ||
        /^main\/(store|search|extract|import|sync|tagging)\//.test(input)
      ) {
        problems.push(`the main process bundle includes backend code (${input})`);
      }
    }
  }
  return problems;
}

/**
 * Builds one bundle (in memory unless `write`) and returns its code and the problems found in it.
 * A bundle that starts workers needs their digests, from the worker bundles built before it.
 */
export async function buildBundle(
  bundle: Bundle,
  write: boolean,
  workerDigests?: WorkerDigests,
): Promise<{ code: string; problems: string[] }> {
  if (bundle.startsWorkers && !workerDigests) {
    throw new Error(
      `The ${bundle.name} bundle needs the worker bundles' digests: build them first.`,
    );
  }
  const define = bundle.startsWorkers
    ? { ...bundle.options.define, [WORKER_DIGESTS_GLOBAL]: JSON.stringify(workerDigests) }
    : bundle.options.define;
  const result = await build({ ...shared, ...bundle.options, define, write });
  const outfile = bundle.options.outfile ?? '';
  const code = write
    ? await readFile(outfile, 'utf8')
    : (result.outputFiles?.find((file) => file.path === outfile)?.text ?? '');
  return { code, problems: result.metafile ? checkBundle(bundle.name, result.metafile, code) : [] };
}

/**
 * Builds every bundle into `outdir` (emptied first: a stale bundle from an earlier layout must not
 * end up in the package), the workers before the backend that checks them. Returns the problems.
 */
export async function buildElectron(
  outdir = defaultOutdir,
  log: (line: string) => void = () => {},
): Promise<string[]> {
  await rm(outdir, { recursive: true, force: true });
  const all = electronBundles(outdir);
  const problems: string[] = [];
  const digests: Partial<WorkerDigests> = {};
  for (const bundle of all.filter((candidate) => candidate.name.startsWith('worker '))) {
    const built = await buildBundle(bundle, true);
    problems.push(...built.problems);
    // The bytes on disk, as the check at run time reads them.
    const name = bundle.name.slice('worker '.length) as WorkerName;
    digests[name] = sha256Hex(await readFile(bundle.options.outfile ?? ''));
    log(`built ${bundle.name}: ${path.relative(root, bundle.options.outfile ?? '')}`);
  }
  for (const bundle of all.filter((candidate) => !candidate.name.startsWith('worker '))) {
    const built = await buildBundle(bundle, true, digests as WorkerDigests);
    problems.push(...built.problems);
    log(`built ${bundle.name}: ${path.relative(root, bundle.options.outfile ?? '')}`);
  }
  return problems;
}

async function main(): Promise<void> {
  const problems = await buildElectron(defaultOutdir, (line) => console.log(line));
  if (problems.length > 0) {
    for (const problem of problems) console.error(`build-electron: ${problem}`);
    process.exitCode = 1;
  }
}

if (import.meta.main) await main();
