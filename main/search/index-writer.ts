// Keeps the index on disk in step with the database: new segments for new or changed articles,
// tiered merges that keep the segment count low, and rebuilds of what is missing or damaged.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { inTransaction, statement, type Database } from '../store/db.ts';
import { indexTags } from '../store/tags.ts';
import { sourceTitle } from '../store/sources.ts';
import { buildSegment, phraseWords, type IndexDocument } from './indexing.ts';
import { emptyManifest, readManifest, writeManifest, type Manifest } from './manifest.ts';
import {
  isSegmentFileName,
  prepareSearchFolder,
  removeSegmentFile,
  SearchFileError,
  writeSegment,
  type SegmentInfo,
} from './segment-files.ts';
import { takeWriterLock, type WriterLock } from './writer-lock.ts';

/**
 * A guest (a process whose library's index another process keeps) numbers its own segments from
 * here, far above any the keeper will reach, and keeps them out of the shared list.
 */
const GUEST_IDS = 1_000_000_000_000;
/** A guest's files younger than this are its own business, not leftovers the keeper removes. */
const GUEST_FILE_TTL_MS = 60 * 60 * 1000;

/**
 * Articles per segment when catching up with a large archive. lunr builds a segment in memory:
 * 1,000 articles keep the index thread under ~450 MB at any archive size (4,000 took 1.2 GB).
 */
const CATCH_UP_BATCH = 1000;
/** Segments of a size class merge once there are this many of them. */
const MERGE_FACTOR = 4;
const MAX_MERGE_SEGMENTS = 10;
/**
 * Merges stop growing segments past this. A merge rebuilds its segment in memory (10,000 articles
 * peaked at 1.6 GB), and loading a big segment stalls the query thread while it parses. Many
 * segments cost little: queries run per segment on direct postings (50 segments at 50k answer
 * within the goals).
 */
const MAX_MERGED_DOCS = 4_000;

export interface IndexWriter {
  /**
   * Readies the folder and reads the manifest; an unusable folder or a damaged manifest is
   * discarded (everything is rebuilt) with a notice. Throws only when the folder cannot be fixed.
   */
  open(): { segments: SegmentInfo[]; notice: string | null };
  /** Articles whose current revision no index segment holds, newest first. */
  pendingIds(): number[];
  /** Indexes these articles (skipping revisions already indexed) into new segments. */
  index(ids: readonly number[], options?: MergeYield): Promise<SegmentInfo[]>;
  /** Segments a merge should combine now, or null. */
  planMerge(): SegmentInfo[] | null;
  merge(segments: readonly SegmentInfo[], options?: MergeYield): Promise<SegmentInfo | null>;
  /** Forgets segments (damaged, or the whole index for a rebuild); their articles become pending. */
  drop(ids: readonly number[]): SegmentInfo[];
  /** Deletes segment files no longer listed (once no reader uses them). */
  release(files: readonly string[]): void;
  manifest(): Manifest;
  /**
   * Null when this process keeps the shared index; otherwise who does. A guest reads the shared
   * index as it was when it opened, and indexes what it lacks into segments of its own that no
   * other process sees and that it removes when it closes; it never merges or rewrites the list.
   */
  keeper(): string | null;
  /** The keeper says it is still alive (see writer-lock.ts). */
  beat(): void;
  /** Lets go of the index: a guest removes its own segments, the keeper its lock. */
  close(): void;
}

export interface MergeYield {
  /** Called between slices of a long build, so urgent small batches can go first. */
  onYield?: () => Promise<void>;
}

