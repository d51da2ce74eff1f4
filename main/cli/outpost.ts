// The `outpost` command line: its options; parses arguments, runs one command or prints its help.
import { parseArgs } from 'node:util';
import { defaultDataDir } from '../data-dir.ts';
import type { CommandOptions } from './command.ts';
import { commands } from './commands.ts';
import { formatCommandHelp, formatHelp, type CliOption } from './help.ts';
import { CliError, printLines, printProblem, printText } from './output.ts';

/** Every option `outpost` accepts, as `parseArgs` reads them and `--help` lists them. */
export const OPTIONS = {
  'data-dir': {
    type: 'string',
    value: 'DIR',
    help: "the data folder (default: $OUTPOST_DATA_DIR, else the desktop app's)",
  },
  json: { type: 'boolean', default: false, help: 'machine-readable output on stdout' },
  limit: { type: 'string', value: 'N', commands: ['search'], help: 'how many hits (default 20)' },
  offset: { type: 'string', value: 'N', commands: ['search'], help: 'skip this many hits' },
  sort: {
    type: 'string',
    value: 'relevance|date',
    commands: ['search'],
    help: 'order of hits (default relevance)',
  },
  url: {
    type: 'string',
    value: 'URL',
    commands: ['extract', 'parse-feed'],
    help: "the page's or feed's address (for relative links)",
  },
  'content-type': {
    type: 'string',
    value: 'CT',
    commands: ['parse-feed'],
    help: 'the Content-Type the feed was served with (for its charset)',
  },
  port: {
    type: 'string',
    value: 'P',
    commands: ['serve'],
    help: 'the port on 127.0.0.1 (default: any free port)',
  },
  jsonl: {
    type: 'string',
    value: 'FILE',
    commands: ['tag'],
    help: 'read documents from a JSON Lines file (- for stdin)',
  },
  help: { type: 'boolean', short: 'h', default: false, help: 'this help' },
  version: { type: 'boolean', short: 'v', default: false, help: 'the version' },
} as const satisfies Record<string, CliOption>;

/** Runs the CLI and returns the process exit code; never throws. */
export async function runCli(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: OPTIONS,
    });
  } catch (error) {
    return fail(new CliError(`${(error as Error).message}. Run outpost --help for usage.`, 2));
  }
  const { values, positionals } = parsed;
  if (values.version) {
    printLines([await readVersion()]);
    return 0;
  }
  const [first, ...rest] = positionals;
  // `outpost help [COMMAND]` is another way to say `outpost [COMMAND] --help`.
  const asksHelp = values.help || first === 'help';
  const name = first === 'help' ? rest[0] : first;
  if (!name) {
    printText(formatHelp(commands, OPTIONS));
    return asksHelp ? 0 : 2;
  }
  // Own keys only: `outpost constructor` is an unknown command, not Object's constructor.
  const command = Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (!command)
    return fail(new CliError(`Unknown command "${name}". Run outpost --help for the list.`, 2));
  if (asksHelp) {
    printText(formatCommandHelp(name, command, OPTIONS));
    return 0;
  }

  try {
    const options: CommandOptions = {
      dataDir: values['data-dir'] ?? defaultDataDir(),
      json: values.json,
      limit: parseCount(values.limit, 'limit'),
      offset: parseCount(values.offset, 'offset'),
      sort: parseSort(values.sort),
      url: values.url,
      contentType: values['content-type'],
      port: parseCount(values.port, 'port'),
      jsonl: values.jsonl,
    };
    return await command.run(rest, options);
  } catch (error) {
    return fail(error);
  }
}

function fail(error: unknown): number {
  if (error instanceof CliError) {
    printProblem(error.message);
    return error.exitCode;
  }
  // Unexpected: still one line, no stack; OUTPOST_DEBUG=1 shows the stack.
  const message = error instanceof Error ? error.message : String(error);
  printProblem(
    message,
    process.env.OUTPOST_DEBUG && error instanceof Error ? error.stack : undefined,
  );
  return 1;
}

function parseCount(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value))
    throw new CliError(`--${name} must be a whole number, not "${value}".`, 2);
  return Number(value);
}

function parseSort(value: string | undefined): 'relevance' | 'date' | undefined {
  if (value === undefined || value === 'relevance' || value === 'date') return value;
  throw new CliError(`--sort must be relevance or date, not "${value}".`, 2);
}

async function readVersion(): Promise<string> {
  const { default: pkg } = await import('../../package.json', { with: { type: 'json' } });
  return pkg.version;
}
