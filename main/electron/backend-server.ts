// The backend's side of the protocol: starts the backend on request and answers calls over the parent port.
import { eventNames, invokeApi } from '../../shared/api.ts';
import { codeOf, messageOf, OutpostError } from '../../shared/api-reply.ts';
import type { Backend, BackendOptions } from '../backend-types.ts';
import { isToBackend } from './backend-protocol.ts';
import type { FromBackend, ToBackend } from './backend-protocol.ts';

/** What the backend needs of Electron's `process.parentPort`. */
export interface ParentPortLike {
  on(event: 'message', listener: (event: { data: unknown }) => void): unknown;
  postMessage(message: FromBackend): void;
}

export interface ServeBackendOptions {
  createBackend: (options: BackendOptions) => Promise<Backend>;
  fetch?: typeof globalThis.fetch;
  acceptEncoding?: string | null;
  /** Ends the process once the backend is closed. */
  exit: (code: number) => void;
}

export function serveBackend(port: ParentPortLike, options: ServeBackendOptions): void {
  let backend: Promise<Backend> | null = null;

  const post = (message: FromBackend): void => {
    try {
      port.postMessage(message);
    } catch (error) {
      // A value that cannot be cloned must not leave the caller waiting forever.
      if (message.type === 'result') {
        port.postMessage({
          type: 'failure',
          id: message.id,
          code: 'failed',
          message: messageOf(error),
        });
      } else {
        console.error('Outpost backend could not send a message', error);
      }
    }
  };

  async function start(dataDir: string): Promise<void> {
    // Wrapped so that even a synchronous throw becomes a rejected start. The app is a
    // long-running host: it syncs at start and whenever a feed is due. Its library settings live
    // in the data folder, like the CLI's.
    backend = (async () =>
      options.createBackend({
        dataDir,
        fetch: options.fetch,
        acceptEncoding: options.acceptEncoding,
        autoSync: true,
      }))();
    try {
      const ready = await backend;
      for (const name of eventNames) {
        ready.on(name, (payload) => post({ type: 'event', name, payload } as FromBackend));
      }
      post({ type: 'ready' });
    } catch (error) {
      // The host kills this process once it has read why; exiting here could lose the message.
      post({ type: 'fatal', message: messageOf(error) });
    }
  }

  async function call({ id, method, args }: Extract<ToBackend, { type: 'call' }>): Promise<void> {
    if (!backend) {
      post({
        type: 'failure',
        id,
        code: 'unavailable',
        message: 'The Outpost backend was asked for work before it was started.',
      });
      return;
    }
    let ready: Backend;
    try {
      ready = await backend;
    } catch {
      // Start-up failed: 'fatal' says why, and the host answers every pending call with it.
      return;
    }
    try {
      const value =
        method === 'importFiles'
          ? await importFiles(ready, args)
          : await invokeApi(ready, method, args);
      post({ type: 'result', id, value });
    } catch (error) {
      post({ type: 'failure', id, code: codeOf(error), message: messageOf(error) });
    }
  }

  async function close(): Promise<void> {
    try {
      await (await backend)?.close();
    } catch (error) {
      console.error('Outpost backend did not close cleanly', error);
    }
    post({ type: 'closed' });
    options.exit(0);
  }

  port.on('message', ({ data }) => {
    if (!isToBackend(data)) {
      console.error('Outpost backend ignored a malformed message', data);
      return;
    }
    switch (data.type) {
      case 'start':
        if (!backend) void start(data.dataDir);
        break;
      case 'call':
        void call(data);
        break;
      case 'close':
        void close();
        break;
    }
  });
}

/** The paths of the shell's own file dialog: a list of strings, nothing else. */
function importFiles(backend: Backend, args: unknown[]): Promise<unknown> {
  const [paths] = args;
  if (!Array.isArray(paths) || !paths.every((path) => typeof path === 'string' && path !== '')) {
    return Promise.reject(
      new OutpostError('bad-request', 'importFiles takes a list of file or folder paths.'),
    );
  }
  return backend.importFiles(paths as string[]);
}
