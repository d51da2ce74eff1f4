// `outpost serve`: runs the backend and the HTTP bridge until interrupted.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { IMAGES_FOLDER } from '../media-files.ts';
import type { CommandOptions } from './command.ts';
import { CliError, printLines } from './output.ts';

/** The UI that `npm install` (prepare) and `npm run build:renderer` produce. */
export const rendererDir = fileURLToPath(new URL('../../dist/renderer/', import.meta.url));

export async function runServe(args: string[], options: CommandOptions): Promise<number> {
  if (args.length > 0)
    throw new CliError('serve takes no arguments (use --port P to choose the port).', 2);
  if (options.port !== undefined && options.port > 65535)
    throw new CliError('--port must be at most 65535.', 2);
  if (!existsSync(`${rendererDir}index.html`)) {
    throw new CliError('The Outpost UI has not been built yet: run npm run build:renderer first.');
  }
  // Loaded here, not at the top: every other command would otherwise load the HTTP bridge too.
  const { startHttpBridge } = await import('../serve/http-bridge.ts');
  // A long-running host: it syncs at start and whenever a feed is due, as the app does.
  const { createBackend } = await import('../backend.ts');
  const backend = await createBackend({ dataDir: options.dataDir, autoSync: true });
  let bridge;
  try {
    bridge = await startHttpBridge({
      backend,
      rendererDir,
      imagesDir: join(options.dataDir, IMAGES_FOLDER),
      port: options.port,
    });
  } catch (error) {
    await backend.close();
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE')
      throw new CliError(`Port ${options.port} is already in use; choose another with --port.`);
    throw error;
  }
  printLines([
    `Outpost is serving on ${bridge.url}`,
    `Data folder: ${options.dataDir}. Press Ctrl+C to stop.`,
  ]);

  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    process.once('SIGHUP', stop);
  });
  await bridge.close();
  await backend.close();
  return 0;
}
