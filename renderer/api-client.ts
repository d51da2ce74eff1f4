// The typed accessor for window.outpost: the renderer's only door to the backend.
import type { OutpostBridge } from '../shared/api.ts';

declare global {
  interface Window {
    /** Defined by the preload in the desktop app, or by main.tsx over HTTP in a browser. */
    outpost?: OutpostBridge;
  }
}

export function getOutpost(): OutpostBridge {
  const bridge = window.outpost;
  if (!bridge) throw new Error('Outpost is not connected: window.outpost is missing.');
  return bridge;
}

/** Turns whatever a failed call threw into a sentence for the user. */
export function describeError(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  return String(error);
}
