// Killed at any moment, Outpost finishes what was started the next time the library is opened: an
// import, a re-tagging of the archive and a rebuild of the index are each killed (SIGKILL) at random
// moments, run again, and the library then answers searches exactly as a run never killed does.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../main/store/db.ts';
import { createRandom } from '../../bench/search-corpus.ts';

const bin = fileURLToPath(new URL('../../../bin/outpost.js', import.meta.url));
const retagChild = fileURLToPath(new URL('./retag-child.ts', import.meta.url));

const places = [
  ['PARIS', 'France', 'French'],
  ['BERLIN', 'Germany', 'German'],
  ['MADRID', 'Spain', 'Spanish'],
  ['NAIROBI', 'Kenya', 'Kenyan'],
  ['LAGOS', 'Nigeria', 'Nigerian'],
  ['DAKAR', 'Senegal', 'Senegalese'],
  ['LIMA', 'Peru', 'Peruvian'],
  ['TOKYO', 'Japan', 'Japanese'],
] as const;
const topics = [
  'The national football team won the championship final after extra time, and the coach praised the players.',
  'Parliament voted on the election law as the opposition party accused the government of delaying the ballot.',
  'The central bank raised interest rates to curb inflation, and shares fell on the stock exchange.',
  'Heavy rain flooded the river valley and rescue teams evacuated villages after the storm.',
];

/** Short wire stories, each about one country and one subject. */
function writeStories(dir: string, count: number): void {
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < count; i++) {
    const [city, country, demonym] = places[i % places.length]!;
    const topic = topics[Math.floor(i / places.length) % topics.length]!;
    writeFileSync(
      join(dir, `story-${String(i).padStart(4, '0')}.txt`),
      `${demonym} report ${i} from ${country}\n\n${city} - ${topic} Officials in ${country} said on Monday that more would follow (story ${i}).\n`,
    );
  }
}

function outpost(dataDir: string, ...args: string[]): string {
  const result = spawnSync(process.execPath, [bin, '--data-dir', dataDir, ...args], {
    encoding: 'utf8',
    timeout: 120_000,
  });
  if (result.status !== 0) throw new Error(`outpost ${args.join(' ')}: ${result.stderr}`);
  return result.stdout;
}

const queries = [
  'region:europe',
  'region:africa',
  'topic:sport',
  'topic:politics',
  'rain',
  'Kenya',
];

/** What every query finds: totals and the articles' titles (ids differ between libraries). */
function answers(dataDir: string): Record<string, string[]> {
  return Object.fromEntries(
    queries.map((query) => {
      const result = JSON.parse(outpost(dataDir, 'search', query, '--limit', '1000', '--json')) as {
        total: number;
        hits: Array<{ title: string }>;
      };
      return [query, result.hits.map((hit) => hit.title).sort()];
    }),
  );
}

/** Articles stored but never tagged, as a kill leaves them. */
function countUntagged(dataDir: string): number {
  const db = openDatabase(join(dataDir, 'outpost.db'));
  try {
    return (
      db.prepare('SELECT count(*) AS n FROM articles WHERE tagged_version IS NULL').get() as {
        n: number;
      }
    ).n;
  } finally {
    db.close();
  }
}

/** Starts `command`, kills it with SIGKILL after `ms`; resolves once it is gone. */
function killAfter(command: string[], ms: number): Promise<void> {
  const child = spawn(process.execPath, command, { stdio: 'ignore' });
  const timer = setTimeout(() => child.kill('SIGKILL'), ms);
  return new Promise((resolve) =>
    child.on('exit', () => {
      clearTimeout(timer);
      resolve();
    }),
  );
}

describe('after a kill, the next process finishes the work', () => {
  // One corpus and one clean library for the three tests, removed after them.
  const root = mkdtempSync(join(tmpdir(), 'outpost-recovery-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const stories = join(root, 'stories');
  writeStories(stories, 1200);
  const clean = join(root, 'clean');
  const started = performance.now();
  outpost(clean, 'import', stories);
  /** How long a whole import takes here: kills land anywhere inside it. */
  const importMs = performance.now() - started;
  const expected = answers(clean);

  it('answers as a clean import does, after imports killed at random moments', async () => {
    for (const query of ['region:europe', 'region:africa', 'topic:sport', 'topic:politics'])
      expect(expected[query]!.length, query).toBeGreaterThan(20);
    const dataDir = join(root, 'killed-import');
    const random = createRandom(11);
    let leftUntagged = 0;
    for (let run = 0; run < 4; run++) {
      await killAfter(
        [bin, '--data-dir', dataDir, 'import', stories],
        importMs * (0.4 + 0.6 * random()),
      );
      leftUntagged += countUntagged(dataDir);
    }
    // The kills did land between storing and tagging: the case that was lost before.
    expect(leftUntagged).toBeGreaterThan(0);
    outpost(dataDir, 'import', stories);
    expect(answers(dataDir)).toEqual(expected);
  }, 180_000);

  it('answers as a clean run does, after a re-tagging of the archive is killed', async () => {
    const dataDir = join(root, 'killed-retag');
    outpost(dataDir, 'import', stories);
    const random = createRandom(12);
    for (let run = 0; run < 3; run++) {
      // As after a new rule or lesson: every article to be re-tagged, in the background.
      const db = openDatabase(join(dataDir, 'outpost.db'));
      db.exec("UPDATE articles SET tagged_version = 'retag'");
      db.close();
      await killAfter([retagChild, dataDir], 1000 + random() * 2000);
    }
    expect(answers(dataDir)).toEqual(expected);
  }, 180_000);

  it('answers as a clean run does, after rebuilding the index is killed', async () => {
    const dataDir = join(root, 'killed-reindex');
    outpost(dataDir, 'import', stories);
    answers(dataDir);
    const random = createRandom(13);
    for (let run = 0; run < 3; run++) {
      await killAfter([bin, '--data-dir', dataDir, 'reindex'], 1000 + random() * importMs);
    }
    expect(answers(dataDir)).toEqual(expected);
  }, 180_000);
});
