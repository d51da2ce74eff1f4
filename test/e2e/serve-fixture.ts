// Playwright fixtures that run the real `outpost serve` on a fresh data folder for each test.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test as base } from '@playwright/test';
import type { Settings } from '../../shared/settings.ts';

const bin = fileURLToPath(new URL('../../bin/outpost.js', import.meta.url));

export interface OutpostServer {
  url: string;
  dataDir: string;
}

export interface LaunchOptions {
  /** Written to the data folder's settings.json before the server starts. */
  settings?: Partial<Settings>;
  /** CLI commands run on the data folder before the server starts, e.g. ['opml', 'import', file]. */
  commands?: string[][];
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

function runCli(dataDir: string, args: string[]): Promise<void> {
  const child = spawn(process.execPath, [bin, '--data-dir', dataDir, ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code === 0) resolve();
      else reject(new Error(`outpost ${args.join(' ')} exited with ${code}:\n${output}`));
    });
  });
}

async function stopServe(child: ChildProcess, dataDir: string): Promise<void> {
  if (child.exitCode === null && child.signalCode === null) {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }
  rmSync(dataDir, { recursive: true, force: true });
}

export const test = base.extend<{
  outpost: OutpostServer;
  /** Starts `outpost serve` later in the test, on a data folder prepared first; stopped after the test. */
  launchOutpost: (options?: LaunchOptions) => Promise<OutpostServer>;
}>({
  // Playwright requires a destructuring pattern here even when a fixture needs no other fixture.
  // eslint-disable-next-line no-empty-pattern
  outpost: async ({}, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'outpost-e2e-'));
    const { child, url } = await startServe(dataDir);
    try {
      await use({ url, dataDir });
    } finally {
      await stopServe(child, dataDir);
    }
  },
  // eslint-disable-next-line no-empty-pattern
  launchOutpost: async ({}, use) => {
    const running: Array<{ child: ChildProcess; dataDir: string }> = [];
    try {
      await use(async (options = {}) => {
        const dataDir = mkdtempSync(join(tmpdir(), 'outpost-e2e-'));
        try {
          if (options.settings) {
            writeFileSync(join(dataDir, 'settings.json'), JSON.stringify(options.settings));
          }
          for (const args of options.commands ?? []) await runCli(dataDir, args);
        } catch (error) {
          rmSync(dataDir, { recursive: true, force: true });
          throw error;
        }
        const { child, url } = await startServe(dataDir);
        running.push({ child, dataDir });
        return { url, dataDir };
      });
    } finally {
      for (const { child, dataDir } of running) await stopServe(child, dataDir);
    }
  },
});

export { expect } from '@playwright/test';
