// A small pool of worker threads for parsing and extraction, so the API thread never blocks on them.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { TaskName, TaskRequest, TaskResponse, TaskTypes } from './tasks.ts';

export interface WorkerPool {
  run<T extends TaskName>(
    task: T,
    input: TaskTypes[T]['input'],
    transfer?: ArrayBuffer[],
  ): Promise<TaskTypes[T]['output']>;
  close(): Promise<void>;
}

/** An error thrown inside a worker, with its code and details carried over. */
export class WorkerTaskError extends Error {
  readonly code: string | undefined;
  readonly details: unknown;
  constructor(name: string, message: string, code: string | undefined, details: unknown) {
    super(message);
    this.name = name;
    this.code = code;
    this.details = details;
  }
}

interface Job {
  request: TaskRequest;
  transfer: ArrayBuffer[];
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  job: Job | null;
}

/** One thread per core beyond the one answering API calls; at least one. */
export function defaultPoolSize(): number {
  return Math.max(1, Math.min(4, availableParallelism() - 1));
}

export function createWorkerPool(workerUrl: URL | string, size = defaultPoolSize()): WorkerPool {
  const queue: Job[] = [];
  const slots: Slot[] = [];
  let nextId = 1;
  let closed = false;

  function spawn(): Slot {
    const slot: Slot = { worker: new Worker(workerUrl), job: null };
    slot.worker.on('message', (response: TaskResponse) => {
      const job = slot.job;
      slot.job = null;
      if (job && job.request.id === response.id) {
        if (response.ok) job.resolve(response.output);
        else {
          const { name, message, code, details } = response.error;
          job.reject(new WorkerTaskError(name, message, code, details));
        }
      }
      pump();
    });
    // A crashed worker (out of memory on a monstrous page) fails its job, not the pool.
    slot.worker.on('error', (error) => failSlot(slot, error));
    slot.worker.on('exit', (code) => {
      if (!closed)
        failSlot(slot, new Error(`A worker thread stopped unexpectedly (exit code ${code}).`));
    });
    slot.worker.unref();
    return slot;
  }

  function failSlot(slot: Slot, error: Error): void {
    const index = slots.indexOf(slot);
    if (index === -1) return;
    slots.splice(index, 1);
    slot.job?.reject(error);
    slot.job = null;
    void slot.worker.terminate();
    pump();
  }

  function pump(): void {
    while (queue.length > 0 && !closed) {
      let slot = slots.find((candidate) => candidate.job === null);
      if (!slot && slots.length < size) {
        slot = spawn();
        slots.push(slot);
      }
      if (!slot) return;
      const job = queue.shift()!;
      slot.job = job;
      slot.worker.ref();
      slot.worker.postMessage(job.request, job.transfer);
    }
    // Idle workers must not keep the process alive.
    for (const slot of slots) if (slot.job === null) slot.worker.unref();
  }

  return {
    run(task, input, transfer = []) {
      if (closed) return Promise.reject(new Error('The worker pool is closed.'));
      return new Promise((resolve, reject) => {
        queue.push({
          request: { id: nextId++, task, input },
          transfer,
          resolve: resolve as (value: unknown) => void,
          reject,
        });
        pump();
      });
    },
    async close() {
      closed = true;
      for (const job of queue.splice(0)) job.reject(new Error('The worker pool is closed.'));
      await Promise.all(
        slots.splice(0).map((slot) => {
          slot.job?.reject(new Error('The worker pool is closed.'));
          return slot.worker.terminate();
        }),
      );
    },
  };
}
