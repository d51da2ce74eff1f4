// Keeps every article tagged: new and changed articles as they are stored, and the whole archive
// in the background after the tagger, a rule or the reader's teaching changed.
import type { TagChange } from '../../shared/changes.ts';
import type { ArticleId } from '../../shared/model.ts';
import { inTransaction, type Database } from '../store/db.ts';
import { listTagRules } from '../store/tag-rules.ts';
import {
  backgroundTexts,
  countStaleTagged,
  invalidateTagging,
  listNeverTagged,
  listStaleTagged,
  readTaggable,
  toTagChanges,
  topicExamples,
  writeComputedTags,
  type TagDiff,
} from '../store/tags.ts';
import { learnTopics, type LearnedTopics } from './learned-topics.ts';
import { computeTags, tagText, TAGGER_VERSION, type TagContext } from './tagger.ts';

export interface TaggingService {
  /** Tags these articles now; returns how the visible tags of those whose tags moved changed. */
  tagArticles(ids: readonly ArticleId[]): TagChange[];
  /** Builds the lexicons soon, off the path of the first sync. */
  warmUp(): void;
  /** Starts (or continues) re-tagging stale articles in the background. */
  startBackground(): void;
  /**
   * Tags every article a writer stored but never tagged (it stopped first: killed, crashed), now;
   * searches wait for it, so they answer as if that writer had finished. Returns how many.
   */
  finishInterrupted(): Promise<number>;
  rulesChanged(): void;
  /** The reader added, confirmed or removed a topic: the learned model retrains. */
  correctionsChanged(): void;
  pending(): number;
  close(): void;
}

export interface TaggingOptions {
  db: Database;
  /** Told which articles' tags changed in the background, so search and the UI follow. */
  changed: (changes: TagChange[]) => void;
  /** Articles per background step; each step runs in one turn of the event loop. */
  batch?: number;
}

const BACKGROUND_BATCH = 25;
const TRANSACTION_SIZE = 200;
/** Changed ids are reported in groups of about this many (one search update each). */
const REPORT_EVERY = 250;

export function createTaggingService(options: TaggingOptions): TaggingService {
  const { db } = options;
  const batch = options.batch ?? BACKGROUND_BATCH;
  let context: TagContext | null = null;
  let timer: NodeJS.Immediate | null = null;
  let closed = false;
  let unreported: TagChange[] = [];

  const currentContext = (): TagContext => {
    if (context) return context;
    const examples = topicExamples(db);
    let learned: LearnedTopics | null = null;
    if (examples.length > 0) learned = learnTopics(examples, backgroundTexts(db));
    context = { rules: listTagRules(db), learned };
    return context;
  };

  const tagArticles = (ids: readonly ArticleId[]): TagChange[] => {
    if (ids.length === 0) return [];
    const tagContext = currentContext();
    const rows = readTaggable(db, ids);
    const changes: TagChange[] = [];
    // A few hundred per transaction: another process sharing the library never waits long.
    for (let start = 0; start < rows.length; start += TRANSACTION_SIZE) {
      // Tags are worked out before the transaction: the write lock is held only to store them.
      const computed = rows
        .slice(start, start + TRANSACTION_SIZE)
        .map((row) => ({ id: row.id, tags: computeTags(row, tagContext) }));
      inTransaction(db, () => {
        const diffs = new Map<ArticleId, TagDiff>();
        for (const { id, tags } of computed) {
          const diff = writeComputedTags(db, id, tags, TAGGER_VERSION);
          if (diff) diffs.set(id, diff);
        }
        changes.push(...toTagChanges(db, diffs));
      });
    }
    return changes;
  };

  const flush = () => {
    if (unreported.length === 0) return;
    const ids = unreported;
    unreported = [];
    options.changed(ids);
  };

  const step = () => {
    timer = null;
    if (closed) return;
    const ids = listStaleTagged(db, TAGGER_VERSION, batch);
    if (ids.length === 0) {
      flush();
      return;
    }
    unreported.push(...tagArticles(ids));
    if (unreported.length >= REPORT_EVERY) flush();
    timer = setImmediate(step);
  };

  return {
    tagArticles,
    startBackground() {
      if (!closed && !timer) timer = setImmediate(step);
    },
    async finishInterrupted() {
      let tagged = 0;
      while (!closed) {
        const ids = listNeverTagged(db, batch * 8);
        if (ids.length === 0) break;
        const changes = tagArticles(ids);
        if (changes.length > 0) options.changed(changes);
        tagged += ids.length;
        // Other callers get their turn between batches.
        await new Promise((resolve) => setImmediate(resolve));
      }
      return tagged;
    },
    warmUp() {
      // Building the lexicons takes ~70 ms: better at start than inside the first sync.
      setImmediate(() => {
        if (!closed) tagText({ title: '', text: 'Niamey' });
      });
    },
    rulesChanged() {
      context = null;
      invalidateTagging(db);
      this.startBackground();
    },
    correctionsChanged() {
      context = null;
    },
    pending() {
      return countStaleTagged(db, TAGGER_VERSION);
    },
    close() {
      closed = true;
      if (timer) clearImmediate(timer);
      timer = null;
    },
  };
}
