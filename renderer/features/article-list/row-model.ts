// One shape for list rows, whether they come from browsing (summaries) or searching (hits).
import type { ArticleId, ArticleSummary, OfflineState, SearchHit } from '../../../shared/model.ts';
import { buildTermPattern, findTermRanges } from '../../ui/terms.ts';

export interface RowModel {
  id: ArticleId;
  title: string;
  titleRanges: Array<[number, number]>;
  source: string;
  /** ISO date shown on the row: publication, else when Outpost stored it. */
  date: string | null;
  summary: string;
  summaryRanges: Array<[number, number]>;
  read: boolean;
  starred: boolean;
  /** How much is readable offline; null when not known. */
  offline: OfflineState | null;
}

export function rowFromSummary(article: ArticleSummary): RowModel {
  return {
    id: article.id,
    title: article.title,
    titleRanges: [],
    source: article.source,
    date: article.published ?? article.added,
    summary: article.excerpt,
    summaryRanges: [],
    read: article.read,
    starred: article.starred,
    offline: article.offline,
  };
}

export function rowsFromHits(hits: SearchHit[], terms: string[]): RowModel[] {
  const pattern = buildTermPattern(terms);
  return hits.map((hit) => ({
    id: hit.id,
    title: hit.title,
    titleRanges: findTermRanges(hit.title, pattern),
    source: hit.source,
    date: hit.published ?? hit.added,
    summary: hit.snippet,
    summaryRanges: hit.highlights,
    read: hit.read,
    starred: hit.starred,
    offline: hit.offline,
  }));
}
