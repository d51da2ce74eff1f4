// `outpost parse-feed`: feeds in files → one JSON line per file (or a short summary); nothing is stored.
import { readFile, stat } from 'node:fs/promises';
import { FeedError, MAX_FEED_BYTES, parseFeedBytes } from '../feeds/parse-feed.ts';
import type { ParsedFeed } from '../feeds/parse-feed.ts';
import type { CommandOptions } from './command.ts';
import { CliError, formatDate, printJson, printLines, printProblem } from './output.ts';

export async function runParseFeed(files: string[], options: CommandOptions): Promise<number> {
  if (files.length === 0) throw new CliError('parse-feed needs at least one feed file.', 2);
  let failures = 0;
  for (const file of files) {
    try {
      const feed = parseFeedBytes(await readFeedFile(file), {
        url: options.url,
        contentType: options.contentType,
      });
      if (options.json) printJson({ file, feed });
      else printLines(summarize(file, feed));
    } catch (error) {
      failures++;
      const code = error instanceof FeedError ? error.code : errorCode(error);
      const message = error instanceof FeedError ? error.message : fileMessage(file, error);
      const alternates =
        error instanceof FeedError && error.alternates.length ? error.alternates : undefined;
      if (options.json) printJson({ file, error: { code, message, alternates } });
      else printProblem(`${file}: ${message}`);
    }
  }
  return failures === files.length ? 1 : 0;
}

async function readFeedFile(file: string): Promise<Uint8Array> {
  const info = await stat(file);
  if (info.size > MAX_FEED_BYTES) {
    throw new FeedError(
      'too-large',
      `${file} is larger than 32 MB: that is not a feed Outpost can read.`,
    );
  }
  return readFile(file);
}

function summarize(file: string, feed: ParsedFeed): string[] {
  const count = `${feed.items.length} ${feed.items.length === 1 ? 'item' : 'items'}`;
  const lines = [`== ${file}`, `${feed.title ?? '(untitled)'} — ${feed.format}, ${count}`];
  if (feed.link) lines.push(feed.link);
  for (const item of feed.items.slice(0, 10)) {
    lines.push(`  ${formatDate(item.published)}  ${item.title ?? item.link ?? item.id}`);
  }
  if (feed.items.length > 10) lines.push(`  … and ${feed.items.length - 10} more`);
  return [...lines, ''];
}

function errorCode(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return 'not-found';
  if (code === 'EACCES' || code === 'EPERM' || code === 'EISDIR') return 'unreadable';
  return 'failed';
}

function fileMessage(file: string, error: unknown): string {
  const code = errorCode(error);
  if (code === 'not-found') return `${file} does not exist.`;
  if (code === 'unreadable') return `${file} cannot be read (a folder, or no permission).`;
  return error instanceof Error ? error.message : String(error);
}
