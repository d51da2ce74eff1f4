// Builds one lunr index (a segment) over a batch of articles, with our tokenizer and boosts.
import lunr from 'lunr';
import { tokenize } from '../../shared/tokenize.ts';

/** What the index holds of an article; `tags` are region, topic and tag labels and codes. */
export interface IndexDocument {
  id: number;
  revision: number;
  title: string;
  text: string;
  author: string | null;
  source: string;
  tags: string;
}

/** Title matches count most, then tags, then the body; author and source help a little. */
export const FIELDS = [
  { name: 'title', boost: 8 },
  { name: 'tags', boost: 4 },
  { name: 'text', boost: 1 },
  { name: 'author', boost: 2 },
  { name: 'source', boost: 1 },
] as const;

export type FieldName = (typeof FIELDS)[number]['name'];
export const fieldNames: readonly FieldName[] = FIELDS.map((field) => field.name);

/** lunr's own tokenizer splits only on spaces and hyphens; ours agrees with the query parser. */
function tokenizeForLunr(value: unknown): lunr.Token[] {
  return tokenize(value == null ? '' : String(value)).map(
    (token) => new lunr.Token(token.term, {}),
  );
}

/** The pipelines every segment uses: no trimmer (lunr's is ASCII-only and would erase non-Latin words). */
export function configureBuilder(builder: lunr.Builder): void {
  builder.pipeline.add(lunr.stopWordFilter, lunr.stemmer);
  builder.searchPipeline.add(lunr.stemmer);
  (builder as unknown as { tokenizer: typeof tokenizeForLunr }).tokenizer = tokenizeForLunr;
  builder.ref('id');
  for (const field of FIELDS) builder.field(field.name, { boost: field.boost });
}

export interface BuiltSegment {
  index: lunr.Index;
  docs: Array<[id: number, revision: number]>;
}

/**
 * Builds a segment, yielding to the event loop every `yieldEvery` documents so that a worker
 * building a big merge can still pick up new, small batches in between.
 */
export async function buildSegment(
  documents: Iterable<IndexDocument>,
  options: { yieldEvery?: number; onYield?: () => Promise<void> } = {},
): Promise<BuiltSegment> {
  const builder = new lunr.Builder();
  configureBuilder(builder);
  const docs: Array<[number, number]> = [];
  let sinceYield = 0;
  for (const document of documents) {
    builder.add({
      id: String(document.id),
      title: document.title,
      tags: document.tags,
      text: document.text,
      author: document.author ?? '',
      source: document.source,
    });
    docs.push([document.id, document.revision]);
    if (options.onYield && ++sinceYield >= (options.yieldEvery ?? 250)) {
      sinceYield = 0;
      await options.onYield();
    }
  }
  return { index: builder.build(), docs };
}

/** The article's words as the phrase check reads them: " w1 w2 … " with spaces at both ends. */
export function phraseWords(document: Pick<IndexDocument, 'title' | 'text'>): string {
  const words = tokenize(`${document.title}\n${document.text}`).map((token) => token.term);
  return ` ${words.join(' ')} `;
}
