// readDocument: dispatch on extension, decoding, and the errors a user sees for bad files.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  DocumentError,
  MAX_DOCUMENT_BYTES,
  readDocument,
} from '../../../main/extract/read-document.ts';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

function documentError(run: () => unknown): DocumentError {
  try {
    run();
  } catch (error) {
    if (error instanceof DocumentError) return error;
    throw error;
  }
  throw new Error('expected a DocumentError');
}

describe('readDocument errors', () => {
  it.each([
    ['an empty file', 'empty.txt', new Uint8Array(0), 'empty'],
    ['a file of blank space', 'blank.md', utf8(' \n\t\r\n  \n'), 'empty'],
    [
      'a PNG renamed .txt',
      'photo.txt',
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
      'binary',
    ],
    [
      'a PDF renamed .txt',
      'report.txt',
      utf8('%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\n'),
      'binary',
    ],
    [
      'text with NUL bytes',
      'dump.txt',
      new Uint8Array([0x48, 0x69, 0x00, 0x00, 0x21, 0x0a]),
      'binary',
    ],
    ['a PDF with its own extension', 'report.pdf', utf8('%PDF-1.7'), 'unsupported'],
    ['a file without an extension', 'README', utf8('hello'), 'unsupported'],
    [
      'an HTML page without any text',
      'blank.html',
      utf8('<html><head><script>x()</script></head><body> </body></html>'),
      'no-article',
    ],
  ])('rejects %s, naming the file', (_label, name, bytes, code) => {
    const error = documentError(() => readDocument(name, bytes));
    expect(error.code).toBe(code);
    expect(error.message).toContain(`"${name}"`);
  });

  it('says what a binary file looks like and what to do', () => {
    const error = documentError(() => readDocument('scan.txt', utf8('%PDF-1.4 ...')));
    expect(error.message).toMatch(/PDF/);
    expect(error.message).toMatch(/\.txt, \.html/);
  });

  it('refuses a file larger than MAX_DOCUMENT_BYTES', () => {
    expect(MAX_DOCUMENT_BYTES).toBe(50 * 1024 * 1024);
    const error = documentError(() =>
      readDocument('huge.txt', new Uint8Array(MAX_DOCUMENT_BYTES + 1)),
    );
    expect(error.code).toBe('too-large');
    expect(error.message).toContain('"huge.txt"');
    expect(error.message).toContain('50.0 MB');
  });
});

describe('readDocument decoding', () => {
  it('decodes windows-1252 bytes (not valid UTF-8)', () => {
    // "Le café « Zinc » ouvre" with curly quotes and an en dash, encoded as windows-1252.
    const bytes = new Uint8Array([
      ...utf8('Caf'),
      0xe9,
      ...utf8(' Reopens\n\n'),
      0x93,
      ...utf8('The caf'),
      0xe9,
      ...utf8(' is back'),
      0x94,
      ...utf8(', she said '),
      0x96,
      ...utf8(' it'),
      0x92,
      ...utf8('s 5'),
      0x80,
      ...utf8('.'),
    ]);
    const doc = readDocument('cafe.txt', bytes);
    expect(doc.title).toBe('Café Reopens');
    expect(doc.text).toBe('“The café is back”, she said – it’s 5€.');
  });

  it('follows the charset an HTML page declares', () => {
    const head = utf8(
      '<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><title>Caf',
    );
    const rest = utf8(' news</title></head><body><p>Le caf');
    const tail = utf8(' est ouvert, a dit le patron.</p></body></html>');
    const doc = readDocument(
      'page.htm',
      new Uint8Array([...head, 0xe9, ...rest, 0xe9, 0x92, ...tail]),
    );
    expect(doc.title).toBe('Café news');
    expect(doc.text).toBe('Le café’ est ouvert, a dit le patron.');
  });

  it('prefers valid UTF-8 over a stale legacy declaration in a saved page', () => {
    const page =
      '<html><head><meta charset="gb2312"><title>人工智能迈上新台阶</title></head>' +
      '<body><article><p>DeepMind新电脑已可利用记忆自学，人工智能迈上新台阶。研究人员表示这是重要的一步。</p></article></body></html>';
    const doc = readDocument('saved.html', utf8(page));
    expect(doc.title).toBe('人工智能迈上新台阶');
    expect(doc.text).toContain('DeepMind新电脑已可利用记忆自学');
  });

  it('honours a UTF-16 byte order mark', () => {
    const text = 'Headline Here\n\nBody with ü and 中文.';
    const bytes = new Uint8Array([0xff, 0xfe, ...new Uint8Array(Buffer.from(text, 'utf16le'))]);
    expect(readDocument('wide.txt', bytes).text).toBe('Body with ü and 中文.');
  });

  it('strips a UTF-8 byte order mark', () => {
    const doc = readDocument(
      'bom.txt',
      new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Title Line\n\nBody.')]),
    );
    expect(doc.title).toBe('Title Line');
  });
});

describe('readDocument formats', () => {
  it('reads the Niger text article', () => {
    const bytes = readFileSync(
      new URL('../../fixtures/articles/niger-eu-missions.txt', import.meta.url),
    );
    const doc = readDocument('niger-eu-missions.txt', bytes, { url: 'https://example.org/niger' });
    expect(doc.title).toBe('Niger Terminates EU Security Missions, Seeks Closer Ties with Russia');
    expect(doc.section).toBe('Africa');
    expect(doc.url).toBe('https://example.org/niger');
    expect(doc.html).toContain(
      '<h2>Russian Military Strengthening Ties with Niger Amid Regional Power Shift</h2>',
    );
  });

  it('reads an HTML page through the article extractor', () => {
    const bytes = readFileSync(new URL('../../fixtures/extract/news-page.html', import.meta.url));
    const doc = readDocument('news-page.html', bytes);
    expect(doc.title).toBe('Flooding Cuts Off Villages Along the Niger River');
    expect(doc.author).toBe('Moussa Keita');
    expect(doc.section).toBe('Environment');
    expect(doc.published).toBe('2024-09-12T06:15:00.000Z');
    expect(doc.text).not.toContain('We use cookies');
    // No URL was given, so the page's relative links have nothing to resolve against.
    expect(doc.url).toBeNull();
  });

  it('reads Markdown, keeping raw HTML out', () => {
    const md =
      '---\ntitle: Harmattan Season\ndate: 2024-01-15\n---\n\nDust <script>alert(1)</script> <img src=x onerror=alert(1)> everywhere.\n';
    const doc = readDocument('notes.markdown', utf8(md));
    expect(doc.title).toBe('Harmattan Season');
    expect(doc.published).toBe('2024-01-15T00:00:00.000Z');
    expect(doc.html).not.toMatch(/<script|<img/);
    expect(doc.text).toContain('Dust');
  });

  it('falls back to the file name for the title', () => {
    expect(
      readDocument(
        'field-notes.txt',
        utf8('It rained all night in Gao, and the road to the river flooded.'),
      ).title,
    ).toBe('field-notes');
    expect(readDocument('Plain.MD', utf8('Just a paragraph.')).title).toBe('Plain');
  });

  it('accepts a text file that is only a headline', () => {
    const doc = readDocument('note.txt', utf8('Call the embassy\n'));
    expect(doc.title).toBe('Call the embassy');
    expect(doc.text).toBe('');
  });
});
