// The window's patched copies must equal what the backend would answer: random reading, starring and
// tag edits on a real library, each announcement applied to a real query cache, then every cached
// answer compared with a fresh one from the backend.
import { join } from 'node:path';
import { QueryClient } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBackend, DATABASE_FILE, type Backend } from '../../../main/backend.ts';
import { insertArticle } from '../../../main/store/articles.ts';
import { inTransaction, openDatabase } from '../../../main/store/db.ts';
import { insertFeed } from '../../../main/store/feeds.ts';
import { ensureLocalSource } from '../../../main/store/sources.ts';
import type { Changes } from '../../../shared/changes.ts';
import type { ArticleFilter, ArticlePage, TagFacet, TagKind } from '../../../shared/model.ts';
import { applyChanges } from '../../../renderer/data/apply-changes.ts';
import { createRandom } from '../../bench/search-corpus.ts';
import { makeTempDir } from '../../helpers/temp-dir.ts';

const places = ['Niger', 'Mali', 'Chad', 'Kenya', 'Peru', 'Norway', 'Japan', 'Brazil'];

/** 40 stories in two sources over two years, each about one or two countries. */
function writeLibrary(dataDir: string): { feedId: number; ids: number[] } {
  const db = openDatabase(join(dataDir, DATABASE_FILE));
  const now = new Date('2025-06-01T00:00:00Z');
  const local = ensureLocalSource(db, now);
  const feedId = insertFeed(
    db,
    {
      feedUrl: 'https://example.org/feed',
      title: 'Example News',
      siteUrl: null,
      description: null,
      folderId: null,
    },
    now,
  );
  const ids: number[] = [];
  inTransaction(db, () => {
    for (let i = 0; i < 40; i++) {
      const a = places[i % places.length]!;
      const b = places[(i * 3 + 1) % places.length]!;
      const text = `Officials in ${a} met envoys from ${b} on ${i % 2 ? 'trade' : 'security'}. ${a} said talks would go on.`;
      ids.push(
        insertArticle(db, {
          sourceId: i % 3 === 0 ? local : feedId,
          url: null,
          title: `${a} and ${b}, story ${i}`,
          author: null,
          section: null,
          published: new Date(Date.UTC(2024, i % 24, 1 + (i % 27))).toISOString(),
          added: now.toISOString(),
          leadImage: null,
          excerpt: text,
          text,
          html: `<p>${text}</p>`,
          contentHash: `story-${i}`,
          origin: `story-${i}`,
        }),
      );
    }
  });
  db.close();
  return { feedId, ids };
}

let dataDir: string;
let backend: Backend;
let library: { feedId: number; ids: number[] };

beforeEach(async () => {
  dataDir = makeTempDir();
  library = writeLibrary(dataDir);
  backend = await createBackend({ dataDir });
  // Opening an untagged article tags it: the whole library, tagged.
  for (const id of library.ids) await backend.getArticle(id);
});

afterEach(async () => {
  await backend.close();
});

function filters(feedId: number, folderId: number): ArticleFilter[] {
  return [
    {},
    { view: 'all' },
    { view: 'unread' },
    { view: 'starred' },
    { view: 'all', after: '2025-01-01' },
    { view: 'unread', before: '2024-07-01' },
    { view: 'unread', sourceId: feedId },
    { view: 'starred', sourceId: feedId, after: '2024-03-01' },
    // Only the server can tell which articles a region or a folder holds: refreshed, never guessed.
    { view: 'unread', tag: { kind: 'region', code: '002' } },
    { view: 'all', folderId },
  ];
}

/** Every query the window could hold, keyed as the renderer keys them. */
function queryKeys(feedId: number, folderId: number, ids: number[]): unknown[][] {
  return [
    ['stats'],
    ['listSources'],
    ['listFeeds'],
    ['listFolders'],
    ...filters(feedId, folderId).map((filter) => ['listTagFacets', filter]),
    ...filters(feedId, folderId).map((filter) => [
      'listArticles',
      { ...filter, limit: 200, offset: 0 },
    ]),
    ...ids.slice(0, 8).map((id) => ['getArticle', id]),
  ];
}

