// Markdown import: front matter, title from the first heading, no raw HTML, absolute links.
import { describe, expect, it } from 'vitest';
import { importMarkdown } from '../../../main/extract/import-markdown.ts';

describe('importMarkdown', () => {
  it('reads front matter fields', () => {
    const article = importMarkdown(
      [
        '---',
        'title: "Elections: What Comes Next"',
        "author: 'Fatou Ndiaye'",
        'date: 2024-02-25 18:30',
        'url: https://news.example/elections/next',
        'tags:',
        '  - senegal',
        '---',
        '',
        'The vote was [postponed](../postponed) once already.',
      ].join('\n'),
    );
    expect(article.title).toBe('Elections: What Comes Next');
    expect(article.author).toBe('Fatou Ndiaye');
    expect(article.published).toBe('2024-02-25T18:30:00.000Z');
    expect(article.url).toBe('https://news.example/elections/next');
    expect(article.html).toContain('href="https://news.example/postponed"');
    expect(article.text).toBe('The vote was postponed once already.');
  });

  it('takes the first # heading as the title and removes it from the body', () => {
    const article = importMarkdown(
      '# The *Dry* Season\n\nWells are running low.\n\n## Outlook\n\nRain is due in June.\n',
    );
    expect(article.title).toBe('The Dry Season');
    expect(article.html).not.toContain('<h1>');
    expect(article.html).toContain('<h2>Outlook</h2>');
    expect(article.text).toBe('Wells are running low.\n\nOutlook\n\nRain is due in June.');
  });

  it('has no title when there is neither front matter nor a heading', () => {
    expect(importMarkdown('Just *words*.').title).toBeNull();
  });

  it('renders raw HTML as text, never as markup', () => {
    const article = importMarkdown(
      'Text <script>alert(1)</script>\n\n<iframe src="https://evil.example"></iframe>\n\n[x](javascript:alert(1)) <b onclick="x()">b</b>',
    );
    expect(article.html).not.toMatch(/<(script|iframe|b)\b|href="javascript:|<[^>]*\son\w+=/);
    expect(article.text).toContain('<script>alert(1)</script>');
  });

  it('links bare URLs and keeps them safe', () => {
    const article = importMarkdown('See https://reliefweb.example/report for details.');
    expect(article.html).toContain(
      '<a href="https://reliefweb.example/report" rel="noopener noreferrer" target="_blank">',
    );
  });

  it('handles Windows line endings and a BOM in front matter', () => {
    const article = importMarkdown('\uFEFF---\r\ntitle: Windows\r\n---\r\nBody text.\r\n');
    expect(article.title).toBe('Windows');
    expect(article.text).toBe('Body text.');
  });

  it('reads front matter values with comments, quotes and long runs of spaces', () => {
    const spaces = ' '.repeat(200_000);
    const started = performance.now();
    const article = importMarkdown(
      `---\ntitle: Wells${spaces}Run Dry   # draft\nauthor: "Awa  Ba # not a comment"\ndate:${spaces}\n---\n\nBody.`,
    );
    // Backtracking patterns took minutes on such a line; a scan takes milliseconds.
    expect(performance.now() - started).toBeLessThan(2000);
    expect(article.title).toBe(`Wells${spaces}Run Dry`);
    expect(article.author).toBe('Awa  Ba # not a comment');
    expect(article.published).toBeNull();
  });
});
