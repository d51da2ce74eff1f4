// Search on its real threads over an index it cannot trust: a manifest naming files outside the
// index, a manifest of the wrong shape, a search folder that is not a folder. Each is dropped and
// rebuilt from the database with a notice, never followed, never a hang; and a thread that does
// not answer in time gives the caller a message instead of a wait.
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createIndexWriter } from '../../../main/search/index-writer.ts';
import {
  createSearchService,
  type SearchService,
  type SearchServiceOptions,
} from '../../../main/search/search-service.ts';
import { insertArticle } from '../../../main/store/articles.ts';
import { openDatabase } from '../../../main/store/db.ts';
import { ensureLocalSource } from '../../../main/store/sources.ts';
import { makeTempDir } from '../../helpers/temp-dir.ts';

const REBUILDING = /Outpost is rebuilding the search index from your library\.$/;

const services: SearchService[] = [];
afterEach(async () => {
  for (const service of services.splice(0)) await service.close();
});

function startSearch(dataDir: string, options: SearchServiceOptions = {}): SearchService {
  const service = createSearchService(dataDir, undefined, options);
  services.push(service);
  return service;
}

async function stopSearch(service: SearchService): Promise<void> {
  services.splice(services.indexOf(service), 1);
  await service.close();
}

/** Stores `count` articles about a harbour, written the way the store writes them. */
function addArticles(dataDir: string, count: number, from = 0): number[] {
  const db = openDatabase(join(dataDir, 'outpost.db'));
  const source = ensureLocalSource(db, new Date());
  const ids: number[] = [];
  for (let i = from; i < from + count; i++) {
    const text = `The harbour story continues with detail ${i}.`;
    ids.push(
      insertArticle(db, {
        sourceId: source,
        url: null,
        title: `Harbour news ${i}`,
        author: null,
        section: null,
        published: new Date(Date.UTC(2024, 0, 1 + i)).toISOString(),
        added: new Date().toISOString(),
        leadImage: null,
        excerpt: text,
        text,
        html: `<p>${text}</p>`,
        contentHash: `harbour-${i}`,
        origin: null,
      }),
    );
  }
  db.close();
  return ids;
}

function makeLibrary(count: number): string {
  const dataDir = join(makeTempDir(), 'data');
  mkdirSync(dataDir);
  addArticles(dataDir, count);
  return dataDir;
}

/** A library with its search index written, as the index thread writes it: a manifest and a segment. */
async function makeIndexedLibrary(count: number): Promise<string> {
  const dataDir = makeLibrary(count);
  const db = openDatabase(join(dataDir, 'outpost.db'));
  const writer = createIndexWriter(db, join(dataDir, 'search'), () => new Date());
  expect(writer.open().notice).toBeNull();
  await writer.index(writer.pendingIds());
  db.close();
  return dataDir;
}

const manifestPath = (dataDir: string) => join(dataDir, 'search', 'manifest.json');
const readManifestJson = (dataDir: string) =>
  JSON.parse(readFileSync(manifestPath(dataDir), 'utf8')) as {
    format: number;
    nextId: number;
    segments: Array<Record<string, unknown>>;
  };

/** Starts search on the library, expects every article found again, and returns the notice. */
async function searchAgain(dataDir: string, count: number): Promise<string | null> {
  const service = startSearch(dataDir);
  await service.whenReady();
  expect(await service.search('harbour')).toMatchObject({ total: count, problem: null });
  expect(service.state()).toMatchObject({ state: 'ready', documents: count });
  const { notice } = service.state();
  // What is on disk now is the index's own: only names it writes, listed in a sound manifest.
  const manifest = readManifestJson(dataDir);
  for (const segment of manifest.segments) expect(segment.file).toMatch(/^seg-\d{6}\.json$/);
  await stopSearch(service);
  return notice;
}

async function expectRebuilt(dataDir: string, count: number, notice: RegExp): Promise<void> {
  const told = await searchAgain(dataDir, count);
  expect(told).toMatch(notice);
  expect(told).toMatch(REBUILDING);
}

