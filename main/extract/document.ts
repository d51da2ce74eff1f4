// What an imported document becomes, and the error a user sees when a file cannot become one.

export interface ParsedDocument {
  title: string;
  author: string | null;
  section: string | null;
  /** ISO 8601 UTC, or null. */
  published: string | null;
  url: string | null;
  leadImage: string | null;
  /** Sanitised HTML, safe to render. */
  html: string;
  /** Plain text, blocks separated by a blank line. */
  text: string;
}

export type DocumentErrorCode =
  'empty' | 'binary' | 'unsupported' | 'too-large' | 'no-article' | 'unreadable';

/** A file that cannot be imported; `message` names the file and says what to do. */
export class DocumentError extends Error {
  readonly code: DocumentErrorCode;

  constructor(message: string, code: DocumentErrorCode = 'unreadable') {
    super(message);
    this.name = 'DocumentError';
    this.code = code;
  }
}

/** The file name without its extension: the title of last resort. */
export function fileStem(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? name;
  const dot = base.lastIndexOf('.');
  return (dot > 0 ? base.slice(0, dot) : base).trim() || base;
}