function fetchFresh(key: unknown[]): Promise<unknown> {
  const [method, ...args] = key as [keyof Backend, ...unknown[]];
  return (backend[method] as (...a: unknown[]) => Promise<unknown>)(...args);
}

/** What must match: facets whatever their order, stats without the index's moving parts. */
function comparable(key: unknown[], data: unknown): unknown {
  switch (key[0]) {
    case 'listTagFacets':
      return [...(data as TagFacet[])].sort((a, b) =>
        `${a.kind}:${a.code}`.localeCompare(`${b.kind}:${b.code}`),
      );
    case 'stats': {
      const { articles, unread, starred, sources } = data as Record<string, number>;
      return { articles, unread, starred, sources };
    }
    default:
      return data;
  }
}

describe('applying announced changes to the query cache', () => {
  it('patches flags, counts and tags to exactly what the backend answers', async () => {
    const client = new QueryClient({ defaultOptions: { queries: { staleTime: Infinity } } });
    const folder = await backend.createFolder('Desk', null);
    const keys = queryKeys(library.feedId, folder.id, library.ids);
    for (const key of keys) client.setQueryData(key, await fetchFresh(key));

    const events: Changes[] = [];
    backend.on('changed', (changes) => events.push(changes));
    const random = createRandom(7);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
    let refreshed = 0;
    let patched = 0;

    for (let step = 0; step < 120; step++) {
      const id = pick(library.ids);
      const roll = random();
      if (roll < 0.05) {
        // The feed moves in or out of the folder: the folder's list and counts change with it.
        const inFolder = (await backend.listFeeds())[0]!.folderId !== null;
        await backend.updateFeed(library.feedId, { folderId: inFolder ? null : folder.id });
      } else if (roll < 0.4) await backend.setRead(id, random() < 0.6);
      else if (roll < 0.7) await backend.setStarred(id, random() < 0.5);
      else {
        const article = (await backend.getArticle(id))!;
        const shown = [...article.regions, ...article.tags];
        if (shown.length > 0 && random() < 0.4) {
          const tag = pick(shown);
          await backend.editTags(id, [{ action: 'remove', kind: tag.kind, code: tag.code }]);
        } else if (random() < 0.5) {
          await backend.editTags(id, [
            { action: 'add', kind: 'tag', label: pick(['later', 'cite']) },
          ]);
        } else {
          const code = pick(['NE', 'ML', 'TD', 'KE', 'PE', 'NO', 'JP', 'BR', 'FR']);
          await backend.editTags(id, [{ action: 'add', kind: 'country' as TagKind, code }]);
        }
      }

      const toRefresh: Array<(key: readonly unknown[]) => boolean> = [];
      for (const changes of events.splice(0)) {
        applyChanges(client, changes, (matches) => toRefresh.push(matches));
      }

      for (const key of keys) {
        const query = client.getQueryCache().find({ queryKey: key, exact: true })!;
        const fresh = await fetchFresh(key);
        if (toRefresh.some((matches) => matches(query.queryKey))) {
          refreshed++;
          client.setQueryData(key, fresh);
          continue;
        }
        const cached = query.state.data;
        if (key[0] === 'listArticles' && query.state.isInvalidated) {
          // An article left or joined the list: its rows stay until the list is opened again, and
          // its total already says how many the list holds.
          const page = cached as ArticlePage;
          const now = fresh as ArticlePage;
          expect(page.total, JSON.stringify(key)).toBe(now.total);
          const flags = new Map(now.articles.map((row) => [row.id, [row.read, row.starred]]));
          for (const row of page.articles) {
            if (flags.has(row.id)) expect([row.read, row.starred]).toEqual(flags.get(row.id));
          }
          client.setQueryData(key, fresh);
          continue;
        }
        patched++;
        expect(comparable(key, cached), `${JSON.stringify(key)} after step ${step}`).toEqual(
          comparable(key, fresh),
        );
      }
    }
    // Most answers were kept up to date in place; only what needs the server was fetched again.
    expect(patched).toBeGreaterThan(refreshed * 4);
  });
});
