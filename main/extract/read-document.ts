// Turns an imported file (.txt, .html/.htm, .md/.markdown) into a ParsedDocument, or a DocumentError the user can act on.
import { decodeDocument } from './decode.ts';
import { DocumentError, fileStem } from './document.ts';
import type { ParsedDocument } from './document.ts';
import { extractArticle } from './extract-article.ts';
import { importMarkdown } from './import-markdown.ts';
import { importText } from './import-text.ts';

export { DocumentError } from './document.ts';
export type { DocumentErrorCode, ParsedDocument } from './document.ts';

/** The largest file readDocument accepts (callers should check the size before reading). */
export const MAX_DOCUMENT_BYTES = 50 * 1024 * 1024;

type Kind = 'text' | 'html' | 'markdown';

/** A document before the file name stands in for a missing title. */
type Draft = Omit<ParsedDocument, 'title'> & { title: string | null };

const KINDS: Record<string, Kind> = {
  '.txt': 'text',
  '.html': 'html',
  '.htm': 'html',
  '.md': 'markdown',
  '.markdown': 'markdown',
};

export const SUPPORTED_EXTENSIONS = Object.keys(KINDS);

const SUPPORTED = '.txt, .html, .htm, .md or .markdown';

/** File signatures of formats people try to import, to name them in the error. */
const SIGNATURES: Array<[string, number[]]> = [
  ['a PDF document', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['a JPEG image', [0xff, 0xd8, 0xff]],
  ['a GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['a ZIP archive (or a Word, EPUB or OpenDocument file)', [0x50, 0x4b, 0x03, 0x04]],
  ['a compressed (gzip) file', [0x1f, 0x8b]],
  ['an old-style Word or Office document', [0xd0, 0xcf, 0x11, 0xe0]],
  ['a WebP image or other RIFF media file', [0x52, 0x49, 0x46, 0x46]],
];

function extensionOf(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? name;
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot).toLowerCase() : '';
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(1)} MB`
    : `${Math.ceil(bytes / 1024)} KB`;
}

function notText(name: string, what: string): DocumentError {
  return new DocumentError(
    `"${name}" is not a text document (it looks like ${what}). Outpost imports articles saved as ${SUPPORTED}: save or export the article in one of those formats and import that file.`,
    'binary',
  );
}

function checkBytes(name: string, bytes: Uint8Array): void {
  if (bytes.length > MAX_DOCUMENT_BYTES) {
    throw new DocumentError(
      `"${name}" is ${formatBytes(bytes.length)}; Outpost imports articles up to ${formatBytes(MAX_DOCUMENT_BYTES)}. Is this really a single article?`,
      'too-large',
    );
  }
  if (bytes.length === 0) {
    throw new DocumentError(`"${name}" is empty: there is no text to import.`, 'empty');
  }
  for (const [what, signature] of SIGNATURES) {
    if (signature.every((byte, i) => bytes[i] === byte)) throw notText(name, what);
  }
}

/** Binary data decodes to NULs and control characters that no text document contains. */
function checkDecoded(name: string, text: string): void {
  const sample = text.slice(0, 65536);
  // eslint-disable-next-line no-control-regex -- control characters are what we look for
  const controls = sample.match(/[\u0000-\u0008\u000e-\u001f\u007f-\u009f\ufffd]/g)?.length ?? 0;
  if (sample.includes('\u0000') || controls > Math.max(8, sample.length * 0.01)) {
    throw notText(name, 'binary data');
  }
  if (!text.trim()) {
    throw new DocumentError(
      `"${name}" contains only blank space: there is no text to import.`,
      'empty',
    );
  }
}

function fromHtml(source: string, url: string | undefined): Draft {
  const article = extractArticle(source, { url });
  return {
    title: article.title || null,
    author: article.byline,
    section: article.section,
    published: article.published,
    url: url ?? article.canonicalUrl,
    leadImage: article.leadImage,
    html: article.html,
    text: article.text,
  };
}

/**
 * Reads one imported file. `name` is the file's name (its extension decides the format)
 * and appears in every error message; `options.url` is where the document came from.
 * Throws DocumentError for files that are empty, binary, too large, of an unsupported
 * type, or hold no readable article.
 */
export function readDocument(
  name: string,
  bytes: Uint8Array,
  options: { url?: string } = {},
): ParsedDocument {
  const kind = KINDS[extensionOf(name)];
  if (!kind) {
    const extension = extensionOf(name);
    throw new DocumentError(
      `"${name}" cannot be imported: ${extension ? `${extension} files are` : 'files without an extension are'} not supported. Outpost imports ${SUPPORTED} files.`,
      'unsupported',
    );
  }
  checkBytes(name, bytes);
  const source = decodeDocument(bytes, { html: kind === 'html' });
  checkDecoded(name, source);
  let parsed: Draft;
  if (kind === 'html') parsed = fromHtml(source, options.url);
  else if (kind === 'markdown') {
    const article = importMarkdown(source, options.url);
    parsed = { ...article, section: null, leadImage: null };
  } else {
    const article = importText(source);
    parsed = { ...article, published: null, url: options.url ?? null, leadImage: null };
  }
  // A text or Markdown file may be just a headline (a note); a web page without text is not an article.
  if (!parsed.text && (kind === 'html' || !parsed.title)) {
    throw new DocumentError(
      `"${name}" has no readable article text. If it is a saved web page, open it in a browser and save the article again (or copy its text into a .txt file).`,
      'no-article',
    );
  }
  return { ...parsed, title: parsed.title ?? fileStem(name) };
}
