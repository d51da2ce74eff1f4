import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { insertArticle } from '../../../main/store/articles.ts';
import { openDatabase } from '../../../main/store/db.ts';
import { ensureLocalSource } from '../../../main/store/sources.ts';
import { countStaleTagged } from '../../../main/store/tags.ts';
import { TAGGER_VERSION } from '../../../main/tagging/tagger.ts';
import { createTaggingService } from '../../../main/tagging/tagging-service.ts';
import { makeTempDir } from '../../helpers/temp-dir.ts';

function archive(count: number) {
  const db = openDatabase(join(makeTempDir(), 'outpost.db'));
  const source = ensureLocalSource(db, new Date());
  for (let i = 0; i < count; i++) {
    const text =
      i % 2
        ? 'Talks in Bamako, Mali, resumed on Monday.'
        : 'Voters in Chile chose a new president.';
    insertArticle(db, {
      sourceId: source,
      url: null,
      title: `Story ${i}`,
      author: null,
      section: null,
      published: null,
      added: new Date().toISOString(),
      leadImage: null,
      excerpt: text,
      text,
      html: `<p>${text}</p>`,
      contentHash: `hash-${i}`,
      origin: null,
    });
  }
  return db;
}

describe('the tagging service', () => {
  it('re-tags the whole archive in the background and says which articles changed', async () => {
    const db = archive(120);
    const changed: number[] = [];
    const service = createTaggingService({
      db,
      changed: (changes) => changed.push(...changes.map((change) => change.id)),
      batch: 10,
    });
    expect(service.pending()).toBe(120);
    service.startBackground();
    await expect.poll(() => service.pending(), { timeout: 10_000 }).toBe(0);
    await expect.poll(() => changed.length).toBe(120);
    expect(countStaleTagged(db, TAGGER_VERSION)).toBe(0);
    const mali = db
      .prepare("SELECT count(*) AS n FROM article_tags WHERE kind = 'country' AND code = 'ML'")
      .get() as { n: number };
    expect(mali.n).toBe(60);
    // Re-tagging with nothing new changes nothing and moves no revision.
    const before = db.prepare('SELECT sum(revision) AS r FROM articles').get() as { r: number };
    db.prepare('UPDATE articles SET tagged_version = NULL').run();
    service.startBackground();
    await expect.poll(() => service.pending()).toBe(0);
    const after = db.prepare('SELECT sum(revision) AS r FROM articles').get() as { r: number };
    expect(after.r).toBe(before.r);
    service.close();
    db.close();
  });

  it('stops when closed', async () => {
    const db = archive(200);
    const service = createTaggingService({ db, changed: () => {}, batch: 5 });
    service.startBackground();
    service.close();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(service.pending()).toBeGreaterThan(150);
    db.close();
  });
});
