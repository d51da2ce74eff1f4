// Turns picked or dropped files into the base64 documents importDocuments takes, in batches the bridge accepts.
import type { ImportDocument } from '../../../shared/model.ts';

/** The bridge accepts 64 MB of base64 per document: about 48 MB of file. */
export const maxFileBytes = 45 * 1024 * 1024;
/** Keeps one call's body small enough to cross any bridge comfortably. */
const maxBatchBytes = 24 * 1024 * 1024;
const maxBatchCount = 200;

export const acceptedExtensions = ['.txt', '.html', '.htm', '.md', '.markdown'];

export type ReadOutcome =
  { ok: true; document: ImportDocument } | { ok: false; path: string; error: string };

export async function readFileAsDocument(file: File): Promise<ReadOutcome> {
  if (file.size > maxFileBytes) {
    return {
      ok: false,
      path: file.name,
      error: `The file is ${formatMegabytes(file.size)}, more than the ${formatMegabytes(maxFileBytes)} the window takes; import it with \`outpost import\` instead.`,
    };
  }
  try {
    return { ok: true, document: { name: file.name, base64: await readBase64(file) } };
  } catch {
    return {
      ok: false,
      path: file.name,
      error:
        'Outpost could not read this file. If it is a folder, import it with `outpost import`.',
    };
  }
}

function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('unreadable'));
    reader.readAsDataURL(file);
  });
}

/** Splits documents into calls of bounded size, keeping their order. */
export function batchDocuments(documents: ImportDocument[]): ImportDocument[][] {
  const batches: ImportDocument[][] = [];
  let current: ImportDocument[] = [];
  let bytes = 0;
  for (const document of documents) {
    if (
      current.length > 0 &&
      (bytes + document.base64.length > maxBatchBytes || current.length >= maxBatchCount)
    ) {
      batches.push(current);
      current = [];
      bytes = 0;
    }
    current.push(document);
    bytes += document.base64.length;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

function formatMegabytes(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024))} MB`;
}
