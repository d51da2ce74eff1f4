// Nothing outlives a request: a process that used the client exits as soon as its work is done.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const script = fileURLToPath(new URL('./exit-when-done.ts', import.meta.url));

it('leaves no timer, listener or connection behind on success, error, timeout or cancel', async () => {
  const started = Date.now();
  const child = spawn(process.execPath, [script], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  // Kill it well before the 20 s default timeouts, which a leaked timer would wait for.
  const killer = setTimeout(() => child.kill(), 10_000);
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  clearTimeout(killer);

  expect(stderr).toBe('');
  expect(stdout.trim()).toBe('ok http-status timeout cancelled');
  expect(code).toBe(0);
  expect(Date.now() - started).toBeLessThan(10_000);
});
