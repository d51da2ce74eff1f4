// `outpost extract`: the article inside saved web pages, one JSON line per file; nothing is stored.
import { readFile, stat } from 'node:fs/promises';
import { decodeDocument } from '../extract/decode.ts';
import { DocumentError, MAX_DOCUMENT_BYTES } from '../extract/read-document.ts';
import { extractArticle } from '../extract/extract-article.ts';
import type { CommandOptions } from './command.ts';
import { CliError, printJson, printLines, printProblem } from './output.ts';

export async function runExtract(files: string[], options: CommandOptions): Promise<number> {
  if (files.length === 0) throw new CliError('extract needs at least one .html file.', 2);
  let failures = 0;
  for (const file of files) {
    try {
      const info = await stat(file);
      if (!info.isFile()) throw new DocumentError(`${file} is not a file.`, 'unreadable');
      if (info.size > MAX_DOCUMENT_BYTES) {
        throw new DocumentError(
          `${file} is larger than Outpost's 50 MB limit for a page.`,
          'too-large',
        );
      }
      const html = decodeDocument(await readFile(file), { html: true });
      const article = extractArticle(html, { url: options.url });
      const { title, byline, published, leadImage, html: body, text } = article;
      if (options.json) printJson({ file, title, byline, published, leadImage, html: body, text });
      else printLines([`== ${file}`, title, byline ?? '', '', text, '']);
    } catch (error) {
      failures++;
      const code = error instanceof DocumentError ? error.code : errorCode(error);
      const message = error instanceof Error ? error.message : String(error);
      if (options.json) printJson({ file, error: { code, message } });
      else printProblem(`${file}: ${message}`);
    }
  }
  return failures === files.length ? 1 : 0;
}

function errorCode(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return 'not-found';
  if (code === 'EACCES' || code === 'EPERM') return 'unreadable';
  return 'failed';
}
