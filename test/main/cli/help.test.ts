// `outpost --help` is written from the command table: every command and option is listed, aligned.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { commands } from '../../../main/cli/commands.ts';
import { OPTIONS } from '../../../main/cli/outpost.ts';

const bin = fileURLToPath(new URL('../../../bin/outpost.js', import.meta.url));

function outpost(args: string[]) {
  const result = spawnSync(process.execPath, [bin, ...args], {
    encoding: 'utf8',
    env: { ...process.env, OUTPOST_DATA_DIR: '' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The lines of one section (`Commands:`, `Options:`) of a help text. */
function section(help: string, title: string): string[] {
  const lines = help.split('\n');
  const start = lines.indexOf(title);
  expect(start, `no "${title}" section in:\n${help}`).toBeGreaterThanOrEqual(0);
  const end = lines.indexOf('', start);
  return lines.slice(start + 1, end === -1 ? undefined : end);
}

/** The column where the descriptions start, for every line that has both an entry and a text. */
function textColumns(lines: string[]): Set<number> {
  const columns = new Set<number>();
  for (const line of lines) {
    const match = /^ {2}\S.*?\S {3,}(?=\S)/.exec(line);
    if (match) columns.add(match[0].length);
  }
  return columns;
}

describe('outpost --help', () => {
  const help = outpost(['--help']);

  it('exits 0 and prints the usage on stdout only', () => {
    expect(help.code).toBe(0);
    expect(help.stderr).toBe('');
    expect(help.stdout).toMatch(/^Usage: outpost \[--data-dir DIR\] <command> \[options\]/);
  });

  it('lists every command of the command table, and every subcommand', () => {
    const entries = section(help.stdout, 'Commands:').map((line) => line.trim());
    const names = Object.entries(commands).flatMap(([name, command]) =>
      command.subcommands ? Object.keys(command.subcommands).map((sub) => `${name} ${sub}`) : name,
    );
    expect(names.length).toBeGreaterThan(10);
    for (const name of names) {
      expect(
        entries.some((entry) => entry === name || entry.startsWith(`${name} `)),
        `${name} is missing from outpost --help`,
      ).toBe(true);
    }
  });

  it('lists the subscription commands with their arguments', () => {
    const entries = section(help.stdout, 'Commands:');
    for (const usage of [
      'feeds add URL',
      'feeds list',
      'feeds remove ID',
      'sync [ID...]',
      'opml import FILE',
      'opml export FILE',
      'search QUERY',
      'tag --jsonl INPUT',
    ]) {
      expect(entries.some((line) => line.startsWith(`  ${usage}  `))).toBe(true);
    }
  });

  it('lists every option the CLI accepts', () => {
    const options = section(help.stdout, 'Options:');
    for (const flag of [
      '--data-dir DIR',
      '--json',
      '--limit N',
      '--offset N',
      '--sort relevance|date',
      '--url URL',
      '--content-type CT',
      '--port P',
      '--jsonl FILE',
      '-h, --help',
      '-v, --version',
    ]) {
      expect(options.some((line) => line.startsWith(`  ${flag}  `))).toBe(true);
    }
    expect(options.find((line) => line.includes('--limit N'))).toMatch(/search: how many hits/);
  });

  it("scopes options to commands that exist, so each shows in that command's help", () => {
    const scoped = Object.values(OPTIONS).flatMap((option) =>
      'commands' in option ? option.commands : [],
    );
    expect(scoped).toContain('search');
    for (const name of scoped) expect(Object.keys(commands)).toContain(name);
  });

  it('aligns the descriptions of commands and options in one column, within 100 columns', () => {
    const lines = [...section(help.stdout, 'Commands:'), ...section(help.stdout, 'Options:')];
    expect(textColumns(lines).size).toBe(1);
    for (const line of help.stdout.split('\n')) expect(line.length).toBeLessThanOrEqual(100);
  });
});

describe('outpost COMMAND --help', () => {
  it('shows one command, with the options it takes and the global ones', () => {
    const search = outpost(['search', '--help']);
    expect(search.code).toBe(0);
    expect(search.stdout).toMatch(/^Usage: outpost search QUERY \[options\]/);
    expect(search.stdout).toMatch(/is:unread/);
    const options = section(search.stdout, 'Options:').join('\n');
    expect(options).toMatch(/--limit N/);
    expect(options).toMatch(/--data-dir DIR/);
    expect(options).not.toMatch(/--port/);
  });

  it('lists the subcommands of a command that has them', () => {
    const feeds = outpost(['feeds', '--help']);
    expect(feeds.code).toBe(0);
    const entries = section(feeds.stdout, 'Commands:').join('\n');
    expect(entries).toMatch(/^ {2}feeds add URL {3,}\S/m);
    expect(entries).toMatch(/^ {2}feeds list {3,}\S/m);
    expect(entries).toMatch(/^ {2}feeds remove ID {3,}\S/m);
    expect(entries).not.toMatch(/search/);
  });

  it('answers outpost help COMMAND the same way, and outpost help with the whole list', () => {
    expect(outpost(['help', 'opml']).stdout).toBe(outpost(['opml', '--help']).stdout);
    expect(outpost(['help']).stdout).toBe(outpost(['--help']).stdout);
  });

  it('rejects help for a command that does not exist, in one line', () => {
    for (const args of [['help', 'frobnicate'], ['frobnicate', '--help'], ['constructor']]) {
      const { code, stdout, stderr } = outpost(args);
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toMatch(
        /^outpost: Unknown command "\w+"\. Run outpost --help for the list\.\n$/,
      );
    }
  });

  it('says which subcommands exist when given another', () => {
    const { code, stderr } = outpost(['feeds', 'frobnicate']);
    expect(code).toBe(2);
    expect(stderr).toBe('outpost: Use feeds add URL, feeds list or feeds remove ID.\n');
  });
});
