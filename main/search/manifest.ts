// The search index's list of segments (manifest.json): its shape is checked in full when read, so
// a damaged, outdated or forged list is dropped and the index rebuilt, never trusted in part.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import {
  MANIFEST_FILE,
  MAX_SEGMENT_ID,
  SEARCH_FORMAT,
  SearchFileError,
  segmentFileName,
  writeAtomically,
  type SegmentInfo,
} from './segment-files.ts';

export interface Manifest {
  format: number;
  /** The id the next segment gets: above every listed id, so a new file never replaces a listed one. */
  nextId: number;
  segments: SegmentInfo[];
}

const count = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);
const positive = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);

const segmentSchema = z
  .strictObject({
    id: positive.max(MAX_SEGMENT_ID),
    file: z.string(),
    checksum: z.string().regex(/^[0-9a-f]{64}$/),
    bytes: count,
    // Only informative: any date JavaScript can read (a clock set far ahead writes +010000-…).
    createdAt: z.string().refine((text) => !Number.isNaN(Date.parse(text))),
    docs: z.custom<SegmentInfo['docs']>(isDocList),
  })
  // Exactly the name writeSegment gives this id: names are then unique, like ids, and a merge
  // releasing one segment's file can never release another's.
  .refine((segment) => segment.file === segmentFileName(segment.id), 'file');

/**
 * [article id, revision] pairs, at least one, each article once. Checked by hand: a large
 * library lists tens of thousands, and this loop is ten times quicker than a schema per pair.
 */
function isDocList(value: unknown): boolean {
  if (!Array.isArray(value) || value.length === 0) return false;
  const seen = new Set<number>();
  for (const entry of value as unknown[]) {
    if (!Array.isArray(entry) || entry.length !== 2) return false;
    const [id, revision] = entry as unknown[];
    if (!isPositive(id) || !isPositive(revision) || seen.has(id)) return false;
    seen.add(id);
  }
  return true;
}

function isPositive(value: unknown): value is number {
  return Number.isSafeInteger(value) && (value as number) > 0;
}

const manifestSchema = z
  .strictObject({
    format: z.literal(SEARCH_FORMAT),
    nextId: positive,
    segments: z.array(segmentSchema),
  })
  .refine(
    (manifest) =>
      new Set(manifest.segments.map((segment) => segment.id)).size === manifest.segments.length,
    'segments',
  )
  .refine(
    (manifest) => manifest.segments.every((segment) => segment.id < manifest.nextId),
    'nextId',
  );

export function emptyManifest(): Manifest {
  return { format: SEARCH_FORMAT, nextId: 1, segments: [] };
}

/** The manifest, or null when there is none; a damaged or outdated one is a SearchFileError. */
export function readManifest(dir: string): Manifest | null {
  let text: string;
  try {
    text = readFileSync(join(dir, MANIFEST_FILE), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new SearchFileError(
      `The search index list could not be read (${(error as Error).message}).`,
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new SearchFileError('The search index list is damaged.');
  }
  const format = (json as { format?: unknown } | null)?.format;
  if (typeof format === 'number' && format !== SEARCH_FORMAT) {
    throw new SearchFileError('The search index was made by another version of Outpost.');
  }
  const parsed = manifestSchema.safeParse(json);
  if (!parsed.success) throw new SearchFileError('The search index list is damaged.');
  return parsed.data;
}

export function writeManifest(dir: string, manifest: Manifest): void {
  writeAtomically(join(dir, MANIFEST_FILE), JSON.stringify(manifest));
}
