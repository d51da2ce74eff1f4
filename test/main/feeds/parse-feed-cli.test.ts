// `outpost parse-feed` through the real command line: JSON Lines in input order, never stopping early.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { makeTempDir } from '../../helpers/temp-dir.ts';

const bin = fileURLToPath(new URL('../../../bin/outpost.js', import.meta.url));
const fixture = (name: string) =>
  fileURLToPath(new URL(`../../fixtures/feeds/${name}`, import.meta.url));

function outpost(args: string[]) {
  const result = spawnSync(process.execPath, [bin, ...args], {
    encoding: 'utf8',
    env: { ...process.env, OUTPOST_DATA_DIR: makeTempDir() },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function jsonLines(stdout: string): Array<Record<string, unknown>> {
  return stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

describe('outpost parse-feed', () => {
  it('answers every file in order, good and bad, and exits 0 when one parsed', () => {
    const files = [
      fixture('rss2.xml'),
      join(makeTempDir(), 'missing.xml'),
      fixture('page-with-alternates.html'),
      fixture('atom10.xml'),
      fixture('malformed.xml'),
    ];
    const { code, stdout } = outpost([
      'parse-feed',
      ...files,
      '--url',
      'https://sahel.example/feed.xml',
      '--json',
    ]);
    expect(code).toBe(0);
    const lines = jsonLines(stdout);
    expect(lines.map((line) => line.file)).toEqual(files);
    expect(lines[0]).toMatchObject({ feed: { format: 'rss', title: 'Sahel Dispatch & Notes' } });
    expect(lines[1]).toMatchObject({ error: { code: 'not-found' } });
    expect(lines[2]).toMatchObject({
      error: {
        code: 'not-a-feed',
        alternates: expect.arrayContaining(['https://sahel.example/feed.xml']),
      },
    });
    expect(lines[3]).toMatchObject({ feed: { format: 'atom' } });
    expect(lines[4]).toMatchObject({ error: { code: 'malformed' } });
    for (const line of lines.filter((l) => l.error)) {
      expect(Object.keys(line.error as object)).toEqual(
        expect.arrayContaining(['code', 'message']),
      );
    }
  });

  it('exits 1 when no file parsed', () => {
    const { code, stdout } = outpost(['parse-feed', fixture('malformed.xml'), '--json']);
    expect(code).toBe(1);
    expect(jsonLines(stdout)).toHaveLength(1);
  });

  it('uses the charset of --content-type', () => {
    const file = join(makeTempDir(), 'koi8.xml');
    const title = 'Съешь же ещё';
    writeFileSync(
      file,
      iconv.encode(`<rss version="2.0"><channel><title>${title}</title></channel></rss>`, 'koi8-r'),
    );
    const { stdout } = outpost([
      'parse-feed',
      file,
      '--content-type',
      'text/xml; charset=koi8-r',
      '--json',
    ]);
    expect(jsonLines(stdout)[0]).toMatchObject({ feed: { title } });
  });

  it('prints a short summary for people, and errors on stderr', () => {
    const { code, stdout, stderr } = outpost([
      'parse-feed',
      fixture('rdf.xml'),
      fixture('page-with-alternates.html'),
    ]);
    expect(code).toBe(0);
    expect(stdout).toContain('RDF Site Summary — rdf, 1 item');
    expect(stdout).toContain('2004-07-09  First RDF item');
    expect(stderr).toMatch(/page-with-alternates\.html: This is an HTML page, not a feed/);
  });

  it('needs at least one file', () => {
    const { code, stderr } = outpost(['parse-feed', '--json']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^outpost: parse-feed needs at least one feed file/);
  });
});
