// Bundles the Electron shell with esbuild into dist/electron: main, the sandboxed preload (electron its
// only require) and the backend's utility process, all CommonJS, then checks them.
import { readFile, rm } from 'node:fs/promises';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { build } from 'esbuild';
import type { BuildOptions, Metafile, Plugin } from 'esbuild';
import type { WorkerName } from '../main/workers/worker-url.ts';

const root = path.resolve(import.meta.dirname, '..');
const outdir = path.join(root, 'dist', 'electron');

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
}

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

export const bundles: Bundle[] = [
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
  },
  ...workerBundles([
    // Feed parsing and article extraction.
    ['worker', 'main/workers/worker.ts'],
    // Search: one thread answers queries, one builds and merges index segments.
    ['search-query', 'main/search/query-worker.ts'],
    ['search-index', 'main/search/index-worker.ts'],
  ]),
];

/** Worker threads started by the backend process, each its own CommonJS file. */
function workerBundles(entries: Array<[WorkerName, string]>): Bundle[] {
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

/** Builds one bundle (in memory unless `write`) and returns its code and the problems found in it. */
export async function buildBundle(
  bundle: Bundle,
  write: boolean,
): Promise<{ code: string; problems: string[] }> {
  const result = await build({ ...shared, ...bundle.options, write });
  const outfile = bundle.options.outfile ?? '';
  const code = write
    ? await readFile(outfile, 'utf8')
    : (result.outputFiles?.find((file) => file.path === outfile)?.text ?? '');
  return { code, problems: result.metafile ? checkBundle(bundle.name, result.metafile, code) : [] };
}

async function main(): Promise<void> {
  // A stale bundle from an earlier layout must not end up in the package.
  await rm(outdir, { recursive: true, force: true });
  const problems: string[] = [];
  for (const bundle of bundles) {
    const built = await buildBundle(bundle, true);
    problems.push(...built.problems);
    console.log(`built ${bundle.name}: ${path.relative(root, bundle.options.outfile ?? '')}`);
  }
  if (problems.length > 0) {
    for (const problem of problems) console.error(`build-electron: ${problem}`);
    process.exitCode = 1;
  }
}

if (import.meta.main) await main();
