// Article extraction from web pages: chrome removal, metadata, URL resolution, fallbacks.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../main/extract/extract-article.ts';

const PAGE_URL = 'https://delta-courier.example/2024/09/12/flooding-niger-river/';
const newsPage = readFileSync(
  new URL('../../fixtures/extract/news-page.html', import.meta.url),
  'utf8',
);

const paragraph = (words: string): string =>
  `<p>${words} The mediators from the regional bloc said the talks, which began on Monday in the capital, would resume after consultations with both delegations and with the communities most affected by the fighting.</p>`;

describe('extractArticle on a page with chrome around the article', () => {
  const article = extractArticle(newsPage, { url: PAGE_URL });

  it('keeps every paragraph of the article', () => {
    expect(article.text).toContain(
      'Heavy seasonal rains have pushed the Niger River over its banks',
    );
    expect(article.text).toContain('boats were now the only way to reach several communities');
    expect(article.text).toContain(
      'Aid groups warned that standing water raises the risk of cholera.',
    );
  });

  it.each([
    'We use cookies',
    'Cookie Settings',
    'Skip to main content',
    'Post navigation',
    'Advertisement',
    'Share this',
    'Sahel briefing',
    'Comments',
    'My cousin lives near Konna',
    'Leave a Reply',
    'Subscribe',
  ])('drops "%s"', (phrase) => {
    expect(article.text.toLowerCase()).not.toContain(phrase.toLowerCase());
  });

  it('reads the metadata', () => {
    expect(article.title).toBe('Flooding Cuts Off Villages Along the Niger River');
    expect(article.byline).toBe('Moussa Keita');
    expect(article.published).toBe('2024-09-12T06:15:00.000Z');
    expect(article.leadImage).toBe('https://delta-courier.example/media/2024/09/flood.jpg');
    expect(article.section).toBe('Environment');
    expect(article.canonicalUrl).toBe(PAGE_URL);
  });

  it('resolves relative links and images against the page URL', () => {
    expect(article.html).toContain(
      'href="https://delta-courier.example/reports/flood-assessment.pdf"',
    );
    expect(article.html).toContain(
      'src="https://delta-courier.example/2024/09/12/flooding-niger-river/images/map-small.png"',
    );
  });

  it('returns text with paragraph breaks', () => {
    expect(article.text.split('\n\n').length).toBeGreaterThanOrEqual(3);
    expect(article.text).not.toMatch(/\n{3,}|<|&amp;/);
  });
});

describe('extractArticle', () => {
  it('resolves a relative <base> against the page URL', () => {
    const html = `<html><head><base href="/archive/"><title>Base Test Article Title Here</title></head><body><article>${paragraph('One.')}${paragraph('Two.')}<p><a href="notes.html">notes</a></p>${paragraph('Three.')}</article></body></html>`;
    const article = extractArticle(html, { url: 'https://site.example/2024/page.html' });
    expect(article.html).toContain('href="https://site.example/archive/notes.html"');
  });

  it('never keeps script, handlers or javascript: URLs from the page', () => {
    const html = `<html><head><title>Probe</title></head><body><article>${paragraph('One.')}<script>alert(1)</script><p onclick="alert(1)">Click <a href="javascript:alert(1)">here</a> <img src="x.png" onerror="alert(1)"></p>${paragraph('Two.')}<svg onload="alert(1)"></svg><iframe srcdoc="<script>alert(1)</script>"></iframe>${paragraph('Three.')}</article></body></html>`;
    const { html: out } = extractArticle(html, { url: PAGE_URL });
    expect(out).not.toMatch(/<script|\son\w+=|javascript:|<svg|<iframe|srcdoc/i);
    expect(out).toContain('The mediators from the regional bloc');
  });

  it('reads the date from JSON-LD, then <time>, and never returns an invalid date', () => {
    const body = `<body><article>${paragraph('One.')}${paragraph('Two.')}</article></body>`;
    const jsonLd = `<script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":"BlogPosting","datePublished":"2023-12-05T09:30:00+01:00"}]}</script>`;
    expect(extractArticle(`<html><head>${jsonLd}</head>${body}</html>`).published).toBe(
      '2023-12-05T08:30:00.000Z',
    );
    const time = `<body><article><time datetime="2021-03-04">4 March</time>${paragraph('One.')}${paragraph('Two.')}</article></body>`;
    expect(extractArticle(`<html><head></head>${time}</html>`).published).toBe(
      '2021-03-04T00:00:00.000Z',
    );
    const bogus = `<html><head><meta property="article:published_time" content="not a date"></head>${body}</html>`;
    expect(extractArticle(bogus).published).toBeNull();
  });

  it('takes the lead image from twitter:image when there is no og:image', () => {
    const html = `<html><head><meta name="twitter:image" content="//img.example/t.jpg"></head><body><article>${paragraph('One.')}${paragraph('Two.')}</article></body></html>`;
    expect(extractArticle(html, { url: PAGE_URL }).leadImage).toBe('https://img.example/t.jpg');
  });

  it('splits the site name off a <title> on an en dash', () => {
    const html = `<html><head><title>Lorem ipsum dolor sit amet – My website</title></head><body><article>${paragraph('One.')}${paragraph('Two.')}</article></body></html>`;
    expect(extractArticle(html).title).toBe('Lorem ipsum dolor sit amet');
  });

  it('falls back to the page text when there is no article to find', () => {
    const article = extractArticle(
      '<html><head><title>Note</title></head><body><div>Short note</div></body></html>',
    );
    expect(article.text).toBe('Short note');
    expect(article.title).toBe('Note');
  });

  it('copes with fragments and documents without <html>, <head> or <body>', () => {
    expect(extractArticle(`<title>T</title>${paragraph('Alpha.')}`).text).toContain('Alpha.');
    expect(extractArticle(`<p>Plain</p>`).text).toBe('Plain');
    expect(extractArticle('').text).toBe('');
  });

  it('turns MathML into readable text', () => {
    const math = '<math><mi>a</mi><mo>≠</mo><mn>0</mn></math>';
    const html = `<html><body><article>${paragraph('One.')}<p>When ${math}, there are two solutions.</p>${paragraph('Two.')}</article></body></html>`;
    const article = extractArticle(html);
    expect(article.text).toContain('When a ≠ 0 , there are two solutions.');
    expect(article.html).not.toContain('<math');
  });
});
