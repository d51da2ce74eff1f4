import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { nigerArticle } from '../../helpers/fixtures.ts';
import { makeTempDir } from '../../helpers/temp-dir.ts';

const bin = fileURLToPath(new URL('../../../bin/outpost.js', import.meta.url));

function outpost(args: string[], input?: string) {
  const result = spawnSync(process.execPath, [bin, ...args], {
    encoding: 'utf8',
    input,
    env: { ...process.env, OUTPOST_DATA_DIR: makeTempDir() },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const lines = (stdout: string) =>
  stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);

describe('outpost tag', () => {
  it('tags article files per the contract', () => {
    const { code, stdout } = outpost(['tag', nigerArticle, '--json']);
    expect(code).toBe(0);
    const [result] = lines(stdout) as Array<{
      id: string;
      countries: Array<{ code: string; name: string; score: number }>;
      regions: Array<{ code: string; name: string; score: number }>;
      topics: Array<{ qcode: string; label: string; score: number }>;
    }>;
    expect(result!.id).toBe(nigerArticle);
    expect(result!.countries.map((c) => c.code).sort()).toEqual(['BF', 'FR', 'ML', 'NE', 'RU']);
    expect(result!.countries[0]).toEqual({ code: 'NE', name: 'Niger', score: expect.any(Number) });
    expect(result!.regions.map((r) => r.code)).toEqual(
      expect.arrayContaining(['002', '202', '011', 'sahel', '150']),
    );
    expect(result!.topics.length).toBeGreaterThan(0);
    for (const topic of result!.topics) expect(topic.qcode).toMatch(/^medtop:\d{8}$/);
  });

  it('reads JSON Lines, keeps ids, and reports bad lines without stopping', () => {
    const dir = makeTempDir();
    const input = join(dir, 'in.jsonl');
    writeFileSync(
      input,
      [
        JSON.stringify({
          id: 7,
          title: 'BRAZIL SUSPENDS DEBT PAYMENTS',
          body: 'BRASILIA, Feb 20 - Brazil said it would suspend interest payments.',
        }),
        'not json',
        JSON.stringify({ id: 'empty' }),
        JSON.stringify({ id: 'x', title: 'Quake', body: 'Türkiye sent rescuers.' }),
      ].join('\n'),
    );
    const { code, stdout } = outpost(['tag', '--jsonl', input, '--json']);
    expect(code).toBe(0);
    const out = lines(stdout);
    expect(out).toHaveLength(4);
    expect(out[0]).toMatchObject({ id: '7', countries: [{ code: 'BR', name: 'Brazil' }] });
    expect(out[1]).toMatchObject({ error: { code: 'bad-json' } });
    expect(out[2]).toMatchObject({ id: 'empty', error: { code: 'empty' } });
    expect(out[3]).toMatchObject({ id: 'x', countries: [{ code: 'TR', name: 'Türkiye' }] });
  });

  it('reads JSON Lines from stdin with -', () => {
    const { code, stdout } = outpost(
      ['tag', '--jsonl', '-', '--json'],
      `${JSON.stringify({ id: 1, title: 'Mali', body: 'Bamako, Mali (AP) - Talks resumed.' })}\n`,
    );
    expect(code).toBe(0);
    expect(lines(stdout)[0]).toMatchObject({ id: '1', countries: [{ code: 'ML' }] });
  });

  it('names the file it cannot read and exits 1 when nothing could be tagged', () => {
    const missing = outpost(['tag', '/no/such/file.txt', '--json']);
    expect(missing.code).toBe(1);
    expect(lines(missing.stdout)[0]).toMatchObject({
      id: '/no/such/file.txt',
      error: { code: 'not-found' },
    });
    const usage = outpost(['tag']);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/tag needs files/);
    const noInput = outpost(['tag', '--jsonl', '/no/such.jsonl']);
    expect(noInput.code).toBe(1);
    expect(noInput.stderr).toMatch(/Cannot read \/no\/such\.jsonl/);
  });

  it('shows an imported article with its places and topics, and stats with the tagger', () => {
    const dataDir = makeTempDir();
    expect(outpost(['--data-dir', dataDir, 'import', nigerArticle]).code).toBe(0);
    const shown = outpost(['--data-dir', dataDir, 'show', '1']);
    expect(shown.code).toBe(0);
    expect(shown.stdout.split('\n')[2]).toMatch(/^Places: Niger, Russia, .*Sahel/);
    expect(shown.stdout).toMatch(/^Topics: .+/m);
    const stats = outpost(['--data-dir', dataDir, 'stats']);
    expect(stats.stdout).toMatch(/^Tagging: +\S+, every article tagged$/m);
  });
});
