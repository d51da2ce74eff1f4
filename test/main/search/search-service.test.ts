// Search through the backend, on its worker threads: persistence across restarts, damage repair,
// saved searches and reindexing.
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../../main/backend.ts';
import { makeTempDir } from '../../helpers/temp-dir.ts';

const open: Backend[] = [];
afterEach(async () => {
  for (const backend of open.splice(0)) await backend.close();
});

async function start(dataDir: string): Promise<Backend> {
  const backend = await createBackend({ dataDir });
  open.push(backend);
  return backend;
}

function writeArticles(dir: string, count: number, word: (i: number) => string): string[] {
  return Array.from({ length: count }, (_, i) => {
    const path = join(dir, `story-${i}.txt`);
    writeFileSync(
      path,
      `Headline number ${i} about ${word(i)}\n\nThe ${word(i)} story continues with detail ${i}.\n`,
    );
    return path;
  });
}

describe('search across restarts', () => {
  it('keeps its index on disk and rebuilds a damaged part, saying so', async () => {
    const dir = makeTempDir();
    const dataDir = join(dir, 'data');
    const first = await start(dataDir);
    await first.importFiles(writeArticles(dir, 12, (i) => (i % 2 ? 'harbour' : 'railway')));
    await first.whenSearchReady();
    expect((await first.search('harbour')).total).toBe(6);
    await first.close();
    open.splice(0);

    const files = readdirSync(join(dataDir, 'search')).filter((file) => file.startsWith('seg-'));
    expect(files.length).toBeGreaterThan(0);
    writeFileSync(join(dataDir, 'search', files[0]!), '{"format":1,"garbage":true}');

    const second = await start(dataDir);
    await second.whenSearchReady();
    const result = await second.search('harbour');
    expect(result.total).toBe(6);
    const stats = await second.stats();
    expect(stats.index).toMatchObject({ state: 'ready', documents: 12, pendingArticles: 0 });
    expect(stats.index.notice).toMatch(/damaged.*rebuilding/i);
  });

  it('rebuilds everything on request', async () => {
    const dir = makeTempDir();
    const backend = await start(join(dir, 'data'));
    await backend.importFiles(writeArticles(dir, 5, () => 'lighthouse'));
    await backend.reindex();
    expect((await backend.search('lighthouse')).total).toBe(5);
    expect((await backend.stats()).index).toMatchObject({ documents: 5, state: 'ready' });
  });
});

describe('saved searches', () => {
  it('keeps smart folders with unread counts that follow reading', async () => {
    const dir = makeTempDir();
    const backend = await start(join(dir, 'data'));
    await backend.importFiles(writeArticles(dir, 6, (i) => (i < 4 ? 'drought' : 'festival')));
    await backend.whenSearchReady();
    const saved = await backend.saveSearch('Drought watch', 'drought');
    expect(saved).toMatchObject({ name: 'Drought watch', query: 'drought', total: 4, unread: 4 });

    const hit = (await backend.search('drought')).hits[0]!;
    await backend.setRead(hit.id, true);
    const [listed] = await backend.listSavedSearches();
    expect(listed).toMatchObject({ id: saved.id, total: 4, unread: 3 });

    await expect(backend.saveSearch('Broken', 'title:')).rejects.toThrow(/needs a word/);
    // A phrase limited to a field is checked against that field: here the source's name.
    expect((await backend.search('drought source:"Imported files"')).total).toBe(4);
    expect((await backend.search('drought source:"files imported"')).total).toBe(0);
    expect((await backend.search('title:"headline number 2"')).total).toBe(1);
    await backend.deleteSavedSearch(saved.id);
    expect(await backend.listSavedSearches()).toEqual([]);
  });
});

describe('matching', () => {
  it('matches words the way they were written, whatever stemming did to them', async () => {
    const dir = makeTempDir();
    const backend = await start(join(dir, 'data'));
    const write = (name: string, title: string, body: string) => {
      const path = join(dir, name);
      writeFileSync(path, `${title}\n\n${body}\n`);
      return path;
    };
    await backend.importFiles([
      write(
        'a.txt',
        'Keepers of the coast',
        'She told lighthouse keepers about the next generation of lamps.',
      ),
      write('b.txt', 'Community radio', 'A careful community spends the winter together.'),
    ]);
    await backend.whenSearchReady();
    // Each phrase word is looked up on its own (lighthouse → lighthous, never stemmed twice).
    expect((await backend.search('"told lighthouse"')).total).toBe(1);
    expect((await backend.search('"lighthouse told"')).total).toBe(0);
    // Prefixes typed as the start of a word reach the stem the index holds.
    expect((await backend.search('generat*')).total).toBe(1);
    expect((await backend.search('communit*')).total).toBe(1);
    expect((await backend.search('lighthouze~1')).total).toBe(1);
    expect((await backend.search('winter OR "next generation"')).total).toBe(2);
    expect((await backend.search('winter -careful')).total).toBe(0);
  });
});