export function createIndexWriter(db: Database, dir: string, now: () => Date): IndexWriter {
  let manifest = emptyManifest();
  let lock: WriterLock | null = null;
  const guest = () => lock !== null && !lock.owner;
  /** Segments a guest wrote: the only files it may remove. */
  const own = new Set<string>();
  const saveManifest = () => {
    if (!guest()) writeManifest(dir, manifest);
  };
  /** Article id → highest revision held by any segment. */
  const indexed = new Map<number, number>();

  function rebuildIndexedMap(): void {
    indexed.clear();
    for (const segment of manifest.segments) {
      for (const [id, revision] of segment.docs) {
        if ((indexed.get(id) ?? 0) < revision) indexed.set(id, revision);
      }
    }
  }

  function currentRevisions(): Map<number, number> {
    const rows = statement(db, 'SELECT id, revision FROM articles').all() as Array<{
      id: number;
      revision: number;
    }>;
    return new Map(rows.map((row) => [row.id, row.revision]));
  }

  /** Documents of a segment that are still the live version of a stored article. */
  function liveDocs(segment: SegmentInfo, revisions: Map<number, number>): Array<[number, number]> {
    return segment.docs.filter(
      ([id, revision]) => revisions.get(id) === revision && indexed.get(id) === revision,
    );
  }

  async function addSegment(
    documents: IndexDocument[],
    options: MergeYield & { wordsUnchanged?: boolean },
  ): Promise<SegmentInfo> {
    const built = await buildSegment(documents, { onYield: options.onYield });
    const info = writeSegment(dir, manifest.nextId, built, now());
    if (guest()) own.add(info.file);
    // A merge re-indexes the same revisions: their words are already stored.
    if (!options.wordsUnchanged) writeWords(documents);
    manifest = { ...manifest, nextId: manifest.nextId + 1, segments: [...manifest.segments, info] };
    saveManifest();
    for (const [id, revision] of info.docs) {
      if ((indexed.get(id) ?? 0) < revision) indexed.set(id, revision);
    }
    return info;
  }

  function writeWords(documents: readonly IndexDocument[]): void {
    // Worked out first: the write lock is held only to store them.
    const rows = documents.map(
      (document) => [document.id, document.revision, phraseWords(document)] as const,
    );
    inTransaction(db, () => {
      const insert = statement(
        db,
        'INSERT OR REPLACE INTO article_words (article_id, revision, words) VALUES (?, ?, ?)',
      );
      for (const [id, revision, words] of rows) insert.run(id, revision, words);
    });
  }

  return {
    open() {
      const problems: string[] = [];
      if (!isFolder(dir)) {
        // Missing (a new library) or unusable: made fresh, the old one kept aside.
        const moved = prepareSearchFolder(dir, now());
        if (moved) problems.push(moved);
      }
      lock = takeWriterLock(dir, now);
      if (guest()) {
        // Another process keeps the index: read it as it is, touch nothing of it.
        try {
          manifest = readManifest(dir) ?? emptyManifest();
        } catch {
          manifest = emptyManifest();
        }
        manifest = { ...manifest, nextId: GUEST_IDS + (process.pid % 100_000) * 1_000_000 };
        rebuildIndexedMap();
        return { segments: manifest.segments, notice: null };
      }
      const moved = prepareSearchFolder(dir, now());
      if (moved) {
        problems.push(moved);
        // The lock went aside with the old folder.
        lock = takeWriterLock(dir, now);
      }
      try {
        manifest = readManifest(dir) ?? emptyManifest();
      } catch (error) {
        if (!(error instanceof SearchFileError)) throw error;
        manifest = emptyManifest();
        // Replaced at once, so a library with nothing to index is not reported damaged again.
        writeManifest(dir, manifest);
        problems.push(error.message);
      }
      // Files the manifest does not list: left by a crash mid-write or an earlier merge (a guest's
      // recent ones are in use by that guest).
      const listed = new Set(manifest.segments.map((segment) => segment.file));
      for (const file of safeReaddir(dir)) {
        if (!isSegmentFileName(file) || listed.has(file) || isGuestInUse(file)) continue;
        removeSegmentFile(dir, file);
      }
      rebuildIndexedMap();
      const notice =
        problems.length > 0
          ? `${problems.join(' ')} Outpost is rebuilding the search index from your library.`
          : null;
      return { segments: manifest.segments, notice };
    },
    pendingIds() {
      const pending: number[] = [];
      for (const [id, revision] of currentRevisions()) {
        if (indexed.get(id) !== revision) pending.push(id);
      }
      return pending.sort((a, b) => b - a);
    },
    async index(ids, options = {}) {
      const wanted = [...new Set(ids)];
      const added: SegmentInfo[] = [];
      for (let start = 0; start < wanted.length; start += CATCH_UP_BATCH) {
        const documents = readDocuments(db, wanted.slice(start, start + CATCH_UP_BATCH)).filter(
          (document) => indexed.get(document.id) !== document.revision,
        );
        if (documents.length > 0) added.push(await addSegment(documents, options));
      }
      return added;
    },
    planMerge() {
      // A guest's segments live only as long as it does: not worth merging.
      if (guest()) return null;
      const revisions = currentRevisions();
      const byLevel = new Map<number, Array<{ segment: SegmentInfo; live: number }>>();
      for (const segment of manifest.segments) {
        const live = liveDocs(segment, revisions).length;
        // Mostly superseded or deleted: rewrite it on its own to drop the dead versions.
        if (segment.docs.length >= 50 && live < segment.docs.length / 2) return [segment];
        const level = Math.floor(Math.log(Math.max(live, 1)) / Math.log(MERGE_FACTOR));
        byLevel.set(level, [...(byLevel.get(level) ?? []), { segment, live }]);
      }
      for (const level of [...byLevel.keys()].sort((a, b) => a - b)) {
        const group = byLevel.get(level)!.slice(0, MAX_MERGE_SEGMENTS);
        const total = group.reduce((sum, entry) => sum + entry.live, 0);
        if (group.length >= MERGE_FACTOR && total <= MAX_MERGED_DOCS)
          return group.map((entry) => entry.segment);
      }
      return null;
    },
    async merge(segments, options = {}) {
      const revisions = currentRevisions();
      const ids = segments.flatMap((segment) => liveDocs(segment, revisions).map(([id]) => id));
      const documents = readDocuments(db, ids).filter(
        (document) => indexed.get(document.id) === document.revision,
      );
      const merged =
        documents.length > 0
          ? await addSegment(documents, { ...options, wordsUnchanged: true })
          : null;
      const removed = new Set(segments.map((segment) => segment.id));
      manifest = {
        ...manifest,
        segments: manifest.segments.filter((segment) => !removed.has(segment.id)),
      };
      saveManifest();
      rebuildIndexedMap();
      return merged;
    },
    drop(ids) {
      const removed = manifest.segments.filter((segment) => ids.includes(segment.id));
      manifest = {
        ...manifest,
        segments: manifest.segments.filter((segment) => !ids.includes(segment.id)),
      };
      saveManifest();
      rebuildIndexedMap();
      return removed;
    },
    release(files) {
      for (const file of files) {
        // Names come from the query thread; one the index never wrote is left alone, and a guest
        // removes only its own.
        if (!isSegmentFileName(file) || (guest() && !own.has(file))) continue;
        try {
          removeSegmentFile(dir, file);
        } catch {
          // Unlisted, so the next open() removes it; not worth failing anything over.
        }
      }
    },
    manifest() {
      return manifest;
    },
    keeper() {
      return guest() ? lock!.holder : null;
    },
    beat() {
      lock?.beat();
    },
    close() {
      for (const file of own) {
        try {
          removeSegmentFile(dir, file);
        } catch {
          // Left for the keeper's next start.
        }
      }
      lock?.release();
    },
  };

  /** A segment file a guest wrote within the hour: still in use by that guest. */
  function isGuestInUse(file: string): boolean {
    if (Number(file.slice(4, -5)) < GUEST_IDS) return false;
    try {
      return now().getTime() - statSync(join(dir, file)).mtimeMs < GUEST_FILE_TTL_MS;
    } catch {
      return false;
    }
  }
}

function isFolder(dir: string): boolean {
  try {
    return statSync(dir).isDirectory();
  } catch {
    return false;
  }
}

/** The articles as the index sees them, in the order asked for. */
export function readDocuments(db: Database, ids: readonly number[]): IndexDocument[] {
  const documents = new Map<number, IndexDocument>();
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = ids.slice(i, i + 500);
    const rows = db
      .prepare(
        `SELECT a.id, a.revision, a.title, a.text, a.author, ${sourceTitle} AS source
         FROM articles a JOIN sources s ON s.id = a.source_id WHERE a.id IN (${chunk.map(() => '?').join(',')})`,
      )
      .all(...chunk) as Array<Omit<IndexDocument, 'tags'>>;
    const tags = indexTags(db, chunk);
    for (const row of rows) documents.set(row.id, { ...row, tags: tags.get(row.id) ?? '' });
  }
  return ids.flatMap((id) => documents.get(id) ?? []);
}

function safeReaddir(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}
