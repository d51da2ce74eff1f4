// Text from feeds reaches the reader's terminal as text: no escape sequence in a title may clear the
// screen, set the window title or write the clipboard. JSON output keeps every character exactly.
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  printJson,
  printLines,
  printProblem,
  printProgress,
  toTerminalText,
} from '../../../main/cli/output.ts';
import {
  serveBody,
  startHttpTestServer,
  type HttpTestServer,
} from '../../helpers/http-test-server.ts';
import { makeTempDir } from '../../helpers/temp-dir.ts';

const bin = fileURLToPath(new URL('../../../bin/outpost.js', import.meta.url));
const cliFolder = fileURLToPath(new URL('../../../main/cli/', import.meta.url));

/** Anything a terminal would act on: C0 but tab and newline, DEL, C1. */
// eslint-disable-next-line no-control-regex -- looking for control characters is the point
const terminalControl = /[\x00-\x08\x0b-\x1f\x7f-\x9f]/;

const hostileTitle = 'Coast\u001b[2J\u001b[H Desk\u001b]0;pwned\u0007\u001b]52;c;ZXZpbA==\u001b\\';
const hostileStory = 'Ferries\u001b[31m resume\u001b[0m\u0008\u0008\u001b[1A';

function outpost(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [bin, ...args], { encoding: 'utf8' }, (error, stdout, stderr) => {
      resolve({
        code: error ? Number((error as { code?: unknown }).code ?? 1) : 0,
        stdout,
        stderr,
      });
    });
  });
}

describe('text for the terminal', () => {
  it('drops escape sequences and control characters, keeping newlines and tabs', () => {
    expect(toTerminalText('a\u001b[2Jb')).toBe('ab');
    expect(toTerminalText('a\u001b[38;5;196mred\u001b[0m')).toBe('ared');
    expect(toTerminalText('a\u001b]0;title\u0007b')).toBe('ab');
    expect(toTerminalText('a\u001b]52;c;ZXZpbA==\u001b\\b')).toBe('ab');
    expect(toTerminalText('a\u001bPq#0;2;0;0;0\u001b\\b')).toBe('ab');
    expect(toTerminalText('a\u001bcb')).toBe('ab');
    expect(toTerminalText('a\u001b(0b')).toBe('ab');
    // A lone ESC, or what is left of an unfinished sequence, is dropped; its text stays text.
    expect(toTerminalText('a\u001b')).toBe('a');
    expect(toTerminalText('a\u001b]0;unfinished')).toBe('a0;unfinished');
    expect(toTerminalText('a\u0000\u0007\u0008\u000b\u000c\r\u007f\u0085\u009b2Jb')).toBe('a2Jb');
    expect(toTerminalText('one\ntwo\tcolumns\r\nthree')).toBe('one\ntwo\tcolumns\nthree');
    // Letters stay letters: accents, scripts, emoji, and the quotation marks around them.
    const letters = 'Café Niamey — «Sahel» 日本語 Ελλάδα ✓ 🚢 ‘a’ “b” …';
    expect(toTerminalText(letters)).toBe(letters);
  });

  describe('on stdout and stderr', () => {
    let stdout: string[];
    let stderr: string[];
    beforeAll(() => {
      stdout = [];
      stderr = [];
    });
    afterEach(() => {
      vi.restoreAllMocks();
      stdout.length = 0;
      stderr.length = 0;
    });
    const capture = () => {
      vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
        stdout.push(String(chunk));
        return true;
      });
      vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
        stderr.push(String(chunk));
        return true;
      });
    };

    it('cleans every human-readable line, and keeps messages on stderr to one line', () => {
      capture();
      printLines([hostileTitle, `  ${hostileStory}`]);
      printProblem(`feed.xml: ${hostileTitle}\nis broken`);
      printProgress(`sync: ${hostileStory}\u009b2J`);
      expect(stdout.join('')).toBe('Coast Desk\n  Ferries resume\n');
      expect(stderr).toEqual([
        'outpost: feed.xml: Coast Desk is broken\n',
        'sync: Ferries resume2J\n',
      ]);
    });

    it('keeps JSON exact, with DEL and C1 escaped as JSON escapes them', () => {
      capture();
      const value = { title: hostileTitle, story: `${hostileStory}\u007f\u0085\u009b2J` };
      printJson(value);
      const [line] = stdout;
      expect(line!.endsWith('\n')).toBe(true);
      expect(line!.slice(0, -1)).not.toMatch(terminalControl);
      expect(line).toContain('\\u009b');
      expect(JSON.parse(line!)).toEqual(value);
    });
  });

  it('leaves no command a way around it: only output.ts writes to stdout or stderr', () => {
    const writers = readdirSync(cliFolder)
      .filter((file) => file.endsWith('.ts') && file !== 'output.ts')
      .filter((file) =>
        /process\.(stdout|stderr)\.write|console\.(log|info|warn|error|debug)/.test(
          readFileSync(join(cliFolder, file), 'utf8'),
        ),
      );
    expect(writers).toEqual([]);
  });
});

describe('outpost with a hostile feed', () => {
  let server: HttpTestServer;

  beforeAll(async () => {
    let origin = '';
    const feed = () =>
      JSON.stringify({
        version: 'https://jsonfeed.org/version/1.1',
        title: hostileTitle,
        home_page_url: `${origin}/`,
        items: [
          {
            id: 'c1',
            title: hostileStory,
            url: `${origin}/ferries.html`,
            content_text: `The ferries\u001b[8m resumed\u001b[28m on Monday.`,
          },
        ],
      });
    server = await startHttpTestServer({
      '/feed.json': (req, res) =>
        serveBody(feed(), { contentType: 'application/feed+json' })(req, res),
    });
    origin = server.origin;
  });

  afterAll(async () => {
    await server.close();
  });

  it('shows its titles as plain text, and exactly in JSON', async () => {
    const dataDir = makeTempDir();
    const added = await outpost(['--data-dir', dataDir, 'feeds', 'add', server.url('/feed.json')]);
    expect(added.code).toBe(0);
    expect(added.stdout).toMatch(/^Following Coast Desk \(id 1\): 1 articles stored\.\n/);

    const listed = await outpost(['--data-dir', dataDir, 'feeds', 'list']);
    expect(listed.stdout).toContain('Coast Desk');
    const article = await outpost(['--data-dir', dataDir, 'show', '1']);
    expect(article.stdout).toMatch(/^Ferries resume\nCoast Desk · /);
    expect(article.stdout).toContain('The ferries resumed on Monday.');
    for (const output of [added, listed, article]) {
      expect(output.stdout).not.toMatch(terminalControl);
      expect(output.stderr).not.toMatch(terminalControl);
    }

    const json = await outpost(['--data-dir', dataDir, 'feeds', 'list', '--json']);
    expect(JSON.parse(json.stdout)[0].title).toBe(hostileTitle);
    expect(json.stdout.trimEnd()).not.toMatch(terminalControl);
  }, 60_000);

  it('says what went wrong on one clean line', async () => {
    const failed = await outpost(['show', `\u001b[2J\u001b]0;pwned\u0007\n12\u001b`]);
    expect(failed.code).toBe(2);
    expect(failed.stderr).toBe('outpost: " 12" is not an article id (ids are numbers).\n');
  });
});
