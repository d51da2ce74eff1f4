// Tags through the real backend: automatic tags on import, the reader's edits surviving a
// re-tag, rules, facets, filters and search.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../../main/backend.ts';
import { nigerArticle } from '../../helpers/fixtures.ts';
import { makeTempDir } from '../../helpers/temp-dir.ts';

const open: Backend[] = [];
afterEach(async () => {
  while (open.length) await open.pop()!.close();
});

async function backendWith(files: Record<string, string>) {
  const dir = makeTempDir();
  const paths = Object.entries(files).map(([name, text]) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  });
  const dataDir = join(dir, 'data');
  const backend = await createBackend({ dataDir });
  open.push(backend);
  const report = await backend.importFiles(paths);
  return { backend, dataDir, ids: report.items.map((item) => ('id' in item ? item.id : 0)) };
}

const codes = (tags: ReadonlyArray<{ code: string }>) => tags.map((t) => t.code);

const brazil = `# Brazil votes in a tight presidential election

Voters across Brazil went to the polls on Sunday in a presidential election that polls call too close to predict. Turnout in São Paulo and Rio de Janeiro was high, election officials said, and results are expected late in the evening. Both candidates promised to respect the outcome of the vote.
`;
const football = `# Barcelona beat Madrid in the league

Barcelona beat Real Madrid 3-1 in the league on Saturday, with two goals in the second half. The coach praised his players and the goalkeeper saved a penalty before half-time. The win puts the club four points clear at the top of the table with ten matches left in the season.
`;

