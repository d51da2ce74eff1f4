// The benchmark's library on disk: articles written straight into a fresh database (as a
// long-used library would hold them), their read state, and what the folder takes on disk.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DATABASE_FILE } from '../../main/backend.ts';
import { hashContent, makeExcerpt } from '../../main/extract/article-text.ts';
import { insertArticle } from '../../main/store/articles.ts';
import { inTransaction, openDatabase } from '../../main/store/db.ts';
import { ensureLocalSource } from '../../main/store/sources.ts';
import type { BenchArticle } from './search-corpus.ts';

/** 60% of articles are read, the same ones in the database and in MiniSearch (by article id). */
const READ_SQL = '(id * 7) % 10 < 6';
export const isRead = (id: number) => (id * 7) % 10 < 6;

/** Step 1: n articles straight into the database, as a long-used library would hold them. */
export function fillLibrary(dataDir: string, article: (index: number) => BenchArticle, n: number) {
  const started = performance.now();
  const db = openDatabase(join(dataDir, DATABASE_FILE));
  const added = new Date().toISOString();
  const sourceId = ensureLocalSource(db, new Date());
  inTransaction(db, () => {
    for (let i = 0; i < n; i++) {
      const { title, text, published } = article(i);
      insertArticle(db, {
        sourceId,
        url: null,
        title,
        author: null,
        section: null,
        published,
        added,
        leadImage: null,
        excerpt: makeExcerpt(text),
        text,
        html: text
          .split('\n\n')
          .map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`)
          .join(''),
        contentHash: hashContent({ title, text }),
        origin: `bench-${i}`,
      });
    }
    // Most of an archive has been read; is:unread then has something to filter.
    db.exec(`UPDATE articles SET read = 1 WHERE ${READ_SQL}`);
    db.exec('UPDATE articles SET starred = 1 WHERE id % 50 = 0');
  });
  db.close();
  return { seconds: Math.round(performance.now() - started) / 1000 };
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function diskUse(dataDir: string) {
  let searchBytes = 0;
  let searchFiles = 0;
  for (const entry of readdirSync(join(dataDir, 'search'), { withFileTypes: true })) {
    if (!entry.isFile()) continue;
    searchBytes += statSync(join(dataDir, 'search', entry.name)).size;
    searchFiles++;
  }
  const size = (file: string) => {
    try {
      return statSync(join(dataDir, file)).size;
    } catch {
      return 0;
    }
  };
  return {
    searchBytes,
    searchFiles,
    databaseBytes: size(DATABASE_FILE) + size(`${DATABASE_FILE}-wal`),
  };
}
