// Builds a lunr index over articles with our own tokenizer, and turns parsed queries into lunr queries.
import lunr from 'lunr';
import type { QueryClause } from '../../shared/query.ts';
import { tokenize } from '../../shared/tokenize.ts';
import type { IndexableArticle } from '../store/articles.ts';

/** Title matches count most; the source name and author help a little. */
const FIELDS = [
  { name: 'title', boost: 8 },
  { name: 'text', boost: 1 },
  { name: 'author', boost: 2 },
  { name: 'source', boost: 1 },
] as const;

type FieldName = (typeof FIELDS)[number]['name'];

/** lunr's own tokenizer splits only on spaces and hyphens; ours agrees with the query parser. */
function tokenizeForLunr(value: unknown, metadata?: object): lunr.Token[] {
  const text = value == null ? '' : String(value);
  return tokenize(text).map(
    (token, index) =>
      new lunr.Token(token.term, {
        ...metadata,
        position: [token.start, token.end - token.start],
        index,
      }),
  );
}

export function buildLunrIndex(articles: Iterable<IndexableArticle>): lunr.Index {
  const builder = new lunr.Builder();
  // No trimmer: our tokens are already clean, and lunr's ASCII-only trimmer would erase non-Latin words.
  builder.pipeline.add(lunr.stopWordFilter, lunr.stemmer);
  builder.searchPipeline.add(lunr.stemmer);
  (builder as unknown as { tokenizer: typeof tokenizeForLunr }).tokenizer = tokenizeForLunr;
  builder.metadataWhitelist = ['position'];
  builder.ref('id');
  for (const field of FIELDS) builder.field(field.name, { boost: field.boost });
  for (const article of articles) {
    builder.add({
      id: String(article.id),
      title: article.title,
      text: article.text,
      author: article.author ?? '',
      source: article.source,
    });
  }
  return builder.build();
}

function isStopWord(term: string): boolean {
  return lunr.stopWordFilter(new lunr.Token(term, {})) === undefined;
}

/**
 * Runs the clauses against the index. Phrases become required words here; the caller checks
 * word order against the stored text, which lunr does not keep.
 */
export function runLunrQuery(
  index: lunr.Index,
  clauses: readonly QueryClause[],
): lunr.Index.Result[] {
  return index.query((query) => {
    for (const clause of clauses) {
      const presence = clause.negated
        ? lunr.Query.presence.PROHIBITED
        : lunr.Query.presence.REQUIRED;
      // lunr reads "no fields key" as all fields, but a present `fields: undefined` as none.
      const scope = clause.field ? { fields: [clause.field as FieldName], presence } : { presence };
      if (clause.kind === 'phrase') {
        // A negated phrase is checked against the text afterwards; excluding its words would overreach.
        if (clause.negated) continue;
        for (const word of clause.words) {
          if (!isStopWord(word)) query.term(word, scope);
        }
        continue;
      }
      if (clause.prefix) {
        query.term(clause.text, {
          ...scope,
          wildcard: lunr.Query.wildcard.TRAILING,
          usePipeline: false,
        });
      } else if (!isStopWord(clause.text)) {
        query.term(clause.text, scope);
      }
    }
  });
}

/** Character ranges of matched terms in one field of one result, from lunr's position metadata. */
export function matchedRanges(
  result: lunr.Index.Result,
  field: FieldName,
): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  const metadata = result.matchData.metadata as Record<
    string,
    Record<string, { position?: Array<[number, number]> }>
  >;
  for (const term of Object.keys(metadata)) {
    for (const [start, length] of metadata[term]?.[field]?.position ?? []) {
      ranges.push([start, start + length]);
    }
  }
  return ranges.sort((a, b) => a[0] - b[0]);
}