describe('a manifest naming files outside the index', () => {
  // Each name is followed by where the old code, joining it to the search folder, would have
  // read and deleted: a file is planted there, and must be there, unchanged, afterwards.
  const cases: Array<{ name: string; file: (dataDir: string) => string }> = [
    { name: '../outpost.db', file: () => '../outpost.db' },
    { name: '/etc/passwd', file: () => '/etc/passwd' },
    { name: 'seg-1.json/../../x', file: () => 'seg-1.json/../../x' },
    { name: 'an absolute path', file: (dataDir) => join(dataDir, 'outpost.db') },
    { name: 'a name with NUL', file: () => 'seg-000001.json\0../../outpost.db' },
    { name: 'a near miss', file: () => 'seg-000001.json.bak' },
  ];

  it.each(cases)('never touches what $name points at, and rebuilds', async ({ file }) => {
    const dataDir = await makeIndexedLibrary(3);
    const searchDir = join(dataDir, 'search');
    const manifest = readManifestJson(dataDir);
    const name = file(dataDir);
    // A wrong checksum: to a repair, this part looks damaged, so it would be dropped and released.
    manifest.segments[0] = { ...manifest.segments[0], file: name, checksum: '0'.repeat(64) };
    writeFileSync(manifestPath(dataDir), JSON.stringify(manifest));

    const planted = name.includes('\0') ? [] : [join(searchDir, name)];
    for (const path of planted) {
      if (existsSync(path)) continue;
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, 'not the index');
    }
    const database = join(dataDir, 'outpost.db');
    const before = new Map(
      [...planted, database].map((path) => [path, readFileSync(path).length] as const),
    );

    const notice = await searchAgain(dataDir, 3);
    for (const [path, size] of before) {
      expect(existsSync(path), path).toBe(true);
      if (path !== database) expect(readFileSync(path).length, path).toBe(size);
    }
    expect(notice).toMatch(/^The search index list is damaged\./);
    expect(notice).toMatch(REBUILDING);
  });
});

describe('a manifest of the wrong shape', () => {
  type Manifest = ReturnType<typeof readManifestJson>;
  const cases: Array<{ name: string; notice: RegExp; text: (manifest: Manifest) => string }> = [
    {
      name: 'segments: [null]',
      notice: /damaged/,
      text: (m) => JSON.stringify({ ...m, segments: [null] }),
    },
    { name: 'text that is not JSON', notice: /damaged/, text: () => '{ broken' },
    { name: 'JSON that is not an object', notice: /damaged/, text: () => 'null' },
    {
      name: 'another format version',
      notice: /made by another version of Outpost/,
      text: (m) => JSON.stringify({ ...m, format: 99 }),
    },
    {
      name: 'duplicate segment ids',
      notice: /damaged/,
      text: (m) => JSON.stringify({ ...m, segments: [m.segments[0], m.segments[0]] }),
    },
    {
      name: 'a negative byte count',
      notice: /damaged/,
      text: (m) => JSON.stringify({ ...m, segments: [{ ...m.segments[0], bytes: -1 }] }),
    },
    {
      name: 'a negative revision',
      notice: /damaged/,
      text: (m) => {
        const docs = m.segments[0]!.docs as Array<[number, number]>;
        const changed = docs.map(([id], i) => [id, i === 0 ? -1 : 1]);
        return JSON.stringify({ ...m, segments: [{ ...m.segments[0], docs: changed }] });
      },
    },
    {
      name: 'a next id that a listed segment already has',
      notice: /damaged/,
      text: (m) => JSON.stringify({ ...m, nextId: 1 }),
    },
    {
      name: 'a checksum that is not SHA-256',
      notice: /damaged/,
      text: (m) => JSON.stringify({ ...m, segments: [{ ...m.segments[0], checksum: 'abc' }] }),
    },
  ];

  it.each(cases)('drops $name and rebuilds, saying so', async ({ text, notice }) => {
    const dataDir = await makeIndexedLibrary(3);
    const manifest = readManifestJson(dataDir);
    // Every article in one segment, so each case changes the one entry there is.
    expect(manifest.segments).toHaveLength(1);
    writeFileSync(manifestPath(dataDir), text(manifest));
    await expectRebuilt(dataDir, 3, notice);
  });

  it('replaces a damaged manifest at once, so an empty library is told only once', async () => {
    const dataDir = makeLibrary(0);
    mkdirSync(join(dataDir, 'search'));
    writeFileSync(manifestPath(dataDir), '{"format":1,"nextId":1,"segments":[null]}');
    const first = startSearch(dataDir);
    await first.whenReady();
    expect(first.state().notice).toMatch(/damaged/);
    await stopSearch(first);

    const second = startSearch(dataDir);
    await second.whenReady();
    expect(second.state()).toMatchObject({ state: 'ready', documents: 0, notice: null });
  });
});

