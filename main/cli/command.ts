// What a CLI command is: how `outpost --help` describes it, what it gets (the parsed options, the
// backend opened on the data folder), and commands grouped under one name (`feeds add`).
import type { Backend } from '../backend.ts';
import { CliError, printProblem } from './output.ts';

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
  /** What the command does, in one line of `outpost --help`. */
  summary: string;
  /**
   * The arguments after the command's name, one entry per way of calling it
   * (`['FILE...', '--jsonl INPUT']`); none for a command that takes no arguments.
   */
  usage?: readonly string[];
  /**
   * Lines `outpost --help` prints after the summary: beside the further usage forms (what
   * `tag --jsonl INPUT` does), else below it (the query syntax under `search QUERY`).
   */
  details?: readonly string[];
  /** The commands its first argument names (`feeds add`, `opml export`); help lists these. */
  subcommands?: Readonly<Record<string, Command>>;
  run(args: string[], options: CommandOptions): Promise<number>;
}

/** A command whose first argument picks one of its subcommands, as in `outpost feeds add URL`. */
export function groupCommands(
  name: string,
  summary: string,
  subcommands: Readonly<Record<string, Command>>,
): Command {
  return {
    summary,
    subcommands,
    run(args, options) {
      const [action, ...rest] = args;
      if (action !== undefined && Object.hasOwn(subcommands, action)) {
        return subcommands[action]!.run(rest, options);
      }
      const forms = Object.entries(subcommands).map(([subname, command]) =>
        [name, subname, ...(command.usage?.slice(0, 1) ?? [])].join(' '),
      );
      const last = forms.pop();
      throw new CliError(`Use ${forms.length > 0 ? `${forms.join(', ')} or ${last}` : last}.`, 2);
    },
  };
}

export async function withBackend<T>(
  options: CommandOptions,
  work: (backend: Backend) => Promise<T>,
): Promise<T> {
  // Loaded on demand: extract and parse-feed need none of it, and start faster without it.
  const { createBackend } = await import('../backend.ts');
  const backend = await createBackend({ dataDir: options.dataDir });
  // What the reader should know (a damaged settings file put aside, search stopped) goes to stderr.
  backend.on('notice', ({ message }) => printProblem(message));
  try {
    return await work(backend);
  } finally {
    await backend.close();
  }
}
