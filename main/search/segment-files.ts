// The search index on disk: one JSON file per segment and a manifest, each with a format version;
// segments carry a checksum so a damaged one is noticed and rebuilt from the database.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import lunr from 'lunr';
import type { BuiltSegment } from './indexing.ts';

/** Bump when the segment or manifest layout, the tokenizer, the fields or the pipeline change. */
export const SEARCH_FORMAT = 1;
export const SEARCH_FOLDER = 'search';
const MANIFEST = 'manifest.json';

export interface SegmentInfo {
  id: number;
  file: string;
  checksum: string;
  bytes: number;
  createdAt: string;
  /** Every article in the segment with the revision it was indexed at. */
  docs: Array<[id: number, revision: number]>;
}

export interface Manifest {
  format: number;
  nextId: number;
  segments: SegmentInfo[];
}

export class SearchFileError extends Error {}

export function emptyManifest(): Manifest {
  return { format: SEARCH_FORMAT, nextId: 1, segments: [] };
}

/** The manifest, or null when there is none; a damaged or outdated one is an error. */
export function readManifest(dir: string): Manifest | null {
  let text: string;
  try {
    text = readFileSync(join(dir, MANIFEST), 'utf8');
  } catch {
    return null;
  }
  let manifest: Manifest;
  try {
    manifest = JSON.parse(text) as Manifest;
  } catch {
    throw new SearchFileError('The search index list is damaged.');
  }
  if (manifest.format !== SEARCH_FORMAT || !Array.isArray(manifest.segments)) {
    throw new SearchFileError('The search index was made by another version of Outpost.');
  }
  return manifest;
}

export function writeManifest(dir: string, manifest: Manifest): void {
  writeAtomically(join(dir, MANIFEST), JSON.stringify(manifest));
}

export function writeSegment(
  dir: string,
  id: number,
  segment: BuiltSegment,
  now: Date,
): SegmentInfo {
  const file = `seg-${String(id).padStart(6, '0')}.json`;
  const body = JSON.stringify({
    format: SEARCH_FORMAT,
    id,
    docs: segment.docs,
    index: segment.index.toJSON(),
  });
  writeAtomically(join(dir, file), body);
  return {
    id,
    file,
    checksum: createHash('sha256').update(body).digest('hex'),
    bytes: Buffer.byteLength(body),
    createdAt: now.toISOString(),
    docs: segment.docs,
  };
}

/** Loads a segment, refusing one whose bytes do not match its checksum. */
export function readSegment(dir: string, info: SegmentInfo): BuiltSegment {
  let bytes: Buffer;
  try {
    bytes = readFileSync(join(dir, info.file));
  } catch {
    throw new SearchFileError(`Search index part ${info.file} is missing.`);
  }
  if (createHash('sha256').update(bytes).digest('hex') !== info.checksum) {
    throw new SearchFileError(`Search index part ${info.file} is damaged.`);
  }
  const parsed = JSON.parse(bytes.toString('utf8')) as {
    format: number;
    docs: BuiltSegment['docs'];
    index: object;
  };
  if (parsed.format !== SEARCH_FORMAT) {
    throw new SearchFileError(
      `Search index part ${info.file} was made by another version of Outpost.`,
    );
  }
  return { index: lunr.Index.load(parsed.index), docs: parsed.docs };
}

export function removeSegmentFile(dir: string, info: Pick<SegmentInfo, 'file'>): void {
  rmSync(join(dir, info.file), { force: true });
}

function writeAtomically(path: string, text: string): void {
  mkdirSync(join(path, '..'), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, path);
}