describe('a search folder that is not a folder', () => {
  it('moves a file in its place aside and rebuilds', async () => {
    const dataDir = makeLibrary(3);
    writeFileSync(join(dataDir, 'search'), 'notes the reader keeps here');

    await expectRebuilt(dataDir, 3, /could not use its search index folder .*a file, not a folder/);
    expect(statSync(join(dataDir, 'search')).isDirectory()).toBe(true);
    const aside = readdirSync(dataDir).filter((name) => name.startsWith('search.unusable-'));
    expect(aside).toHaveLength(1);
    expect(readFileSync(join(dataDir, aside[0]!), 'utf8')).toBe('notes the reader keeps here');
  });

  it('moves aside a folder whose manifest is a folder, and rebuilds', async () => {
    const dataDir = await makeIndexedLibrary(3);
    rmSync(manifestPath(dataDir));
    mkdirSync(manifestPath(dataDir));

    await expectRebuilt(dataDir, 3, /its index list is not a file/);
    expect(readdirSync(dataDir).filter((name) => name.startsWith('search.unusable-'))).toHaveLength(
      1,
    );
  });

  it('tells a waiting caller when the index cannot be written, instead of waiting', async () => {
    const dataDir = await makeIndexedLibrary(3);
    const service = startSearch(dataDir);
    await service.whenReady();
    // The folder turns into a file while search runs: the next segment cannot be written.
    rmSync(join(dataDir, 'search'), { recursive: true });
    writeFileSync(join(dataDir, 'search'), 'in the way');
    const [added] = addArticles(dataDir, 1, 3);
    service.articlesChanged([added!], true);

    await expect(service.whenReady()).rejects.toThrow(/^The search index could not be updated: /);
    expect(service.state().notice).toMatch(/^The search index could not be updated: /);
    // Articles already indexed are still found.
    expect((await service.search('harbour')).total).toBe(3);
    await stopSearch(service);

    // The next start moves the file aside and catches up with the article that was missed.
    await expectRebuilt(dataDir, 4, /a file, not a folder/);
  });
});

describe('a search thread that does not answer', () => {
  // A cold pair of threads takes hundreds of milliseconds to start, open the library and answer:
  // real work that a 20 ms limit cannot wait for.
  const SHORT_MS = 20;

  it('gives a search and a count the timeout message, and forgets them', async () => {
    const dataDir = makeLibrary(3);
    const service = startSearch(dataDir, { timeouts: { answerMs: SHORT_MS } });
    const result = await service.search('harbour');
    expect(result).toMatchObject({ total: 0, hits: [] });
    expect(result.problem).toBe(
      'Search did not answer in 20 ms. It may be busy loading a large index: try again in a ' +
        'minute, and restart Outpost if this keeps happening.',
    );
    await expect(service.count('harbour')).rejects.toThrow(/^Search did not answer in 20 ms\./);
    // The late answers find no one waiting, and search goes on.
    await service.whenReady();
    expect(service.state()).toMatchObject({ state: 'ready', documents: 3 });
    const closing = Date.now();
    await stopSearch(service);
    expect(Date.now() - closing).toBeLessThan(4000);
  });

  it('gives whenReady and reindex the silence message, and forgets them', async () => {
    const dataDir = makeLibrary(3);
    const service = startSearch(dataDir, { timeouts: { silenceMs: SHORT_MS } });
    const silence =
      /^Search has not made progress for 20 ms while bringing its index up to date\. Restart Outpost to try again\.$/;
    await expect(service.whenReady()).rejects.toThrow(silence);
    await expect(service.reindex()).rejects.toThrow(silence);
    // Searches are answered meanwhile, and the index still comes up to date.
    const result = await service.search('harbour');
    expect(result.problem).toBeNull();
    await expect.poll(() => service.state().state, { timeout: 10_000 }).toBe('ready');
    expect((await service.search('harbour')).total).toBe(3);
  });

  it('waits as long as the index thread is at work, which says so while it builds', async () => {
    const dataDir = makeLibrary(1200);
    const working: string[] = [];
    const service = startSearch(dataDir, {
      onWorkers: (workers) =>
        workers.index.on('message', (message: { type: string }) => {
          if (message.type === 'working') working.push(message.type);
        }),
    });
    await service.whenReady();
    expect((await service.search('harbour')).total).toBe(1200);
    expect(working.length).toBeGreaterThan(0);
  });
});
