// The one way a write travels through the backend: the writer stores and reports what it changed,
// then what is new or changed is tagged, then indexed, then announced. Events only notify: nothing
// else hangs off them.
import type { Changes, ChangesInput, TagChange } from '../shared/changes.ts';
import { changesOf, isEmptyChanges } from '../shared/changes.ts';
import type { ArticleId } from '../shared/model.ts';

export interface PipelineSteps {
  /** Tags articles now; returns the tag changes of those whose tags moved. */
  tag(ids: readonly ArticleId[]): TagChange[];
  /**
   * Search, when it runs in this host (a one-shot CLI command does not start it: whatever was
   * stored is indexed when search next starts). `reindex` articles whose words or tags changed;
   * otherwise their state or their absence is all search needs to know.
   */
  search(): {
    articlesChanged(ids: ArticleId[], reindex: boolean): void;
    sourcesChanged(): void;
  } | null;
  /** Tells every window (and every other listener) what changed. */
  notify(changes: Changes): void;
  /** Writes it down for the other processes that have the library open. */
  record(changes: Changes): void;
}

export interface Pipeline {
  /** Takes a writer's stored result through tagging, indexing and notification; returns it whole. */
  commit(stored: ChangesInput): Changes;
  /** What another process stored and tagged: indexed here and announced to this process's windows. */
  absorb(changes: Changes): void;
}

export function createPipeline(steps: PipelineSteps): Pipeline {
  const index = (changes: Changes) => {
    const search = steps.search();
    if (!search) return;
    const { added, updated, removed } = changes.articles;
    const reindex = unique([...added, ...updated, ...changes.tags.map((change) => change.id)]);
    if (reindex.length > 0) search.articlesChanged(reindex, true);
    const refresh = unique([...changes.states.map((change) => change.id), ...removed]);
    if (refresh.length > 0) search.articlesChanged(refresh, false);
    const { feeds } = changes;
    if (feeds.added.length + feeds.updated.length + feeds.removed.length > 0)
      search.sourcesChanged();
  };

  return {
    commit(stored) {
      const changes = changesOf(stored);
      const { added, updated } = changes.articles;

      // New and changed articles are tagged before search sees them, so they are indexed once.
      const fresh = [...added, ...updated];
      if (fresh.length > 0) {
        const isNew = new Set(added);
        // A new article's tags come with it; only a changed article's tags are a change of their own.
        changes.tags.push(...steps.tag(fresh).filter((change) => !isNew.has(change.id)));
      }

      index(changes);
      if (!isEmptyChanges(changes)) {
        steps.notify(changes);
        steps.record(changes);
      }
      return changes;
    },
    absorb(changes) {
      index(changes);
      if (!isEmptyChanges(changes)) steps.notify(changes);
    },
  };
}

function unique(ids: ArticleId[]): ArticleId[] {
  return [...new Set(ids)];
}
