// The segmented index in-process: segments agree with one big index, newer revisions win,
// merges change nothing a reader sees, and damage is detected.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import lunr from 'lunr';
import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../../shared/query.ts';
import { createIndexWriter } from '../../../main/search/index-writer.ts';
import { buildSegment } from '../../../main/search/indexing.ts';
import { runSearch, type EngineState, type QueryStore } from '../../../main/search/query-engine.ts';
import { createQueryStore, loadMeta, loadSourceNames } from '../../../main/search/query-store.ts';
import { readSegment, SearchFileError } from '../../../main/search/segment-files.ts';
import { addSegment, createSegmentSet, removeSegments } from '../../../main/search/segment-set.ts';
import { readDocuments } from '../../../main/search/index-writer.ts';
import { insertArticle } from '../../../main/store/articles.ts';
import { openDatabase, type Database } from '../../../main/store/db.ts';
import { ensureLocalSource } from '../../../main/store/sources.ts';
import { paragraphs } from '../../helpers/feed-fixtures.ts';
import { makeTempDir } from '../../helpers/temp-dir.ts';

const now = () => new Date('2026-11-27T12:00:00Z');

function library(count: number): { db: Database; dir: string } {
  const dir = makeTempDir();
  const db = openDatabase(join(dir, 'outpost.db'));
  const source = ensureLocalSource(db, now());
  for (let i = 0; i < count; i++) {
    const text = paragraphs(i + 1, 3, 40).join('\n\n');
    insertArticle(db, {
      sourceId: source,
      url: null,
      title: `Story ${i}: ${paragraphs(i + 1000, 1, 6)[0]}`,
      author: i % 7 === 0 ? 'Amina Diallo' : null,
      section: null,
      published: new Date(Date.UTC(2020 + (i % 5), i % 12, 1)).toISOString(),
      added: now().toISOString(),
      leadImage: null,
      excerpt: text.slice(0, 100),
      text,
      html: `<p>${text}</p>`,
      contentHash: `hash-${i}`,
      origin: null,
    });
  }
  return { db, dir: join(dir, 'search') };
}

function state(db: Database): EngineState {
  return { set: createSegmentSet(), meta: loadMeta(db), sources: loadSourceNames(db) };
}

function search(engine: EngineState, store: QueryStore, query: string, sort?: 'date', limit = 10) {
  const parsed = parseQuery(query);
  if (!parsed.ok) throw new Error(parsed.problem);
  return runSearch(engine, store, parsed, { limit, sort });
}

async function loadAll(
  engine: EngineState,
  dir: string,
  writer: ReturnType<typeof createIndexWriter>,
) {
  for (const info of writer.manifest().segments) {
    const segment = readSegment(dir, info);
    addSegment(engine.set, info.id, segment.index, segment.docs);
  }
}

const queries = [
  'harbour',
  'grain price',
  'council OR parliament',
  'minister -court',
  'ship*',
  'fishermn~1',
  'title:harbour',
];

