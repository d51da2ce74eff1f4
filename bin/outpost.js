#!/usr/bin/env node
// Starts the outpost CLI on Node 24 (the Node that Electron ships), whatever `node` is first on PATH.
import { spawn } from 'node:child_process';
import { existsSync, realpathSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(realpathSync(fileURLToPath(import.meta.url))));
const major = Number(process.versions.node.split('.')[0]);

if (major < 24) {
  const bundled = join(root, 'node_modules', 'node', 'bin', 'node');
  if (!existsSync(bundled)) {
    process.stderr.write(
      `outpost needs Node 24 or newer (this is Node ${process.versions.node}); run npm install in ${root} first.\n`,
    );
    process.exit(1);
  }
  const child = spawn(bundled, [fileURLToPath(import.meta.url), ...process.argv.slice(2)], {
    stdio: 'inherit',
  });
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'])
    process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
} else {
  await start();
}

async function start() {
  // node:sqlite and type stripping still announce themselves as experimental; the CLI's stderr is
  // for messages the user can act on.
  process.removeAllListeners('warning');
  process.on('warning', (warning) => {
    if (warning.name !== 'ExperimentalWarning')
      process.stderr.write(`${warning.name}: ${warning.message}\n`);
  });
  // `outpost search … | head` closes the pipe early: that is the reader's choice, not an error.
  process.stdout.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  const { runCli } = await import(join(root, 'main', 'cli', 'outpost.ts'));
  process.exitCode = await runCli(process.argv.slice(2));
}
