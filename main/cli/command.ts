// What every CLI command gets: the parsed options, and the backend opened on the data folder.
import type { Backend } from '../backend.ts';

export interface CommandOptions {
  dataDir: string;
  json: boolean;
  limit: number | undefined;
  offset: number | undefined;
  sort: 'relevance' | 'date' | undefined;
  url: string | undefined;
  contentType: string | undefined;
  port: number | undefined;
  jsonl?: string | undefined;
}

export interface Command {
  run(args: string[], options: CommandOptions): Promise<number>;
}

export async function withBackend<T>(
  options: CommandOptions,
  work: (backend: Backend) => Promise<T>,
): Promise<T> {
  // Loaded on demand: extract and parse-feed need none of it, and start faster without it.
  const { createBackend } = await import('../backend.ts');
  const backend = await createBackend({ dataDir: options.dataDir });
  try {
    return await work(backend);
  } finally {
    await backend.close();
  }
}