describe('a segmented index', () => {
  it('ranks like one big index built over the same articles', async () => {
    const { db, dir } = library(300);
    const writer = createIndexWriter(db, dir, now);
    writer.open();
    const ids = readDocuments(db, writer.pendingIds()).map((document) => document.id);
    // Five segments of different sizes, as syncs would leave them.
    for (const slice of [
      [0, 20],
      [20, 60],
      [60, 150],
      [150, 160],
      [160, 300],
    ]) {
      await writer.index(ids.slice(slice[0], slice[1]));
    }
    expect(writer.manifest().segments).toHaveLength(5);
    const segmented = state(db);
    await loadAll(segmented, dir, writer);

    const single = state(db);
    const one = await buildSegment(readDocuments(db, ids));
    addSegment(single.set, 1, one.index, one.docs);
    const store = createQueryStore(db);

    for (const query of queries) {
      const a = search(segmented, store, query, undefined, 1000);
      const b = search(single, store, query, undefined, 1000);
      expect(a.total, query).toBe(b.total);
      expect(a.total, query).toBeGreaterThan(0);
      const scoreInB = new Map(b.hits.map((hit) => [hit.id, hit.score]));
      // Every article in the segmented top 10 belongs in the single index's top 10, give or take
      // ties: titles of equal length score alike, and lunr keeps three decimals.
      const tenth = b.hits[Math.min(9, b.hits.length - 1)]!.score;
      for (const hit of a.hits.slice(0, 10)) {
        expect(scoreInB.get(hit.id)!, `${query}: ${hit.id}`).toBeGreaterThanOrEqual(
          tenth * 0.9 - 1e-3,
        );
      }
      for (const hit of b.hits) {
        const same = a.hits.find((other) => other.id === hit.id)!;
        expect(Math.abs(same.score - hit.score), query).toBeLessThanOrEqual(
          Math.max(hit.score * 0.15, 0.002),
        );
      }
    }
  });

  it('answers filters, dates, facets and phrases', async () => {
    const { db, dir } = library(60);
    const writer = createIndexWriter(db, dir, now);
    writer.open();
    await writer.index(writer.pendingIds());
    const engine = state(db);
    await loadAll(engine, dir, writer);
    const store = createQueryStore(db);

    const all = search(engine, store, 'is:unread');
    expect(all.total).toBe(60);
    expect(Object.values(all.facets.year).reduce((a, b) => a + b, 0)).toBe(60);
    expect(Object.keys(all.facets.year).sort()).toEqual(['2020', '2021', '2022', '2023', '2024']);
    expect(all.facets.source).toEqual({ 'Imported files': 60 });

    const recent = search(engine, store, 'after:2024-01-01', 'date');
    expect(recent.total).toBe(12);
    expect(recent.hits.map((hit) => hit.published!.slice(0, 4))).toEqual(Array(10).fill('2024'));
    expect(search(engine, store, 'after:2021 before:2022').total).toBe(12);

    const byAuthor = search(engine, store, 'author:diallo');
    expect(byAuthor.total).toBe(9);

    // A phrase lunr cannot see: its words must stand together, in order.
    const text = readDocuments(db, [byAuthor.hits[0]!.id])[0]!.text;
    const [first, second] = text.toLowerCase().match(/[a-z]+/g)!;
    const phrase = search(engine, store, `"${first} ${second}"`);
    expect(phrase.hits.map((hit) => hit.id)).toContain(byAuthor.hits[0]!.id);
    expect(search(engine, store, `"${second} ${first}"`).total).toBeLessThan(phrase.total + 60);
    expect(phrase.hits[0]!.highlights.length).toBeGreaterThan(0);
  });

  it('lets the newest revision of an article win, and keeps results through a merge', async () => {
    const { db, dir } = library(40);
    const writer = createIndexWriter(db, dir, now);
    writer.open();
    const ids = writer.pendingIds();
    for (let i = 0; i < 4; i++) await writer.index(ids.slice(i * 10, i * 10 + 10));
    const changed = ids[3]!;
    db.prepare(
      "UPDATE articles SET title = 'Keeper retires', text = 'a lighthouse keeper retires', revision = revision + 1 WHERE id = ?",
    ).run(changed);
    expect(writer.pendingIds()).toEqual([changed]);
    await writer.index([changed]);

    const engine = state(db);
    await loadAll(engine, dir, writer);
    const store = createQueryStore(db);
    expect(search(engine, store, 'lighthouse').hits.map((hit) => hit.id)).toEqual([changed]);
    const before = search(engine, store, 'harbour OR grain');
    expect(before.hits.map((hit) => hit.id)).not.toContain(changed);

    const plan = writer.planMerge();
    expect(plan?.length).toBeGreaterThanOrEqual(4);
    const merged = await writer.merge(plan!);
    addSegment(engine.set, merged!.id, readSegment(dir, merged!).index, merged!.docs);
    removeSegments(
      engine.set,
      plan!.map((segment) => segment.id),
    );
    writer.release(plan!.map((segment) => segment.file));
    expect(writer.manifest().segments.length).toBeLessThan(5);
    const after = search(engine, store, 'harbour OR grain');
    expect(after.total).toBe(before.total);
    expect(search(engine, store, 'lighthouse').total).toBe(1);
  });

  it('refuses a damaged segment and a damaged manifest, and rebuilds what they held', async () => {
    const { db, dir } = library(30);
    const writer = createIndexWriter(db, dir, now);
    writer.open();
    await writer.index(writer.pendingIds());
    const [info] = writer.manifest().segments;
    const file = join(dir, info!.file);
    writeFileSync(file, readFileSync(file, 'utf8').replace('"format":1', '"format":1 '));
    expect(() => readSegment(dir, info!)).toThrow(SearchFileError);
    writer.drop([info!.id]);
    expect(writer.pendingIds()).toHaveLength(30);

    writeFileSync(join(dir, 'manifest.json'), '{ broken');
    const reopened = createIndexWriter(db, dir, now);
    expect(reopened.open().notice).toMatch(/damaged.*rebuilding/i);
    expect(reopened.pendingIds()).toHaveLength(30);
    // The pipeline is what queries are stemmed with, so it must survive a save and a load.
    const segments = await reopened.index(reopened.pendingIds());
    const loaded = readSegment(dir, segments[0]!).index as unknown as { pipeline: unknown };
    expect(loaded.pipeline).toBeInstanceOf(lunr.Pipeline);
  });
});
