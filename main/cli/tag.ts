// `outpost tag`: the countries, regions and topics Outpost finds in articles, one JSON line per
// input; nothing is stored and no data folder is opened.
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { createInterface } from 'node:readline';
import { tagText, type ArticleTopics } from '../tagging/tagger.ts';
import type { CommandOptions } from './command.ts';
import { CliError, printJson, printLines, printProblem } from './output.ts';

export async function runTag(files: string[], options: CommandOptions): Promise<number> {
  if (files.length === 0 && !options.jsonl)
    throw new CliError('tag needs files, or --jsonl FILE with lines {id, title, body}.', 2);
  let failures = 0;
  let inputs = 0;
  const report = (id: string, result: ArticleTopics) => {
    if (options.json) printJson({ id, ...shape(result) });
    else
      printLines([
        `== ${id}`,
        `countries: ${result.countries.map((c) => `${c.name} (${c.code}) ${c.score}`).join(', ') || '-'}`,
        `regions:   ${result.regions.map((r) => `${r.name} ${r.score}`).join(', ') || '-'}`,
        `topics:    ${result.topics.map((t) => `${t.label} ${t.score}`).join(', ') || '-'}`,
      ]);
  };
  const problem = (id: string, code: string, message: string) => {
    failures++;
    if (options.json) printJson({ id, error: { code, message } });
    else printProblem(`${id}: ${message}`);
  };

  for (const file of files) {
    inputs++;
    try {
      // The document readers (HTML, Markdown) take a third of a second to load: only for files.
      const { DocumentError, MAX_DOCUMENT_BYTES, readDocument } =
        await import('../extract/read-document.ts');
      const info = await stat(file);
      if (!info.isFile()) throw new DocumentError(`${file} is not a file.`, 'unreadable');
      if (info.size > MAX_DOCUMENT_BYTES)
        throw new DocumentError(`${file} is larger than Outpost's 50 MB limit.`, 'too-large');
      const document = readDocument(basename(file), await readFile(file));
      report(file, tagText({ title: document.title, text: document.text }));
    } catch (error) {
      const code = isDocumentError(error) ? error.code : fsCode(error);
      problem(file, code, error instanceof Error ? error.message : String(error));
    }
  }

  if (options.jsonl) {
    const source = options.jsonl === '-' ? process.stdin : createReadStream(options.jsonl);
    const opened = new Promise<void>((resolve, reject) => {
      if (source === process.stdin) resolve();
      source.once('open', () => resolve());
      source.once('error', reject);
    });
    try {
      await opened;
    } catch (error) {
      throw new CliError(`Cannot read ${options.jsonl}: ${(error as Error).message}`, 1);
    }
    let lineNumber = 0;
    for await (const line of createInterface({ input: source, crlfDelay: Infinity })) {
      lineNumber++;
      if (!line.trim()) continue;
      inputs++;
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch {
        problem(
          `${options.jsonl}:${lineNumber}`,
          'bad-json',
          `line ${lineNumber} of ${options.jsonl} is not JSON.`,
        );
        continue;
      }
      const record = (value ?? {}) as {
        id?: unknown;
        title?: unknown;
        body?: unknown;
        text?: unknown;
      };
      const id =
        record.id === undefined || record.id === null
          ? `${options.jsonl}:${lineNumber}`
          : String(record.id);
      const title = typeof record.title === 'string' ? record.title : '';
      const body =
        typeof record.body === 'string'
          ? record.body
          : typeof record.text === 'string'
            ? record.text
            : '';
      if (!title && !body) {
        problem(
          id,
          'empty',
          `line ${lineNumber} of ${options.jsonl} has neither a title nor a body.`,
        );
        continue;
      }
      report(id, tagText({ title, text: body }));
    }
  }
  return inputs > 0 && failures === inputs ? 1 : 0;
}

function shape(result: ArticleTopics) {
  return {
    countries: result.countries.map(({ code, name, score }) => ({ code, name, score })),
    regions: result.regions.map(({ code, name, score }) => ({ code, name, score })),
    topics: result.topics.map(({ qcode, label, score }) => ({ qcode, label, score })),
  };
}

function isDocumentError(error: unknown): error is { code: string } & Error {
  return error instanceof Error && error.name === 'DocumentError' && 'code' in error;
}

function fsCode(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return 'not-found';
  if (code === 'EACCES' || code === 'EPERM') return 'unreadable';
  return 'failed';
}
