// The search index's files: one JSON file per segment, each with a format version and a checksum
// so a damaged one is noticed and rebuilt from the database, in a folder of their own. Every path
// to a segment file is made by segmentPath, which accepts only the names writeSegment gives.
import { createHash } from 'node:crypto';
import {
  accessSync,
  constants,
  existsSync,
  lstatSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import lunr from 'lunr';
import type { BuiltSegment } from './indexing.ts';

/** Bump when the segment or manifest layout, the tokenizer, the fields or the pipeline change. */
export const SEARCH_FORMAT = 1;
export const SEARCH_FOLDER = 'search';
export const MANIFEST_FILE = 'manifest.json';

export interface SegmentInfo {
  id: number;
  file: string;
  checksum: string;
  bytes: number;
  createdAt: string;
  /** Every article in the segment with the revision it was indexed at. */
  docs: Array<[id: number, revision: number]>;
}

export class SearchFileError extends Error {}

/** Segment ids are whole numbers from 1; past 16 digits they would no longer be exact in JSON. */
export const MAX_SEGMENT_ID = Number.MAX_SAFE_INTEGER;
/** The names segmentFileName makes, and nothing else: no separator, no dot-dot, no NUL. */
const SEGMENT_FILE = /^seg-[0-9]{6,16}\.json$/;

/** The file name of segment `id`: seg-000042.json. */
export function segmentFileName(id: number): string {
  return `seg-${String(id).padStart(6, '0')}.json`;
}

export function isSegmentFileName(name: unknown): name is string {
  return typeof name === 'string' && SEGMENT_FILE.test(name);
}

/**
 * The one way from a segment's file name (from the manifest, a thread's message or a folder
 * listing) to a path. A name writeSegment would not have made is refused, so a damaged or forged
 * manifest can never make a repair read, replace or delete a file outside the index.
 */
export function segmentPath(dir: string, file: unknown): string {
  if (!isSegmentFileName(file)) {
    throw new SearchFileError(
      `The search index names a part ${JSON.stringify(String(file))} that Outpost never writes.`,
    );
  }
  return join(dir, file);
}

/**
 * Makes sure `dir` is a folder the index can be kept in, creating it if missing. Anything else in
 * its place (a file, a folder that cannot be read or written, an index list that is not a file)
 * is moved aside, never deleted, since it may not be ours, and a fresh folder takes its place.
 * Returns what the reader should be told, or null when the folder was fine.
 */
export function prepareSearchFolder(dir: string, now: Date): string | null {
  const problem = folderProblem(dir);
  if (problem === 'missing') {
    mkdirSync(dir, { recursive: true });
    return null;
  }
  if (problem === null) return null;
  const aside = freeName(`${dir}.unusable-${now.toISOString().replace(/[:.]/g, '-')}`);
  try {
    renameSync(dir, aside);
    mkdirSync(dir);
  } catch (error) {
    throw new SearchFileError(
      `Outpost cannot keep its search index in ${dir} (${problem}) and could not move it aside ` +
        `(${(error as Error).message}). Move or delete it, then restart Outpost.`,
    );
  }
  return `Outpost could not use its search index folder ${dir} (${problem}) and moved it to ${aside}.`;
}

/** Why `dir` cannot hold the index, 'missing' when it does not exist, null when it is fine. */
function folderProblem(dir: string): string | null {
  try {
    if (!statSync(dir).isDirectory()) return 'it is a file, not a folder';
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT')
      return `it could not be read: ${(error as Error).message}`;
    // Nothing there, or a link to nothing: a folder cannot be made in place of the link.
    return existsLink(dir) ? 'it is a link to a folder that does not exist' : 'missing';
  }
  try {
    accessSync(dir, constants.R_OK | constants.W_OK | constants.X_OK);
  } catch (error) {
    return `it could not be read or written: ${(error as Error).message}`;
  }
  try {
    // The index list is replaced by renaming a new file over it: that cannot work on a folder.
    if (!lstatSync(join(dir, MANIFEST_FILE)).isFile()) return 'its index list is not a file';
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT')
      return `its index list could not be read: ${(error as Error).message}`;
  }
  return null;
}

function existsLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

function freeName(path: string): string {
  let candidate = path;
  for (let n = 2; existsSync(candidate); n++) candidate = `${path}-${n}`;
  return candidate;
}

export function writeSegment(
  dir: string,
  id: number,
  segment: BuiltSegment,
  now: Date,
): SegmentInfo {
  const file = segmentFileName(id);
  const body = JSON.stringify({
    format: SEARCH_FORMAT,
    id,
    docs: segment.docs,
    index: segment.index.toJSON(),
  });
  writeAtomically(segmentPath(dir, file), body);
  return {
    id,
    file,
    checksum: createHash('sha256').update(body).digest('hex'),
    bytes: Buffer.byteLength(body),
    createdAt: now.toISOString(),
    docs: segment.docs,
  };
}

/** Loads a segment, refusing one whose bytes or contents do not match its manifest entry. */
export function readSegment(dir: string, info: SegmentInfo): BuiltSegment {
  const path = segmentPath(dir, info.file);
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch {
    throw new SearchFileError(`Search index part ${info.file} is missing.`);
  }
  const damaged = new SearchFileError(`Search index part ${info.file} is damaged.`);
  if (
    bytes.length !== info.bytes ||
    createHash('sha256').update(bytes).digest('hex') !== info.checksum
  ) {
    throw damaged;
  }
  let parsed: { format?: unknown; id?: unknown; docs?: unknown; index?: unknown };
  try {
    parsed = JSON.parse(bytes.toString('utf8')) as typeof parsed;
  } catch {
    throw damaged;
  }
  if (parsed.format !== SEARCH_FORMAT) {
    throw new SearchFileError(
      `Search index part ${info.file} was made by another version of Outpost.`,
    );
  }
  if (parsed.id !== info.id || typeof parsed.index !== 'object' || parsed.index === null)
    throw damaged;
  let index: lunr.Index;
  try {
    index = lunr.Index.load(parsed.index);
  } catch {
    throw damaged;
  }
  // The manifest's list of articles is the one the index thread trusts; the query thread must agree.
  return { index, docs: info.docs };
}

export function removeSegmentFile(dir: string, file: string): void {
  rmSync(segmentPath(dir, file), { force: true });
}

/** Writes a file under a temporary name and renames it into place, so a crash leaves the old one. */
export function writeAtomically(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, path);
}
