// ESLint rule: no import cycles between the project's modules, type-only imports included (a cycle
// of types is still two modules that cannot be understood one without the other). import-x's
// no-cycle skips `import type`, hence this rule. Imports are read with TypeScript's preProcessFile.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import ts from 'typescript';

const extensions = ['', '.ts', '.tsx', '/index.ts'];

/** The module file a relative specifier names, if it exists on disk. */
function onDisk(base) {
  for (const extension of extensions) {
    const candidate = `${base}${extension}`;
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

/** file → its relative imports ({ base, file }), read once per lint run and again if it changed. */
const cache = new Map();

function importsOf(file) {
  let mtime;
  try {
    mtime = statSync(file).mtimeMs;
  } catch {
    return [];
  }
  const cached = cache.get(file);
  if (cached && cached.mtime === mtime) return cached.imports;
  const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
  const imports = importedFiles
    .filter(({ fileName }) => fileName.startsWith('.'))
    .map(({ fileName }) => {
      const base = resolve(dirname(file), fileName);
      return { base, file: onDisk(base) };
    });
  cache.set(file, { mtime, imports });
  return imports;
}

/** Where an import leads: its file, or the file being linted (which may not be saved yet). */
function target(entry, linted) {
  if (extensions.some((extension) => `${entry.base}${extension}` === linted)) return linted;
  return entry.file && /\.tsx?$/.test(entry.file) ? entry.file : null;
}

/** A path of modules from `start` back to `linted`, or null. */
function pathBack(start, linted) {
  const seen = new Set();
  const stack = [[start, [start]]];
  while (stack.length > 0) {
    const [file, path] = stack.pop();
    if (file === linted) return path;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const entry of importsOf(file)) {
      const next = target(entry, linted);
      if (next) stack.push([next, [...path, next]]);
    }
  }
  return null;
}

export const noImportCycles = {
  meta: {
    type: 'problem',
    docs: { description: 'Forbid import cycles, type-only imports included.' },
    schema: [],
    messages: { cycle: 'This import closes a cycle: {{path}}.' },
  },
  create(context) {
    const linted = context.filename;
    const check = (node, source) => {
      if (!source || typeof source.value !== 'string' || !source.value.startsWith('.')) return;
      const base = resolve(dirname(linted), source.value);
      const start = target({ base, file: onDisk(base) }, linted);
      if (!start) return;
      const path = pathBack(start, linted);
      if (!path) return;
      const names = [linted, ...path].map((step) => relative(context.cwd, step));
      context.report({ node, messageId: 'cycle', data: { path: names.join(' → ') } });
    };
    return {
      ImportDeclaration: (node) => check(node, node.source),
      ExportNamedDeclaration: (node) => check(node, node.source),
      ExportAllDeclaration: (node) => check(node, node.source),
      ImportExpression: (node) => check(node, node.source),
    };
  },
};
