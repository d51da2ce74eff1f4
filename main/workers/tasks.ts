// The CPU-heavy jobs that run off the API thread, and the shape of their messages.
import { hashContent, makeExcerpt } from '../extract/article-text.ts';
import { charsetFromContentType, decodeText } from '../extract/decode.ts';
import { extractArticle, type ExtractedArticle } from '../extract/extract-article.ts';
import { readDocument, type ParsedDocument } from '../extract/read-document.ts';
import { parseFeedBytes, type ParsedFeed } from '../feeds/parse-feed.ts';

export interface TaskTypes {
  'parse-feed': {
    input: { bytes: Uint8Array; url: string; contentType: string | null; fetchedAt: string };
    output: ParsedFeed;
  };
  /** A downloaded web page: decoded and extracted off the API thread. */
  'extract-page': {
    input: { bytes: Uint8Array; url: string; contentType: string | null };
    output: ExtractedArticle;
  };
  /**
   * An imported file (`name` decides its format and appears in every error): decoded, read as an
   * article, hashed and cut to an excerpt, so the API thread only stores the result.
   */
  'read-document': {
    input: { name: string; bytes: Uint8Array };
    output: { document: ParsedDocument; contentHash: string; excerpt: string };
  };
}

export type TaskName = keyof TaskTypes;

export const taskHandlers: {
  [T in TaskName]: (input: TaskTypes[T]['input']) => TaskTypes[T]['output'];
} = {
  'parse-feed': (input) =>
    parseFeedBytes(input.bytes, {
      url: input.url,
      contentType: input.contentType ?? undefined,
      fetchedAt: new Date(input.fetchedAt),
    }),
  // The server's charset counts for pages as for feeds: BOM, HTTP header, then the page's own.
  'extract-page': (input) =>
    extractArticle(
      decodeText(input.bytes, {
        httpCharset: charsetFromContentType(input.contentType),
        sniffHtml: true,
      }),
      { url: input.url },
    ),
  'read-document': (input) => {
    const document = readDocument(input.name, input.bytes);
    return {
      document,
      contentHash: hashContent(document),
      excerpt: makeExcerpt(document.text, document.html),
    };
  },
};

export interface TaskRequest {
  id: number;
  task: TaskName;
  input: unknown;
}

/** Errors cross the thread boundary as plain data; `code` and `details` survive. */
export type TaskResponse =
  | { id: number; ok: true; output: unknown }
  | {
      id: number;
      ok: false;
      error: { name: string; message: string; code?: string; details?: unknown };
    };
