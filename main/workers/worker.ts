// Entry of a worker thread: runs tasks from the pool one at a time and answers with data or an error.
import { parentPort } from 'node:worker_threads';
import { taskHandlers, type TaskRequest, type TaskResponse } from './tasks.ts';

if (!parentPort) throw new Error('worker.ts must run in a worker thread.');
const port = parentPort;

port.on('message', (request: TaskRequest) => {
  let response: TaskResponse;
  try {
    const handler = taskHandlers[request.task] as (input: unknown) => unknown;
    response = { id: request.id, ok: true, output: handler(request.input) };
  } catch (error) {
    const failure = error instanceof Error ? error : new Error(String(error));
    const extra = failure as Error & { code?: unknown; alternates?: unknown };
    response = {
      id: request.id,
      ok: false,
      error: {
        name: failure.name,
        message: failure.message,
        code: typeof extra.code === 'string' ? extra.code : undefined,
        details: extra.alternates,
      },
    };
  }
  port.postMessage(response);
});
