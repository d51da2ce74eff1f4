// Reads a response body as a stream: size cap on decoded bytes, idle timeout, truncation check.
import { untilAborted, type AbortScope } from './abort-scope.ts';
import { tooLargeError, truncatedError, timeoutError, type Subject } from './messages.ts';

export interface ReadBodyOptions {
  url: URL;
  scope: AbortScope;
  maxBytes: number;
  idleTimeoutMs: number;
  subject: Subject;
  onBytes?: (n: number) => void;
}

/** Content-Length as a number, or null when absent or not a plain non-negative integer. */
export function parseContentLength(value: string | null): number | null {
  if (value === null || !/^\s*\d+\s*$/.test(value)) return null;
  return Number(value);
}

/** Content-Length counts bytes on the wire; it says nothing about the decoded size. */
function isEncoded(response: Response): boolean {
  const encoding = response.headers.get('content-encoding')?.trim().toLowerCase();
  return encoding !== undefined && encoding !== '' && encoding !== 'identity';
}

export async function readBody(response: Response, options: ReadBodyOptions): Promise<Uint8Array> {
  const { url, scope, maxBytes, subject } = options;
  const declared = parseContentLength(response.headers.get('content-length'));
  // Refuse before reading a byte when the server says up front that it is too big.
  if (declared !== null && declared > maxBytes) {
    const error = tooLargeError(url, maxBytes, declared, subject);
    scope.fail(error);
    throw scope.failure ?? error;
  }
  if (!response.body) return new Uint8Array(0);

  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  let finished = false;
  try {
    for (;;) {
      const stopIdleTimer = scope.startTimer(options.idleTimeoutMs, () =>
        timeoutError(url, 'idle', options.idleTimeoutMs, subject),
      );
      let step: Awaited<ReturnType<typeof reader.read>>;
      try {
        step = await untilAborted(reader.read(), scope.signal);
      } catch (error) {
        // A stream error with no failure of ours is the server or the network dropping out mid-body.
        throw scope.failure ?? truncatedError(url, received, declared, subject, error);
      } finally {
        stopIdleTimer();
      }
      if (step.done) break;
      received += step.value.byteLength;
      // Counted after decoding, so a small gzip that inflates to gigabytes stops here too.
      if (received > maxBytes) {
        const error = tooLargeError(url, maxBytes, null, subject);
        scope.fail(error);
        throw scope.failure ?? error;
      }
      chunks.push(step.value);
      options.onBytes?.(step.value.byteLength);
    }
    finished = true;
  } finally {
    if (!finished) reader.cancel().catch(() => {});
  }
  if (declared !== null && !isEncoded(response) && received < declared) {
    throw truncatedError(url, received, declared, subject);
  }
  return concat(chunks, received);
}

function concat(chunks: Uint8Array[], length: number): Uint8Array {
  if (chunks.length === 1 && chunks[0]) return chunks[0];
  const body = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}
