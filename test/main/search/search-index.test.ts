import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../../main/backend.ts';
import { nigerArticle, nigerTitle } from '../../helpers/fixtures.ts';
import { makeTempDir } from '../../helpers/temp-dir.ts';

let backend: Backend;
let dir: string;

function article(name: string, title: string, body: string): string {
  const path = join(dir, name);
  writeFileSync(path, `${title}\n\n${body}\n`);
  return path;
}

beforeEach(async () => {
  dir = makeTempDir();
  backend = await createBackend({ dataDir: join(dir, 'data') });
  await backend.importFiles([
    nigerArticle,
    article(
      'mali.txt',
      'Mali Extends Transition as Sahel Juntas Coordinate',
      'Bamako announced that the transition would last longer. The juntas of the Sahel meet in Niamey.',
    ),
    article(
      'trains.txt',
      'Night Trains Return to Central Europe',
      'Operators in Vienna and Berlin add sleeper services. Passengers praised the missions of the rail unions.',
    ),
    article('moscow.txt', 'Москва и Париж', 'Переговоры в Москве продолжились. Paris observes.'),
  ]);
  await backend.whenSearchReady();
});

afterEach(async () => {
  await backend.close();
});

describe('search', () => {
  it('finds an article by a rare name, with a highlighted snippet', async () => {
    const result = await backend.search('Yevkurov');
    expect(result.problem).toBeNull();
    expect(result.total).toBe(1);
    const [hit] = result.hits;
    expect(hit!.title).toBe(nigerTitle);
    expect(hit!.snippet).toContain('Yevkurov');
    const marked = hit!.highlights.map(([start, end]) => hit!.snippet.slice(start, end));
    expect(marked).toContain('Yevkurov');
    expect(result.terms).toEqual(['yevkurov']);
    expect(result.facets.source).toEqual({ 'Imported files': 1 });
  });

  it('ANDs words and stems them', async () => {
    expect((await backend.search('Tiani')).total).toBe(1);
    expect((await backend.search('mission')).hits.map((hit) => hit.title).sort()).toEqual(
      [nigerTitle, 'Night Trains Return to Central Europe'].sort(),
    );
    expect((await backend.search('mission Niamey')).hits.map((hit) => hit.title)).toEqual([
      nigerTitle,
    ]);
  });

  it('ranks title matches above body matches', async () => {
    const titles = (await backend.search('sahel')).hits.map((hit) => hit.title);
    expect(titles[0]).toBe('Mali Extends Transition as Sahel Juntas Coordinate');
    expect(titles).toContain(nigerTitle);
  });

  it('checks phrases against word order', async () => {
    expect((await backend.search('"G5 Sahel"')).total).toBe(1);
    expect((await backend.search('"Sahel G5"')).total).toBe(0);
    expect((await backend.search('sahel -"G5 Sahel"')).hits.map((hit) => hit.title)).toEqual([
      'Mali Extends Transition as Sahel Juntas Coordinate',
    ]);
  });

  it('supports exclusion, prefixes and fields', async () => {
    expect((await backend.search('sahel -bamako')).hits.map((hit) => hit.title)).toEqual([
      nigerTitle,
    ]);
    expect((await backend.search('yevk*')).total).toBe(1);
    expect((await backend.search('title:trains')).total).toBe(1);
    expect((await backend.search('title:sleeper')).total).toBe(0);
    expect((await backend.search('source:imported niamey')).total).toBe(2);
  });

  it('searches non-Latin text', async () => {
    expect((await backend.search('москва')).hits.map((hit) => hit.title)).toEqual([
      'Москва и Париж',
    ]);
  });

  it('answers a word that is nowhere with an empty result', async () => {
    expect(await backend.search('zzyzxqv')).toMatchObject({ total: 0, hits: [], problem: null });
  });

  it('explains malformed queries instead of throwing', async () => {
    for (const query of ['title:', '***', 'colour:red', '-niger']) {
      const result = await backend.search(query);
      expect(result.total).toBe(0);
      expect(result.problem).toEqual(expect.any(String));
    }
    expect(await backend.search('"unclosed')).toMatchObject({ total: 0, problem: null });
  });

  it('pages and sorts results', async () => {
    const all = await backend.search('sahel');
    const second = await backend.search('sahel', { limit: 1, offset: 1 });
    expect(second.total).toBe(all.total);
    expect(second.hits.map((hit) => hit.id)).toEqual([all.hits[1]!.id]);
    const byDate = await backend.search('sahel', { sort: 'date' });
    expect(byDate.hits.map((hit) => hit.id).sort()).toEqual(all.hits.map((hit) => hit.id).sort());
  });

  it('finds articles imported after the first search', async () => {
    expect((await backend.search('tramway')).total).toBe(0);
    await backend.importFiles([
      article('tram.txt', 'A New Tramway for Dakar', 'The tramway opens in spring.'),
    ]);
    await backend.whenSearchReady();
    expect((await backend.search('tramway')).total).toBe(1);
    expect((await backend.stats()).index).toMatchObject({
      documents: 5,
      state: 'ready',
      pendingArticles: 0,
    });
  });
});
