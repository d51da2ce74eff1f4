import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackend, DATABASE_FILE, type Backend } from '../../main/backend.ts';
import { insertArticle } from '../../main/store/articles.ts';
import { openDatabase } from '../../main/store/db.ts';
import { insertFeed } from '../../main/store/feeds.ts';
import type { Changes } from '../../shared/changes.ts';
import { nigerArticle, nigerTitle } from '../helpers/fixtures.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';

const open: Backend[] = [];
afterEach(async () => {
  for (const backend of open.splice(0)) await backend.close();
});

async function newBackend(dataDir = makeTempDir()): Promise<Backend> {
  const backend = await createBackend({ dataDir, now: () => new Date('2026-01-02T03:04:05Z') });
  open.push(backend);
  return backend;
}

function writeArticle(dir: string, name: string, title: string, body: string): string {
  const path = join(dir, name);
  writeFileSync(path, `${title}\n\n${body}\n`);
  return path;
}

describe('importing files', () => {
  it('imports the Niger article and reports a second import as a duplicate', async () => {
    const backend = await newBackend();
    const first = await backend.importFiles([nigerArticle]);
    expect(first).toMatchObject({ imported: 1, duplicates: 0, failed: [] });
    const item = first.items[0]!;
    expect(item.status).toBe('imported');

    const again = await backend.importFiles([nigerArticle]);
    expect(again).toMatchObject({ imported: 0, duplicates: 1, failed: [] });
    expect(again.items[0]).toMatchObject({ status: 'duplicate', title: nigerTitle });
    expect((await backend.stats()).articles).toBe(1);
  });

  it('stores the text without the trailing site chrome', async () => {
    const backend = await newBackend();
    const report = await backend.importFiles([nigerArticle]);
    const id = report.items[0]!.status === 'imported' ? report.items[0]!.id : 0;
    const article = (await backend.getArticle(id))!;
    expect(article.title).toBe(nigerTitle);
    expect(article.section).toBe('Africa');
    expect(article.text).toContain('Yevkurov');
    expect(article.text).toContain('G5 Sahel');
    for (const chrome of ['Notify of', 'Inline Feedbacks', 'View all comments', 'close button']) {
      expect(article.text).not.toContain(chrome);
    }
    expect(article.html).toContain(
      '<h2>Russian Military Strengthening Ties with Niger Amid Regional Power Shift</h2>',
    );
    expect(article).toMatchObject({ read: false, starred: false, source: 'Imported files' });
  });

  it('imports the rest when some files are bad, with a message per bad file', async () => {
    const dir = makeTempDir();
    const good = writeArticle(
      dir,
      'good.txt',
      'A good headline about rivers',
      'The river rose overnight in the valley.',
    );
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '');
    const binary = join(dir, 'photo.txt');
    writeFileSync(
      binary,
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48]),
    );
    const unsupported = join(dir, 'sheet.xlsx');
    writeFileSync(unsupported, 'whatever');
    const missing = join(dir, 'missing.txt');

    const report = await (
      await newBackend()
    ).importFiles([empty, binary, good, unsupported, missing]);
    expect(report.imported).toBe(1);
    expect(report.items.map((item) => item.status)).toEqual([
      'failed',
      'failed',
      'imported',
      'failed',
      'failed',
    ]);
    expect(report.failed.map((failure) => failure.path)).toEqual([
      empty,
      binary,
      unsupported,
      missing,
    ]);
    for (const failure of report.failed) {
      expect(failure.error).toContain(failure.path.split('/').pop());
    }
    expect(report.failed[3]!.error).toMatch(/does not exist/);
  });

  it('refuses a 500 MB file without reading it', async () => {
    const dir = makeTempDir();
    const huge = join(dir, 'huge.txt');
    writeFileSync(huge, '');
    // A sparse file: 500 MB on paper, nothing on disk.
    const { truncateSync } = await import('node:fs');
    truncateSync(huge, 500 * 1024 * 1024);
    const report = await (await newBackend()).importFiles([huge]);
    expect(report.failed).toHaveLength(1);
    expect(report.failed[0]!.error).toMatch(/huge\.txt is 500 MB/);
  });

  it('walks folders, importing only article files in a stable order', async () => {
    const dir = makeTempDir();
    mkdirSync(join(dir, 'nested'));
    writeArticle(dir, 'b.txt', 'Second headline on harvests', 'Farmers report an early harvest.');
    writeArticle(join(dir, 'nested'), 'a.md', '# Markdown headline on trains', 'Trains ran late.');
    writeFileSync(join(dir, 'notes.pdf'), '%PDF-1.4');
    writeArticle(dir, '.hidden.txt', 'Hidden', 'Should be skipped.');
    const report = await (await newBackend()).importFiles([dir]);
    expect(report.failed).toEqual([]);
    expect(report.items.map((item) => item.path)).toEqual([
      join(dir, 'b.txt'),
      join(dir, 'nested', 'a.md'),
    ]);
  });

  it('imports file contents handed over by the UI', async () => {
    const backend = await newBackend();
    const base64 = readFileSync(nigerArticle).toString('base64');
    const report = await backend.importDocuments([
      { name: 'niger.txt', base64 },
      { name: 'empty.txt', base64: '' },
    ]);
    expect(report).toMatchObject({ imported: 1, duplicates: 0 });
    expect(report.failed).toEqual([
      { path: 'empty.txt', error: expect.stringContaining('empty.txt') },
    ]);
    expect((await backend.importFiles([nigerArticle])).duplicates).toBe(1);
  });

  it('keeps what is stored when the data folder is reopened', async () => {
    const dataDir = makeTempDir();
    const first = await newBackend(dataDir);
    await first.importFiles([nigerArticle]);
    await first.close();
    open.splice(open.indexOf(first), 1);
    const second = await newBackend(dataDir);
    const page = await second.listArticles({});
    expect(page.articles.map((article) => article.title)).toEqual([nigerTitle]);
  });
});

