// Imports articles from files and folders on disk (or from bytes the UI hands over), skipping duplicates.
// Files are read here and stored here; decoding and parsing them runs on the worker pool.
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join, resolve } from 'node:path';
import type { ImportItem, ImportReport } from '../../shared/model.ts';
import {
  DocumentError,
  MAX_DOCUMENT_BYTES,
  SUPPORTED_EXTENSIONS,
  type ParsedDocument,
} from '../extract/read-document.ts';
import { findArticleByHash, insertImportedArticle } from '../store/articles.ts';
import type { Database } from '../store/db.ts';
import { ensureLocalSource } from '../store/sources.ts';

/** One thing to import: a path on disk, or a name with its bytes. */
export type ImportInput = { path: string } | { name: string; bytes: Uint8Array };

/** What the worker pool's 'read-document' task makes of one file. */
export interface ReadFile {
  document: ParsedDocument;
  contentHash: string;
  excerpt: string;
}

/**
 * The worker pool, as far as importing needs it (the backend passes its WorkerPool): files are
 * decoded and parsed there, because a 50 MB file must not stall the thread answering calls.
 */
export interface ImportPool {
  run(
    task: 'read-document',
    input: { name: string; bytes: Uint8Array },
    transfer?: ArrayBuffer[],
  ): Promise<ReadFile>;
}

export interface ImportContext {
  db: Database;
  now: () => Date;
  pool: ImportPool;
}

/**
 * Files read and parsed ahead of the one being stored: enough to keep the pool's threads busy on
 * a folder of small files. Beyond the first, no more than BYTES_IN_FLIGHT of them at once, as a
 * file takes many times its size in memory while it is parsed: huge files go one at a time.
 */
const FILES_IN_FLIGHT = 4;
const BYTES_IN_FLIGHT = 16 * 1024 * 1024;

export async function importPaths(
  context: ImportContext,
  paths: readonly string[],
): Promise<ImportReport> {
  return summarize(await importInOrder(context, expandPaths(paths)));
}

export async function importBytes(
  context: ImportContext,
  documents: ReadonlyArray<{ name: string; bytes: Uint8Array }>,
): Promise<ImportReport> {
  return summarize(await importInOrder(context, documents));
}

/** A file ready to store, or what went wrong with it. */
type Prepared = { input: ImportInput; parsed: ReadFile } | { error: ImportItem };

/**
 * Parses several files at once but stores them one by one in input order, so the report keeps
 * that order and a file repeated within one import is the duplicate of its first copy.
 */
async function importInOrder(
  context: ImportContext,
  inputs: AsyncIterable<Expanded> | Iterable<Expanded>,
): Promise<ImportItem[]> {
  const items: ImportItem[] = [];
  // Each promise settles with a value, never rejects: one waiting here unobserved cannot go unhandled.
  const ahead: Array<{ prepared: Promise<Prepared>; size: number }> = [];
  let bytesAhead = 0;
  const storeNext = async () => {
    const next = ahead.shift()!;
    bytesAhead -= next.size;
    items.push(store(context, await next.prepared));
  };
  for await (const input of inputs) {
    const size = 'error' in input ? 0 : await sizeOf(input);
    while (
      ahead.length >= FILES_IN_FLIGHT ||
      (ahead.length > 0 && bytesAhead + size > BYTES_IN_FLIGHT)
    ) {
      await storeNext();
    }
    ahead.push({
      prepared: 'error' in input ? Promise.resolve(input) : prepare(context, input),
      size,
    });
    bytesAhead += size;
  }
  while (ahead.length > 0) await storeNext();
  return items;
}

/** The size of a file before reading it; 0 when it cannot be known (reading it will say why). */
async function sizeOf(input: ImportInput): Promise<number> {
  if ('bytes' in input) return input.bytes.byteLength;
  try {
    return (await stat(input.path)).size;
  } catch {
    return 0;
  }
}

async function* expandPaths(paths: readonly string[]): AsyncGenerator<Expanded> {
  for (const path of paths) yield* expandPath(path);
}

type Expanded = ImportInput | { error: ImportItem };

/** A file yields itself; a folder yields the importable files inside it, sorted, hidden ones skipped. */
async function* expandPath(path: string): AsyncGenerator<Expanded> {
  const absolute = resolve(path);
  let info;
  try {
    info = await stat(absolute);
  } catch (error) {
    yield { error: failure(path, describeFsError(error, path)) };
    return;
  }
  if (info.isFile()) {
    yield { path };
    return;
  }
  if (!info.isDirectory()) {
    yield { error: failure(path, `${path} is not a regular file or folder.`) };
    return;
  }
  let entries;
  try {
    entries = await readdir(absolute, { withFileTypes: true });
  } catch (error) {
    yield { error: failure(path, describeFsError(error, path)) };
    return;
  }
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const child = join(path, entry.name);
    // Folders are walked, but symbolic links to folders are not: they can loop.
    if (entry.isDirectory()) yield* expandPath(child);
    else if (entry.isFile() && SUPPORTED_EXTENSIONS.includes(extname(entry.name).toLowerCase())) {
      yield { path: child };
    }
  }
}

