// Keeps the index on disk in step with the database: new segments for new or changed articles,
// tiered merges that keep the segment count low, and rebuilds of what is missing or damaged.
import { readdirSync } from 'node:fs';
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
}

export interface MergeYield {
  /** Called between slices of a long build, so urgent small batches can go first. */
  onYield?: () => Promise<void>;
}

export function createIndexWriter(db: Database, dir: string, now: () => Date): IndexWriter {
  let manifest = emptyManifest();
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
    // A merge re-indexes the same revisions: their words are already stored.
    if (!options.wordsUnchanged) writeWords(documents);
    manifest = { ...manifest, nextId: manifest.nextId + 1, segments: [...manifest.segments, info] };
    writeManifest(dir, manifest);
    for (const [id, revision] of info.docs) {
      if ((indexed.get(id) ?? 0) < revision) indexed.set(id, revision);
    }
    return info;
  }

  function writeWords(documents: readonly IndexDocument[]): void {
    inTransaction(db, () => {
      const insert = statement(
        db,
        'INSERT OR REPLACE INTO article_words (article_id, revision, words) VALUES (?, ?, ?)',
      );
      for (const document of documents)
        insert.run(document.id, document.revision, phraseWords(document));
    });
  }

  return {
    open() {
      const problems: string[] = [];
      const moved = prepareSearchFolder(dir, now());
      if (moved) problems.push(moved);
      try {
        manifest = readManifest(dir) ?? emptyManifest();
      } catch (error) {
        if (!(error instanceof SearchFileError)) throw error;
        manifest = emptyManifest();
        // Replaced at once, so a library with nothing to index is not reported damaged again.
        writeManifest(dir, manifest);
        problems.push(error.message);
      }
      // Files the manifest does not list: left by a crash mid-write or an earlier merge.
      const listed = new Set(manifest.segments.map((segment) => segment.file));
      for (const file of safeReaddir(dir)) {
        if (isSegmentFileName(file) && !listed.has(file)) removeSegmentFile(dir, file);
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
      writeManifest(dir, manifest);
      rebuildIndexedMap();
      return merged;
    },
    drop(ids) {
      const removed = manifest.segments.filter((segment) => ids.includes(segment.id));
      manifest = {
        ...manifest,
        segments: manifest.segments.filter((segment) => !ids.includes(segment.id)),
      };
      writeManifest(dir, manifest);
      rebuildIndexedMap();
      return removed;
    },
    release(files) {
      for (const file of files) {
        // Names come from the query thread; one the index never wrote is left alone.
        if (!isSegmentFileName(file)) continue;
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
  };
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
