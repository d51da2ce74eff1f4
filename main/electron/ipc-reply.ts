// The envelope an API answer crosses IPC in (the HTTP bridge's shape), so the renderer sees our
// message rather than Electron's "Error invoking remote method …" wrapper, and never a stack.

export type IpcReply = { ok: true; value: unknown } | { ok: false; error: { message: string } };

export function replyWithValue(value: unknown): IpcReply {
  return { ok: true, value };
}

export function replyWithError(message: string): IpcReply {
  return { ok: false, error: { message } };
}

/** The value of a reply, or the reply's message thrown as an Error. */
export function unwrapReply(reply: unknown): unknown {
  if (typeof reply === 'object' && reply !== null && 'ok' in reply) {
    const candidate = reply as Partial<{
      ok: boolean;
      value: unknown;
      error: { message?: unknown };
    }>;
    if (candidate.ok === true) return candidate.value;
    if (typeof candidate.error?.message === 'string') throw new Error(candidate.error.message);
  }
  throw new Error('Outpost gave an unexpected answer. Restart Outpost if this keeps happening.');
}
