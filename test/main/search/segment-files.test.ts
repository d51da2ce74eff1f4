// The index's files in-process: only names the writer makes become paths, whatever a manifest, a
// thread's message or a folder listing says; a folder in a wrong state is moved aside, not deleted.
import {
  existsSync,
  mkdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createIndexWriter } from '../../../main/search/index-writer.ts';
import { readManifest } from '../../../main/search/manifest.ts';
import {
  prepareSearchFolder,
  readSegment,
  SearchFileError,
  segmentFileName,
  segmentPath,
} from '../../../main/search/segment-files.ts';
import { insertArticle } from '../../../main/store/articles.ts';
import { openDatabase } from '../../../main/store/db.ts';
import { ensureLocalSource } from '../../../main/store/sources.ts';
import { makeTempDir } from '../../helpers/temp-dir.ts';

const now = () => new Date('2026-11-27T12:00:00Z');

describe('segmentPath', () => {
  it('gives a path for every name the writer makes', () => {
    for (const id of [1, 42, 999_999, 1_000_000, Number.MAX_SAFE_INTEGER]) {
      expect(segmentPath('/data/search', segmentFileName(id))).toBe(
        join('/data/search', segmentFileName(id)),
      );
    }
  });

  it.each([
    '../outpost.db',
    '/etc/passwd',
    'seg-1.json/../../x',
    'seg-000001.json/../../outpost.db',
    '..\\outpost.db',
    'seg-000001.json\0',
    'seg-000001.json\n',
    ' seg-000001.json',
    'seg-1.json',
    'SEG-000001.json',
    'seg-000001.json.bak',
    'seg-000001.json.123.tmp',
    'seg-١٢٣٤٥٦.json',
    'manifest.json',
    '',
    '.',
  ])('refuses %j', (name) => {
    expect(() => segmentPath('/data/search', name)).toThrow(SearchFileError);
  });

  it('refuses what is not a string', () => {
    for (const name of [null, undefined, 1, ['seg-000001.json'], { toString: () => 'x' }]) {
      expect(() => segmentPath('/data/search', name)).toThrow(SearchFileError);
    }
  });
});

function library(count: number): { dataDir: string; db: ReturnType<typeof openDatabase> } {
  const dataDir = makeTempDir();
  const db = openDatabase(join(dataDir, 'outpost.db'));
  const source = ensureLocalSource(db, now());
  for (let i = 0; i < count; i++) {
    insertArticle(db, {
      sourceId: source,
      url: null,
      title: `Harbour news ${i}`,
      author: null,
      section: null,
      published: now().toISOString(),
      added: now().toISOString(),
      leadImage: null,
      excerpt: '',
      text: `The harbour story ${i}.`,
      html: '',
      contentHash: `harbour-${i}`,
      origin: null,
    });
  }
  return { dataDir, db };
}

describe('the index writer', () => {
  it('releases and tidies only files it wrote', async () => {
    const { dataDir, db } = library(4);
    const dir = join(dataDir, 'search');
    const writer = createIndexWriter(db, dir, now);
    writer.open();
    const [segment] = await writer.index(writer.pendingIds());
    const victim = join(dataDir, 'outpost.db');

    // A query thread's message naming files outside the index: nothing happens.
    writer.release(['../outpost.db', join(dataDir, 'outpost.db'), 'seg-1.json/../../outpost.db']);
    expect(existsSync(victim)).toBe(true);

    // Leftovers the manifest does not list go at the next open; files it never wrote stay.
    writeFileSync(join(dir, segmentFileName(9)), 'left by a crash');
    writeFileSync(join(dir, 'seg-000009.json.bak'), 'the reader kept this');
    writeFileSync(join(dir, 'notes.txt'), 'and this');
    const reopened = createIndexWriter(db, dir, now);
    expect(reopened.open()).toMatchObject({ segments: [segment], notice: null });
    expect(existsSync(join(dir, segmentFileName(9)))).toBe(false);
    expect(existsSync(join(dir, 'seg-000009.json.bak'))).toBe(true);
    expect(existsSync(join(dir, 'notes.txt'))).toBe(true);
    db.close();
  });

  it('refuses a segment whose size or id does not match its entry', async () => {
    const { dataDir, db } = library(2);
    const dir = join(dataDir, 'search');
    const writer = createIndexWriter(db, dir, now);
    writer.open();
    const [segment] = await writer.index(writer.pendingIds());
    expect(readSegment(dir, segment!).docs).toEqual(segment!.docs);
    expect(() => readSegment(dir, { ...segment!, bytes: segment!.bytes + 1 })).toThrow(
      /is damaged/,
    );
    expect(() => readSegment(dir, { ...segment!, file: '../outpost.db' })).toThrow(SearchFileError);
    db.close();
  });

  it('reads back the manifest it writes, and nothing of another shape', async () => {
    const { dataDir, db } = library(3);
    const dir = join(dataDir, 'search');
    const writer = createIndexWriter(db, dir, now);
    writer.open();
    await writer.index(writer.pendingIds());
    expect(readManifest(dir)).toEqual(writer.manifest());
    const written = readFileSync(join(dir, 'manifest.json'), 'utf8');
    writeFileSync(
      join(dir, 'manifest.json'),
      written.replace('"createdAt"', '"extra":1,"createdAt"'),
    );
    expect(() => readManifest(dir)).toThrow('The search index list is damaged.');
    db.close();
  });
});

describe('prepareSearchFolder', () => {
  it('creates a missing folder and leaves a sound one as it is', () => {
    const dir = join(makeTempDir(), 'search');
    expect(prepareSearchFolder(dir, now())).toBeNull();
    writeFileSync(join(dir, 'manifest.json'), '{}');
    expect(prepareSearchFolder(dir, now())).toBeNull();
    expect(readFileSync(join(dir, 'manifest.json'), 'utf8')).toBe('{}');
  });

  it('moves aside what is in the way, never over something moved before', () => {
    const parent = makeTempDir();
    const dir = join(parent, 'search');
    const aside = join(parent, 'search.unusable-2026-11-27T12-00-00-000Z');
    writeFileSync(dir, 'first');
    expect(prepareSearchFolder(dir, now())).toBe(
      `Outpost could not use its search index folder ${dir} (it is a file, not a folder) and moved it to ${aside}.`,
    );
    expect(statSync(dir).isDirectory()).toBe(true);
    // In the way again at the same moment: the first one moved aside must survive.
    rmSync(dir, { recursive: true });
    writeFileSync(dir, 'second');
    expect(prepareSearchFolder(dir, now())).toMatch(/moved it to .*-000Z-2\.$/);
    expect(readFileSync(aside, 'utf8')).toBe('first');
    expect(readFileSync(`${aside}-2`, 'utf8')).toBe('second');
    // A folder whose index list cannot be replaced (a folder by that name) goes aside too.
    mkdirSync(join(dir, 'manifest.json'));
    expect(prepareSearchFolder(dir, now())).toMatch(/its index list is not a file/);
    expect(existsSync(join(dir, 'manifest.json'))).toBe(false);
  });

  it('moves aside a link to a folder that is gone', () => {
    const parent = makeTempDir();
    const dir = join(parent, 'search');
    symlinkSync(join(parent, 'elsewhere'), dir);
    expect(prepareSearchFolder(dir, now())).toMatch(/a link to a folder that does not exist/);
    expect(statSync(dir).isDirectory()).toBe(true);
  });
});