/** Reads the file (here: it is I/O) and has a worker decode and parse it. */
async function prepare(context: ImportContext, input: ImportInput): Promise<Prepared> {
  const label = labelOf(input);
  let bytes: Uint8Array;
  try {
    bytes = 'path' in input ? await readWithinLimit(input.path) : input.bytes;
  } catch (error) {
    return { error: failure(label, readErrorMessage(error, label)) };
  }
  try {
    const name = 'path' in input ? basename(input.path) : input.name;
    // A file we read ourselves is handed over rather than copied; the caller's bytes are copied.
    const transfer = 'path' in input && ownsBuffer(bytes) ? [bytes.buffer as ArrayBuffer] : [];
    return { input, parsed: await context.pool.run('read-document', { name, bytes }, transfer) };
  } catch (error) {
    return { error: failure(label, parseErrorMessage(error, label)) };
  }
}

/** Stores a parsed file unless the library already has its content. */
function store(context: ImportContext, prepared: Prepared): ImportItem {
  if ('error' in prepared) return prepared.error;
  const { input, parsed } = prepared;
  const { document, contentHash } = parsed;
  const label = labelOf(input);
  const existing = findArticleByHash(context.db, contentHash);
  if (existing) return { path: label, status: 'duplicate', id: existing.id, title: existing.title };
  const now = context.now();
  // Another process importing the same file at this moment is caught by the import key.
  const stored = insertImportedArticle(context.db, {
    sourceId: ensureLocalSource(context.db, now),
    url: document.url,
    title: document.title,
    author: document.author,
    section: document.section,
    published: document.published,
    added: now.toISOString(),
    leadImage: document.leadImage,
    excerpt: parsed.excerpt,
    text: document.text,
    html: document.html,
    contentHash,
    importHash: contentHash,
    origin: 'path' in input ? resolve(input.path) : input.name,
  });
  return {
    path: label,
    status: stored.duplicate ? 'duplicate' : 'imported',
    id: stored.id,
    title: stored.title,
  };
}

const labelOf = (input: ImportInput): string => ('path' in input ? input.path : input.name);

function ownsBuffer(bytes: Uint8Array): boolean {
  return (
    bytes.buffer instanceof ArrayBuffer &&
    bytes.byteOffset === 0 &&
    bytes.byteLength === bytes.buffer.byteLength
  );
}

async function readWithinLimit(path: string): Promise<Uint8Array> {
  const info = await stat(path);
  if (info.size > MAX_DOCUMENT_BYTES) {
    throw new DocumentError(
      `${path} is ${formatBytes(info.size)}; Outpost imports articles up to ${formatBytes(MAX_DOCUMENT_BYTES)}.`,
      'too-large',
    );
  }
  return readFile(path);
}

function summarize(items: ImportItem[]): ImportReport {
  return {
    imported: items.filter((item) => item.status === 'imported').length,
    duplicates: items.filter((item) => item.status === 'duplicate').length,
    failed: items.flatMap((item) =>
      item.status === 'failed' ? [{ path: item.path, error: item.error }] : [],
    ),
    items,
  };
}

function failure(path: string, error: string): ImportItem {
  return { path, status: 'failed', error };
}

function readErrorMessage(error: unknown, label: string): string {
  if (error instanceof DocumentError) return error.message;
  if (isFsError(error)) return describeFsError(error, label);
  return `${label} could not be read: ${error instanceof Error ? error.message : String(error)}`;
}

/** A DocumentError comes back from the worker by name, its message written for the user. */
function parseErrorMessage(error: unknown, label: string): string {
  if (error instanceof Error && error.name === 'DocumentError') return error.message;
  return `${label} could not be imported: ${error instanceof Error ? error.message : String(error)}`;
}

function isFsError(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string';
}

function describeFsError(error: unknown, path: string): string {
  const code = isFsError(error) ? error.code : undefined;
  switch (code) {
    case 'ENOENT':
      return `${path} does not exist.`;
    case 'EACCES':
    case 'EPERM':
      return `${path} cannot be read: permission denied.`;
    case 'EISDIR':
      return `${path} is a folder.`;
    default:
      return `${path} cannot be read (${code ?? (error instanceof Error ? error.message : String(error))}).`;
  }
}

function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round(bytes / (1024 * 1024))} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}
