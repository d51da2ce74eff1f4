// The `outpost` command line: parses arguments, opens the data folder, runs one command.
import { parseArgs } from 'node:util';
import { defaultDataDir } from '../data-dir.ts';
import { commands, type CommandOptions } from './commands.ts';
import { CliError } from './output.ts';

const USAGE = `Usage: outpost [--data-dir DIR] <command> [options]

Outpost keeps your news on disk so you can read and search it offline.

Commands:
  import PATH...            import .txt, .html, .htm and .md files, or folders of them
  show ID                   print one article
  search QUERY              search the archive: words, "phrases", -word, OR, prefix*, fuzzy~1,
                            title: author: source: region: topic: tag:, after: before:, is:unread
  stats                     counts, sizes and the search index state
  reindex                   rebuild the search index from the library
  extract FILE.html...      extract the article from saved web pages (nothing is stored)
  parse-feed FILE...        read RSS, Atom, RDF or JSON feeds from files (nothing is stored)
  tag FILE...               countries, regions and topics of articles in files (nothing is stored)
  tag --jsonl INPUT         the same for lines {id, title, body} of a JSON Lines file (- for stdin)
  serve                     open the Outpost UI in a browser on this computer

Options:
  --data-dir DIR            the data folder (default: $OUTPOST_DATA_DIR, else the desktop app's)
  --json                    machine-readable output on stdout
  --limit N                 search: how many hits (default 20)
  --offset N                search: skip this many hits
  --sort relevance|date     search: order of hits (default relevance)
  --url URL                 extract, parse-feed: the page's or feed's address (for relative links)
  --content-type CT         parse-feed: the Content-Type the feed was served with (for its charset)
  --port P                  serve: the port on 127.0.0.1 (default: any free port)
  --jsonl FILE              tag: read documents from a JSON Lines file
  -h, --help                this help
  -v, --version             the version
`;

/** Runs the CLI and returns the process exit code; never throws. */
export async function runCli(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        'data-dir': { type: 'string' },
        json: { type: 'boolean', default: false },
        limit: { type: 'string' },
        offset: { type: 'string' },
        sort: { type: 'string' },
        url: { type: 'string' },
        'content-type': { type: 'string' },
        port: { type: 'string' },
        jsonl: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false },
      },
    });
  } catch (error) {
    return fail(new CliError(`${(error as Error).message}. Run outpost --help for usage.`, 2));
  }
  const { values, positionals } = parsed;
  if (values.version) {
    process.stdout.write(`${await readVersion()}\n`);
    return 0;
  }
  const [name, ...rest] = positionals;
  if (values.help || !name) {
    process.stdout.write(USAGE);
    return values.help ? 0 : 2;
  }
  const command = commands[name];
  if (!command)
    return fail(new CliError(`Unknown command "${name}". Run outpost --help for the list.`, 2));

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
    process.stderr.write(`outpost: ${error.message}\n`);
    return error.exitCode;
  }
  // Unexpected: still one line, no stack; OUTPOST_DEBUG=1 shows the stack.
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`outpost: ${message}\n`);
  if (process.env.OUTPOST_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
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
