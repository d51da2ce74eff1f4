// Requests waiting for an answer from another process, matched by id.

export interface PendingRequests<T> {
  /** A fresh id and the promise its answer will settle. */
  open(): { id: number; promise: Promise<T> };
  resolve(id: number, value: T): void;
  reject(id: number, error: Error): void;
  /** Fails every open request, e.g. when the other process is gone. */
  rejectAll(error: Error): void;
  readonly size: number;
}

export function createPendingRequests<T>(): PendingRequests<T> {
  let nextId = 1;
  const waiting = new Map<
    number,
    { resolve: (value: T) => void; reject: (error: Error) => void }
  >();

  return {
    open() {
      const id = nextId++;
      const promise = new Promise<T>((resolve, reject) => waiting.set(id, { resolve, reject }));
      return { id, promise };
    },
    resolve(id, value) {
      waiting.get(id)?.resolve(value);
      waiting.delete(id);
    },
    reject(id, error) {
      waiting.get(id)?.reject(error);
      waiting.delete(id);
    },
    rejectAll(error) {
      const all = [...waiting.values()];
      waiting.clear();
      for (const request of all) request.reject(error);
    },
    get size() {
      return waiting.size;
    },
  };
}