describe('tags in the backend', () => {
  it('tags an imported article with countries, regions and topics', async () => {
    const { backend, ids } = await backendWith({ 'niger.txt': readFileSync(nigerArticle, 'utf8') });
    const article = (await backend.getArticle(ids[0]!))!;
    expect(codes(article.regions)).toEqual(
      expect.arrayContaining(['NE', 'ML', 'BF', 'RU', 'FR', '002', '202', '011', 'sahel', '150']),
    );
    expect(article.regions.find((t) => t.code === 'NE')).toMatchObject({
      kind: 'country',
      label: 'Niger',
      source: 'auto',
    });
    expect(article.topics.length).toBeGreaterThan(0);
    expect(article.topics.every((t) => t.kind === 'topic' && t.code.startsWith('medtop:'))).toBe(
      true,
    );
    const stats = await backend.stats();
    expect(stats.tagging.pendingArticles).toBe(0);
  });

  it('keeps the reader’s removals and additions when the archive is re-tagged', async () => {
    const { backend, ids, dataDir } = await backendWith({
      'niger.txt': readFileSync(nigerArticle, 'utf8'),
    });
    const id = ids[0]!;
    await backend.editTags(id, [
      { action: 'remove', kind: 'country', code: 'FR' },
      { action: 'add', kind: 'tag', label: 'Follow up' },
      { action: 'add', kind: 'country', code: 'DZ' },
    ]);
    await backend.close();
    open.pop();
    // A new tagger version: every article is re-tagged from scratch.
    const { DatabaseSync } = await import('node:sqlite');
    const db = new DatabaseSync(join(dataDir, 'outpost.db'));
    db.prepare('UPDATE articles SET tagged_version = NULL').run();
    db.close();
    const again = await createBackend({ dataDir });
    open.push(again);
    const article = (await again.getArticle(id))!;
    expect(codes(article.regions)).not.toContain('FR');
    expect(codes(article.regions)).toContain('DZ');
    expect(codes(article.regions)).toContain('015'); // Northern Africa, from the added Algeria
    expect(article.tags).toEqual([
      expect.objectContaining({
        kind: 'tag',
        code: 'follow up',
        label: 'Follow up',
        source: 'user',
      }),
    ]);
  });

  it('counts tags per filter and filters the list by region and topic', async () => {
    const { backend, ids } = await backendWith({
      'niger.txt': readFileSync(nigerArticle, 'utf8'),
      'brazil.md': brazil,
      'football.md': football,
    });
    const facets = await backend.listTagFacets({});
    const facet = (kind: string, code: string) =>
      facets.find((f) => f.kind === kind && f.code === code);
    expect(facet('region', '002')).toMatchObject({
      count: 1,
      unread: 1,
      parent: null,
      label: 'Africa',
    });
    expect(facet('country', 'BR')).toMatchObject({ count: 1, parent: '005' });
    expect(facet('region', 'sahel')).toMatchObject({ count: 1, parent: '002' });
    const inAfrica = await backend.listArticles({ tag: { kind: 'region', code: '002' } });
    expect(inAfrica.articles.map((a) => a.id)).toEqual([ids[0]]);
    const inAmericas = await backend.listArticles({ tag: { kind: 'region', code: '019' } });
    expect(inAmericas.articles.map((a) => a.id)).toEqual([ids[1]]);
    const sport = await backend.listArticles({ tag: { kind: 'topic', code: 'medtop:15000000' } });
    expect(sport.articles.map((a) => a.id)).toEqual([ids[2]]);
    await backend.setRead(ids[0]!, true);
    const unreadFacets = await backend.listTagFacets({ view: 'unread' });
    expect(unreadFacets.find((f) => f.kind === 'region' && f.code === '002')).toBeUndefined();
  });

  it('applies rules to the archive in the background and to new articles', async () => {
    const { backend, ids } = await backendWith({ 'brazil.md': brazil });
    const rule = await backend.addTagRule({
      field: 'title',
      sourceId: null,
      pattern: 'presidential election',
      kind: 'tag',
      code: 'vote watch',
      label: 'Vote watch',
    });
    expect(rule).toMatchObject({ code: 'vote watch', label: 'Vote watch' });
    await expect
      .poll(async () => codes((await backend.getArticle(ids[0]!))!.tags))
      .toEqual(['vote watch']);
    expect((await backend.getArticle(ids[0]!))!.tags[0]).toMatchObject({ source: 'rule' });
    await backend.deleteTagRule(rule.id);
    await expect.poll(async () => (await backend.getArticle(ids[0]!))!.tags).toEqual([]);
    await expect(
      backend.addTagRule({
        field: 'title',
        sourceId: null,
        pattern: null,
        kind: 'tag',
        code: 'x',
        label: 'x',
      }),
    ).rejects.toThrow(/needs the words/);
    await expect(
      backend.editTags(ids[0]!, [{ action: 'add', kind: 'country', code: 'XX' }]),
    ).rejects.toThrow(/not a country code/);
  });

  it('finds articles by region:, topic: and tag: and counts them as facets', async () => {
    const { backend, ids } = await backendWith({
      'niger.txt': readFileSync(nigerArticle, 'utf8'),
      'brazil.md': brazil,
    });
    await backend.editTags(ids[1]!, [{ action: 'add', kind: 'tag', label: 'Later' }]);
    await backend.whenSearchReady();
    const sahel = await backend.search('region:sahel');
    expect(sahel.hits.map((h) => h.id)).toEqual([ids[0]]);
    expect(sahel.hits[0]!.regions).toContain('Niger');
    const westAfrica = await backend.search('region:"Western Africa"');
    expect(westAfrica.hits.map((h) => h.id)).toEqual([ids[0]]);
    const later = await backend.search('tag:later');
    expect(later.hits.map((h) => h.id)).toEqual([ids[1]]);
    const all = await backend.search('election OR Niger');
    expect(all.facets.region['Niger']).toBe(1);
    expect(all.facets.country['BR']).toBe(1);
    expect(Object.keys(all.facets.topic).length).toBeGreaterThan(0);
  });

  it('learns a topic from the reader’s corrections and applies it to the next similar article', async () => {
    const story = (n: number, extra: string) =>
      `# Quokka count ${n}\n\nRangers on the island counted quokka families at dawn ${extra}. The quokka colonies near the lakes grew again, and the rangers said the marsupials were thriving.\n`;
    const { backend, ids } = await backendWith({
      'q1.md': story(1, 'along the northern trail'),
      'q2.md': story(2, 'near the old lighthouse'),
      'q3.md': story(3, 'by the salt lakes'),
      'other.md': brazil,
      'other2.md': football,
    });
    const SCIENCE = 'medtop:13000000';
    for (const id of ids.slice(0, 3))
      await backend.editTags(id, [{ action: 'add', kind: 'topic', code: SCIENCE }]);
    const dir = makeTempDir();
    const next = join(dir, 'q4.md');
    writeFileSync(next, story(4, 'on the western cliffs'));
    const report = await backend.importFiles([next]);
    const id = report.items[0]!.status === 'imported' ? report.items[0]!.id : 0;
    const article = (await backend.getArticle(id))!;
    expect(article.topics.map((t) => t.code)).toContain(SCIENCE);
    expect(article.topics.find((t) => t.code === SCIENCE)!.source).toBe('auto');
  });
});
