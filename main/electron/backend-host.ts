// Runs the backend in a utility process: starts it, relays calls by id, restarts it once after a
// crash and closes it on quit.
import type { ForkOptions, UtilityProcess, utilityProcess } from 'electron';
import { messageOf, OutpostError } from '../../shared/api-reply.ts';
import { isFromBackend } from './backend-protocol.ts';
import type { FromBackend, HostMethod, ToBackend } from './backend-protocol.ts';
import { createPendingRequests } from './pending-requests.ts';

export type BackendEvent = Extract<FromBackend, { type: 'event' }>;

export interface BackendHostOptions {
  /** The bundled backend-process entry. */
  entry: string;
  dataDir: string;
  onEvent: (event: BackendEvent) => void;
  /** How often an unexpected exit is answered with a fresh process. */
  maxRestarts?: number;
  /** How long close() waits for the backend to finish its writes before killing it. */
  closeTimeoutMs?: number;
}

export interface BackendHost {
  call(method: HostMethod, args: unknown[]): Promise<unknown>;
  close(): Promise<void>;
}

type Fork = Pick<typeof utilityProcess, 'fork'>;

export function startBackendHost(launcher: Fork, options: BackendHostOptions): BackendHost {
  const maxRestarts = options.maxRestarts ?? 1;
  const closeTimeoutMs = options.closeTimeoutMs ?? 5000;
  const calls = createPendingRequests<unknown>();
  let child: UtilityProcess | null = null;
  let restarts = 0;
  /** Set when the backend cannot come back: every later call fails with this. */
  let stoppedReason: string | null = null;
  let fatalMessage: string | null = null;
  let closing: Promise<void> | null = null;

  const forkOptions: ForkOptions = { serviceName: 'Outpost backend', stdio: 'inherit' };

  function spawn(): void {
    const current = launcher.fork(options.entry, [], forkOptions);
    child = current;
    const isRestart = restarts > 0;
    current.on('message', (message: unknown) => {
      if (child === current) handleMessage(current, message, isRestart);
    });
    current.on('exit', (code: number) => {
      if (child === current) handleExit(code);
    });
    send(current, { type: 'start', dataDir: options.dataDir });
  }

  function send(target: UtilityProcess, message: ToBackend): void {
    target.postMessage(message);
  }

  function handleMessage(current: UtilityProcess, message: unknown, isRestart: boolean): void {
    if (!isFromBackend(message)) {
      console.error('Outpost ignored a malformed message from its backend', message);
      return;
    }
    switch (message.type) {
      case 'ready':
        // Events sent while the old process was dying are lost: the UI fetches again what it shows.
        if (isRestart) {
          options.onEvent({ type: 'event', name: 'reset', payload: { reason: 'restarted' } });
        }
        break;
      case 'fatal':
        fatalMessage = `Outpost could not open its library in ${options.dataDir}: ${message.message}`;
        current.kill();
        break;
      case 'result':
        calls.resolve(message.id, message.value);
        break;
      case 'failure':
        calls.reject(message.id, new OutpostError(message.code, message.message));
        break;
      case 'event':
        options.onEvent(message);
        break;
      case 'closed':
        break;
    }
  }

  function handleExit(code: number): void {
    child = null;
    if (closing) {
      calls.rejectAll(unavailable('Outpost is closing.'));
      return;
    }
    if (fatalMessage) {
      stoppedReason = fatalMessage;
    } else if (restarts < maxRestarts) {
      restarts += 1;
      calls.rejectAll(
        unavailable(
          `Outpost's backend stopped unexpectedly (exit code ${code}) and is restarting. Try again.`,
        ),
      );
      console.error(`Outpost backend exited with code ${code}; restarting it.`);
      spawn();
      return;
    } else {
      stoppedReason = `Outpost's backend stopped again (exit code ${code}). Quit and reopen Outpost.`;
    }
    calls.rejectAll(unavailable(stoppedReason));
  }

  spawn();

  return {
    call(method, args) {
      if (closing) return Promise.reject(unavailable('Outpost is closing.'));
      const target = child;
      if (!target)
        return Promise.reject(unavailable(stoppedReason ?? "Outpost's backend is not running."));
      const { id, promise } = calls.open();
      try {
        send(target, { type: 'call', id, method, args });
      } catch (error) {
        calls.reject(id, unavailable(messageOf(error)));
      }
      return promise;
    },

    close() {
      closing ??= new Promise<void>((resolve) => {
        const target = child;
        if (!target) {
          resolve();
          return;
        }
        // The backend finishes its writes and exits; one that hangs is killed.
        const timer = setTimeout(() => {
          console.error('Outpost backend did not close in time; stopping it.');
          target.kill();
          calls.rejectAll(unavailable('Outpost is closing.'));
          resolve();
        }, closeTimeoutMs);
        target.once('exit', () => {
          clearTimeout(timer);
          resolve();
        });
        try {
          send(target, { type: 'close' });
        } catch {
          target.kill();
        }
      });
      return closing;
    },
  };
}

function unavailable(message: string): OutpostError {
  return new OutpostError('unavailable', message);
}
