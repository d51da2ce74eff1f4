// Why a file is not a usable feed, in words the user can act on.

export type FeedErrorCode = 'empty' | 'not-a-feed' | 'malformed' | 'too-large';

export class FeedError extends Error {
  readonly code: FeedErrorCode;
  /** Feeds an HTML page advertises (`<link rel="alternate">`), absolute; empty otherwise. */
  readonly alternates: string[];

  constructor(code: FeedErrorCode, message: string, alternates: string[] = []) {
    super(message);
    this.name = 'FeedError';
    this.code = code;
    this.alternates = alternates;
  }
}
