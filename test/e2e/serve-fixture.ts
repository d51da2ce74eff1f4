// A Playwright fixture that runs the real `outpost serve` on a fresh data folder for each test.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test as base } from '@playwright/test';

const bin = fileURLToPath(new URL('../../bin/outpost.js', import.meta.url));

export interface OutpostServer {
  url: string;
  dataDir: string;
}

async function startServe(dataDir: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [bin, '--data-dir', dataDir, 'serve'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(
      () => reject(new Error(`outpost serve did not start:\n${output}`)),
      20_000,
    );
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Outpost is serving on (http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => reject(new Error(`outpost serve exited with ${code}:\n${output}`)));
  });
  return { child, url };
}

export const test = base.extend<{ outpost: OutpostServer }>({
  // Playwright requires a destructuring pattern here even when a fixture needs no other fixture.
  // eslint-disable-next-line no-empty-pattern
  outpost: async ({}, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'outpost-e2e-'));
    const { child, url } = await startServe(dataDir);
    try {
      await use({ url, dataDir });
    } finally {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
      rmSync(dataDir, { recursive: true, force: true });
    }
  },
});

export { expect } from '@playwright/test';
