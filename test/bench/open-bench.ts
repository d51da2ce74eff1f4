// npm run bench:open — the UI through `outpost serve` in Chromium over a large library: time from a
// click on a row to the article's title in the reader, and the API calls each action makes. Prints JSON.
// Options: --articles 20000  --opens 30  --corpus FILE.jsonl  --keep (leave the data folder).
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from '../helpers/chromium.ts';
import { createJsonlCorpus, createSyntheticCorpus } from './search-corpus.ts';
import { fillLibrary } from './search-library.ts';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '20000' },
    opens: { type: 'string', default: '30' },
    corpus: { type: 'string' },
    keep: { type: 'boolean', default: false },
  },
});
const articles = Number(values.articles);
const opens = Number(values.opens);
if (!Number.isInteger(articles) || articles < 50)
  throw new Error('--articles takes a number ≥ 50.');
if (!Number.isInteger(opens) || opens < 1) throw new Error('--opens takes a number ≥ 1.');

const bin = fileURLToPath(new URL('../../bin/outpost.js', import.meta.url));
const corpus = values.corpus ? createJsonlCorpus(values.corpus) : createSyntheticCorpus();
const dataDir = mkdtempSync(join(tmpdir(), 'outpost-open-bench-'));
const log = (line: string) => process.stderr.write(`${line}\n`);

log(`Writing ${articles} articles…`);
const fill = fillLibrary(dataDir, (i) => corpus.article(i), articles);

const server = await startServe(dataDir);
try {
  log('Waiting until every article is tagged and searchable…');
  const settleStarted = performance.now();
  await waitUntilSettled(server.url);
  const settleSeconds = (performance.now() - settleStarted) / 1000;

  const browser = await chromium.launch(chromiumLaunchOptions);
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const calls = watchCalls(page);
    await page.goto(server.url);
    await page.getByTestId('article-row').first().waitFor();
    await quiet(calls);

    log(`Opening ${opens} articles…`);
    const openTimes: number[] = [];
    const openCalls: number[] = [];
    let example: string[] = [];
    for (let i = 0; i < opens; i++) {
      calls.reset();
      openTimes.push(await timeOpen(page, i * 2));
      await quiet(calls);
      openCalls.push(calls.names.length);
      if (i === 0) example = [...calls.names];
    }

    calls.reset();
    await page.keyboard.press('s');
    await quiet(calls);
    const star = [...calls.names];

    calls.reset();
    await page.keyboard.press('m');
    await quiet(calls);
    const read = [...calls.names];

    calls.reset();
    await page.getByTestId('view-unread').click();
    await page.getByTestId('article-row').first().waitFor();
    await quiet(calls);
    const selectView = [...calls.names];

    const sorted = [...openTimes].sort((a, b) => a - b);
    const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
    process.stdout.write(
      `${JSON.stringify(
        {
          articles,
          fillSeconds: fill.seconds,
          settleSeconds: round(settleSeconds),
          open: {
            clickToTitleMs: { p50: round(at(0.5)), p95: round(at(0.95)), max: round(at(1)) },
            calls: { max: Math.max(...openCalls), example },
          },
          star: { calls: star.length, names: star },
          readToggle: { calls: read.length, names: read },
          selectView: { calls: selectView.length, names: selectView },
        },
        null,
        2,
      )}\n`,
    );
  } finally {
    await browser.close();
  }
} finally {
  await stopServe(server.child);
  if (!values.keep) rmSync(dataDir, { recursive: true, force: true });
  else log(`Data folder kept: ${dataDir}`);
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

/** In the page: from the click on row `index` until the reader shows that row's title. */
function timeOpen(page: Page, index: number): Promise<number> {
  return page.evaluate(async (rowIndex) => {
    const rows = document.querySelectorAll<HTMLElement>('[data-testid="article-row"]');
    const row = rows[rowIndex % rows.length]!;
    row.scrollIntoView({ block: 'nearest' });
    const title = row.querySelector('.article-row__title')?.textContent ?? '';
    const shown = () =>
      document.querySelector('[data-testid="reader"] h1')?.textContent?.trim() === title.trim();
    const started = performance.now();
    row.click();
    await new Promise<void>((resolve) => {
      if (shown()) return resolve();
      const observer = new MutationObserver(() => {
        if (shown()) {
          observer.disconnect();
          resolve();
        }
      });
      observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    return performance.now() - started;
  }, index);
}

interface CallLog {
  names: string[];
  lastAt: number;
  reset(): void;
}

function watchCalls(page: Page): CallLog {
  const log: CallLog = {
    names: [],
    lastAt: performance.now(),
    reset() {
      this.names = [];
      this.lastAt = performance.now();
    },
  };
  let open = 0;
  page.on('request', (request) => {
    const match = /\/api\/call\/(\w+)/.exec(request.url());
    if (!match) return;
    log.names.push(match[1]!);
    log.lastAt = performance.now();
    open++;
  });
  const done = (request: { url(): string }) => {
    if (!/\/api\/call\//.test(request.url())) return;
    open--;
    log.lastAt = performance.now();
  };
  page.on('requestfinished', done);
  page.on('requestfailed', done);
  Object.defineProperty(log, 'open', { get: () => open });
  return log;
}

/** Until no call has been open or made for 1.5 s (the UI gathers sync refreshes for 1.5 s). */
async function quiet(calls: CallLog): Promise<void> {
  const open = () => (calls as unknown as { open: number }).open;
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    if (open() === 0 && performance.now() - calls.lastAt > 1500) return;
  }
}

async function startServe(dir: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [bin, '--data-dir', dir, 'serve'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Outpost is serving on (http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)/.exec(output);
      if (match) resolve(match[1]!);
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => reject(new Error(`outpost serve exited with ${code}:\n${output}`)));
  });
  return { child, url };
}

async function stopServe(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

/** Polls `stats` over the bridge until the index and the tagger have caught up. */
async function waitUntilSettled(url: string): Promise<void> {
  const address = new URL(url);
  const token = address.searchParams.get('token')!;
  for (;;) {
    const response = await fetch(`${address.origin}/api/call/stats`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: '[]',
    });
    const body = (await response.json()) as {
      ok: boolean;
      value?: { index: { state: string }; tagging: { pendingArticles: number } };
    };
    const stats = body.value;
    if (stats && stats.index.state === 'ready' && stats.tagging.pendingArticles === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}
