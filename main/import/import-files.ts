// Imports articles from files and folders on disk (or from bytes the UI hands over), skipping duplicates.
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join, resolve } from 'node:path';
import type { ImportItem, ImportReport } from '../../shared/model.ts';
import {
  DocumentError,
  MAX_DOCUMENT_BYTES,
  SUPPORTED_EXTENSIONS,
  readDocument,
  type ParsedDocument,
} from '../extract/read-document.ts';
import { hashContent, makeExcerpt } from '../extract/article-text.ts';
import { findArticleByHash, insertArticle } from '../store/articles.ts';
import type { Database } from '../store/db.ts';
import { ensureLocalSource } from '../store/sources.ts';

/** One thing to import: a path on disk, or a name with its bytes. */
export type ImportInput = { path: string } | { name: string; bytes: Uint8Array };

export interface ImportContext {
  db: Database;
  now: () => Date;
}

export async function importPaths(
  context: ImportContext,
  paths: readonly string[],
): Promise<ImportReport> {
  const items: ImportItem[] = [];
  for (const path of paths) {
    for await (const input of expandPath(path)) {
      items.push('error' in input ? input.error : await importOne(context, input));
    }
  }
  return summarize(items);
}

export async function importBytes(
  context: ImportContext,
  documents: ReadonlyArray<{ name: string; bytes: Uint8Array }>,
): Promise<ImportReport> {
  const items: ImportItem[] = [];
  for (const document of documents) items.push(await importOne(context, document));
  return summarize(items);
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

async function importOne(context: ImportContext, input: ImportInput): Promise<ImportItem> {
  const label = 'path' in input ? input.path : input.name;
  let document: ParsedDocument;
  try {
    const bytes = 'path' in input ? await readWithinLimit(input.path) : input.bytes;
    document = readDocument('path' in input ? basename(input.path) : input.name, bytes);
  } catch (error) {
    return failure(label, errorMessage(error, label));
  }
  const contentHash = hashContent(document);
  const existing = findArticleByHash(context.db, contentHash);
  if (existing) return { path: label, status: 'duplicate', id: existing.id, title: existing.title };
  const now = context.now();
  const id = insertArticle(context.db, {
    sourceId: ensureLocalSource(context.db, now),
    url: document.url,
    title: document.title,
    author: document.author,
    section: document.section,
    published: document.published,
    added: now.toISOString(),
    leadImage: document.leadImage,
    excerpt: makeExcerpt(document.text, document.html),
    text: document.text,
    html: document.html,
    contentHash,
    origin: 'path' in input ? resolve(input.path) : input.name,
  });
  return { path: label, status: 'imported', id, title: document.title };
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

function errorMessage(error: unknown, label: string): string {
  if (error instanceof DocumentError) return error.message;
  if (isFsError(error)) return describeFsError(error, label);
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
