// Where the worker thread's entry lives when running from source (CLI, tests, outpost serve).
// The desktop bundle replaces this module with one pointing at the bundled worker.

export const defaultWorkerUrl = new URL('./worker.ts', import.meta.url);
