// The CPU-heavy jobs that run off the API thread, and the shape of their messages.
import { charsetFromContentType, decodeText } from '../extract/decode.ts';
import { extractArticle, type ExtractedArticle } from '../extract/extract-article.ts';
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