describe('reading state', () => {
  it('lists all, unread and starred articles and announces typed changes', async () => {
    const dir = makeTempDir();
    const backend = await newBackend();
    const events: Changes[] = [];
    backend.on('changed', (payload) => events.push(payload));
    const report = await backend.importFiles([
      writeArticle(dir, 'one.txt', 'First story about bridges', 'A bridge opened.'),
      writeArticle(dir, 'two.txt', 'Second story about tunnels', 'A tunnel closed.'),
    ]);
    const [one, two] = report.items.map((item) => (item.status === 'imported' ? item.id : 0));
    expect(events).toHaveLength(1);
    expect(events[0]!.articles).toEqual({ added: [one, two], updated: [], removed: [] });
    // New articles come with their tags: no separate tag change for them.
    expect(events[0]!.tags).toEqual([]);

    await backend.setRead(one!, true);
    await backend.setStarred(two!, true);
    // Setting a flag to the value it has changes nothing, and says nothing.
    await backend.setRead(one!, true);
    expect((await backend.listArticles({ view: 'unread' })).articles.map((a) => a.id)).toEqual([
      two,
    ]);
    expect((await backend.listArticles({ view: 'starred' })).articles.map((a) => a.id)).toEqual([
      two,
    ]);
    expect((await backend.listArticles({ view: 'all' })).total).toBe(2);
    expect((await backend.listArticles({ limit: 1 })).articles).toHaveLength(1);
    expect(events.slice(1).map((changes) => changes.states)).toEqual([
      [
        expect.objectContaining({
          id: one,
          read: true,
          starred: false,
          was: { read: false, starred: false },
        }),
      ],
      [
        expect.objectContaining({
          id: two,
          read: false,
          starred: true,
          was: { read: false, starred: false },
        }),
      ],
    ]);
    const [source] = await backend.listSources();
    expect(events[1]!.states[0]!.sourceId).toBe(source!.id);
    expect(source).toMatchObject({
      kind: 'local',
      title: 'Imported files',
      articleCount: 2,
      unreadCount: 1,
    });
    expect(await backend.stats()).toMatchObject({ articles: 2, unread: 1, starred: 1, sources: 1 });
    await expect(backend.setRead(9999, true)).rejects.toMatchObject({
      code: 'not-found',
      message: expect.stringMatching(/no article with id 9999/),
    });
    expect(await backend.getArticle(9999)).toBeNull();
    expect(await backend.openArticle(9999)).toBeNull();
  });

  it('opens an article: marks it read and returns it in one call', async () => {
    const dir = makeTempDir();
    const backend = await newBackend();
    const report = await backend.importFiles([
      writeArticle(dir, 'one.txt', 'A story about rivers', 'The river rose.'),
    ]);
    const id = report.items[0]!.status === 'imported' ? report.items[0]!.id : 0;
    const events: Changes[] = [];
    backend.on('changed', (payload) => events.push(payload));
    const article = await backend.openArticle(id);
    expect(article).toMatchObject({ id, read: true, title: 'A story about rivers' });
    expect(events.map((changes) => changes.states.map((state) => state.id))).toEqual([[id]]);
    // Opening it again changes nothing.
    await backend.openArticle(id);
    expect(events).toHaveLength(1);
  });

  it('stores settings and announces changes', async () => {
    const backend = await newBackend();
    const seen: unknown[] = [];
    backend.on('settings-changed', (settings) => seen.push(settings.theme));
    expect((await backend.updateSettings({ theme: 'dark' })).theme).toBe('dark');
    expect((await backend.getSettings()).theme).toBe('dark');
    expect(seen).toEqual(['dark']);
  });
});

describe('search follows the library', () => {
  it('shows a renamed feed under its new name, and drops a removed feed’s articles', async () => {
    const dataDir = makeTempDir();
    const db = openDatabase(join(dataDir, DATABASE_FILE));
    const now = new Date('2026-01-02T03:04:05Z');
    const feedId = insertFeed(
      db,
      {
        feedUrl: 'https://example.org/feed',
        title: 'Old Name',
        siteUrl: null,
        description: null,
        folderId: null,
      },
      now,
    );
    insertArticle(db, {
      sourceId: feedId,
      url: null,
      title: 'Harbour reopens',
      author: null,
      section: null,
      published: now.toISOString(),
      added: now.toISOString(),
      leadImage: null,
      excerpt: 'The harbour reopened.',
      text: 'The harbour reopened after the storm.',
      html: '<p>The harbour reopened after the storm.</p>',
      contentHash: 'harbour',
      origin: 'harbour',
    });
    db.close();
    const backend = await newBackend(dataDir);
    await backend.whenSearchReady();
    expect((await backend.search('harbour')).hits.map((hit) => hit.source)).toEqual(['Old Name']);

    await backend.updateFeed(feedId, { title: 'New Name' });
    expect((await backend.search('harbour')).hits.map((hit) => hit.source)).toEqual(['New Name']);

    const events: Changes[] = [];
    backend.on('changed', (changes) => events.push(changes));
    expect(await backend.removeFeed(feedId)).toEqual({ removedArticles: 1, keptStarred: 0 });
    expect(events.map((changes) => [changes.feeds.removed, changes.articles.removed])).toEqual([
      [[feedId], [expect.any(Number)]],
    ]);
    expect((await backend.search('harbour')).total).toBe(0);
  });
});
