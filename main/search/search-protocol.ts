// Messages between the search service (API thread) and its two workers.
import type { SearchOptions } from '../../shared/model.ts';
import type { SearchQuery } from '../../shared/query-ast.ts';
import type { EngineResult } from './query-engine.ts';
import type { SegmentInfo } from './segment-files.ts';

export type ToQueryWorker =
  | { type: 'start'; dataDir: string }
  /** `seq` numbers segment changes so the service knows when the worker has caught up. */
  | { type: 'add'; seq: number; segments: SegmentInfo[] }
  | { type: 'replace'; seq: number; removed: SegmentInfo[]; added: SegmentInfo[] }
  | { type: 'refresh'; ids: number[] }
  /** Feeds were renamed, added or removed: the names hits show are read again. */
  | { type: 'sources' }
  | { type: 'search'; id: number; query: SearchQuery; options: SearchOptions }
  | { type: 'close' };

export type FromQueryWorker =
  /** After each segment change: the last `seq` handled and the segments still waiting to load. */
  | { type: 'progress'; seq: number; loaded: number; queued: number; documents: number }
  | { type: 'damaged'; segments: number[]; message: string }
  /** Segments no longer read: their files may go. */
  | { type: 'released'; files: string[] }
  | { type: 'result'; id: number; result: EngineResult }
  | { type: 'failed'; id: number; message: string }
  | { type: 'closed' };

export type ToIndexWorker =
  | { type: 'start'; dataDir: string }
  | { type: 'index'; ids: number[] }
  | { type: 'damaged'; segments: number[] }
  | { type: 'reindex' }
  | { type: 'release'; files: string[] }
  | { type: 'close' };

export type FromIndexWorker =
  /** `pending`: articles not yet indexed, so readiness is never reported before the catch-up. */
  | { type: 'opened'; segments: SegmentInfo[]; notice: string | null; pending: number }
  | { type: 'added'; segments: SegmentInfo[] }
  | { type: 'replaced'; removed: SegmentInfo[]; added: SegmentInfo[] }
  /** Articles waiting to be indexed; 0 when the index has caught up. */
  | { type: 'pending'; articles: number }
  /** Sent at most once a second during a long build: the thread is busy, not stuck. */
  | { type: 'working' }
  /** A requested rebuild of the whole index is finished. */
  /** `refused`: another process keeps the index, so this one cannot rebuild it (says who). */
  | { type: 'reindexed'; refused?: string }
  /** Damaged segments reported by the query thread have been rebuilt. */
  | { type: 'repaired' }
  /** One `index` request is done (its articles are in a segment, or were already). */
  | { type: 'indexed'; articles: number }
  /**
   * A task failed. `articlesMissing`: some articles may now be left out of the index until the
   * next catch-up (false when only a merge failed, which leaves the index as it was).
   */
  | { type: 'error'; message: string; articlesMissing: boolean }
  | { type: 'closed' };
