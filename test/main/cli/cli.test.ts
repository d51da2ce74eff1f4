import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { nigerArticle, nigerTitle } from '../../helpers/fixtures.ts';
import { makeTempDir } from '../../helpers/temp-dir.ts';

const bin = fileURLToPath(new URL('../../../bin/outpost.js', import.meta.url));

function outpost(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [bin, ...args], {
    encoding: 'utf8',
    env: { ...process.env, OUTPOST_DATA_DIR: '', ...env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function expectOneLineError(stderr: string) {
  expect(stderr.trim().split('\n')).toHaveLength(1);
  expect(stderr).toMatch(/^outpost: /);
  expect(stderr).not.toMatch(/\n\s+at /);
}

describe('outpost CLI', () => {
  it('prints help and exits 0', () => {
    const { code, stdout, stderr } = outpost(['--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/Usage: outpost/);
    expect(stdout).toMatch(/search QUERY/);
    expect(stderr).toBe('');
  });

  it('rejects unknown commands and options with one line', () => {
    const unknown = outpost(['frobnicate']);
    expect(unknown.code).toBe(2);
    expectOneLineError(unknown.stderr);
    const badOption = outpost(['stats', '--colour']);
    expect(badOption.code).toBe(2);
    expectOneLineError(badOption.stderr);
  });

  it('imports, shows and finds the Niger article', () => {
    const dataDir = makeTempDir();
    const first = outpost(['--data-dir', dataDir, 'import', nigerArticle, '--json']);
    expect(first.code).toBe(0);
    const report = JSON.parse(first.stdout);
    expect(report).toMatchObject({ imported: 1, duplicates: 0, failed: [] });
    const id = report.items[0].id;

    const shown = outpost(['--data-dir', dataDir, 'show', String(id), '--json']);
    expect(shown.code).toBe(0);
    const article = JSON.parse(shown.stdout);
    expect(article.title).toBe(nigerTitle);
    expect(article.text).toContain('Yevkurov');
    expect(article.text).toContain('G5 Sahel');
    for (const chrome of [
      'Subscribe',
      'Notify of',
      '0 Comments',
      'Inline Feedbacks',
      'Advertisement',
    ]) {
      expect(article.text).not.toContain(chrome);
    }
    expect(Object.keys(article)).toEqual(
      expect.arrayContaining([
        'id',
        'title',
        'url',
        'source',
        'author',
        'published',
        'text',
        'html',
      ]),
    );
    expect(Object.keys(article)).toEqual(
      expect.arrayContaining(['regions', 'topics', 'tags', 'read', 'starred']),
    );

    const again = outpost(['--data-dir', dataDir, 'import', nigerArticle, '--json']);
    expect(JSON.parse(again.stdout)).toMatchObject({ imported: 0, duplicates: 1 });

    const found = outpost(['--data-dir', dataDir, 'search', 'Tiani', '--json']);
    expect(found.code).toBe(0);
    const result = JSON.parse(found.stdout);
    expect(result.total).toBe(1);
    expect(result.hits[0]).toMatchObject({ id, title: nigerTitle, source: 'Imported files' });
    expect(result.hits[0].snippet).toContain('Tiani');
    expect(result).toHaveProperty('facets');
  });

  it('uses OUTPOST_DATA_DIR when --data-dir is not given', () => {
    const dataDir = makeTempDir();
    outpost(['import', nigerArticle], { OUTPOST_DATA_DIR: dataDir });
    const stats = JSON.parse(outpost(['stats', '--json'], { OUTPOST_DATA_DIR: dataDir }).stdout);
    expect(stats).toMatchObject({ articles: 1, unread: 1, dataDir });
  });

  it('answers malformed queries with a friendly message, never a stack trace', () => {
    const dataDir = makeTempDir();
    outpost(['--data-dir', dataDir, 'import', nigerArticle]);
    for (const query of ['title:', '"unclosed', '***']) {
      const { code, stdout, stderr } = outpost(['--data-dir', dataDir, 'search', query, '--json']);
      const result = JSON.parse(stdout);
      expect(result.hits).toEqual([]);
      if (code === 0) {
        expect(stderr).toBe('');
      } else {
        expect(result.problem).toEqual(expect.any(String));
        expectOneLineError(stderr);
      }
    }
  });

  it('reports a bad file and still imports the good one', () => {
    const dir = makeTempDir();
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '   \n');
    const { code, stdout } = outpost([
      '--data-dir',
      join(dir, 'data'),
      'import',
      empty,
      nigerArticle,
      '--json',
    ]);
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.imported).toBe(1);
    expect(report.failed).toEqual([{ path: empty, error: expect.stringContaining('empty.txt') }]);
  });

  it('says clearly when an article does not exist', () => {
    const { code, stderr } = outpost(['--data-dir', makeTempDir(), 'show', '42']);
    expect(code).toBe(1);
    expectOneLineError(stderr);
    expect(stderr).toMatch(/no article with id 42/);
  });
});
