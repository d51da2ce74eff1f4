// The guarded pre-clean: chrome goes, the article never does.
import { describe, expect, it } from 'vitest';
import { parseHtmlDocument } from '../../../main/extract/dom.ts';
import { findChrome, precleanDocument } from '../../../main/extract/preclean.ts';

const article = (n: number): string =>
  Array.from(
    { length: n },
    (_, i) =>
      `<p>Paragraph ${i + 1} of the report describes how the floods spread along the river valley, which villages were cut off and what aid had arrived by the end of the week.</p>`,
  ).join('');

function cleaned(body: string): string {
  const doc = parseHtmlDocument(`<!DOCTYPE html><html><head></head><body>${body}</body></html>`);
  precleanDocument(doc);
  return doc.body.innerHTML;
}

describe('precleanDocument', () => {
  it.each([
    [
      'a consent banner by class',
      '<div class="cmp-banner"><p>Privacy choices</p><button>OK</button></div>',
      'Privacy choices',
    ],
    [
      'a cookie banner by its text',
      '<div><p>This site uses cookies. By continuing you agree.</p><a href="/p">Manage settings</a></div>',
      'uses cookies',
    ],
    [
      'a Disqus thread',
      '<div id="disqus_thread"><p>Comment from a reader about the floods.</p></div>',
      'Comment from a reader',
    ],
    [
      'a WordPress comments area',
      '<div id="comments" class="comments-area"><ol class="comment-list"><li><article class="comment-body"><p>Great piece.</p></article></li></ol></div>',
      'Great piece',
    ],
    [
      'a share bar',
      '<div class="share-buttons"><a href="#">Facebook</a><a href="#">X</a></div>',
      'Facebook',
    ],
    [
      'a related-links block found by its heading',
      '<div><h3>Related</h3><ul><li><a href="/a">Older story one</a></li><li><a href="/b">Older story two</a></li></ul></div>',
      'Older story',
    ],
    [
      'a newsletter box',
      '<aside class="newsletter-box"><p>Get our briefing.</p></aside>',
      'briefing',
    ],
    [
      'an advertising label and its slot',
      '<div class="unit-x"><p>Advertisement</p><div id="slot"></div><button>close button</button></div>',
      'close button',
    ],
    ['a skip link', '<a class="a11y" href="#main">Skip to content</a>', 'Skip to content'],
    [
      'post navigation',
      '<nav class="post-navigation"><h2>Post navigation</h2><a href="/prev">Previous</a></nav>',
      'Post navigation',
    ],
    [
      'a fixed overlay',
      '<div style="position: fixed; inset: 0">Please disable your ad blocker.</div>',
      'ad blocker',
    ],
  ])('removes %s', (_label, chrome, phrase) => {
    const html = cleaned(`<article>${article(4)}</article>${chrome}`);
    expect(html).not.toContain(phrase);
    expect(html).toContain('Paragraph 4 of the report');
  });

  it('never removes <article>, <main> or <body>, whatever their class', () => {
    const html = cleaned(
      `<main class="comments"><article class="share related">${article(3)}</article></main>`,
    );
    expect(html).toContain('Paragraph 3 of the report');
  });

  it('never removes an element that holds most of the text', () => {
    const html = cleaned(
      `<div class="entry-content related-coverage">${article(5)}</div><div class="sidebar">Short</div>`,
    );
    expect(html).toContain('Paragraph 5 of the report');
  });

  it('never touches code', () => {
    const html = cleaned(
      `<article>${article(3)}<pre><code><span class="comment">// share the cache</span></code></pre></article>`,
    );
    expect(html).toContain('share the cache');
  });

  it('keeps sentences that mention cookies or advertising', () => {
    const html = cleaned(
      `<article>${article(3)}<p>Bakers said cookies and bread sold out; we accept that prices will rise, the union said.</p><p>Advertisement spending fell.</p></article>`,
    );
    expect(html).toContain('Bakers said cookies');
    expect(html).toContain('Advertisement spending fell.');
  });

  it('reports what it found and why', () => {
    const doc = parseHtmlDocument(
      `<body><article>${article(3)}</article><div class="sharedaddy">Share</div></body>`,
    );
    expect(findChrome(doc).map((finding) => finding.reason)).toEqual(['class']);
  });
});

describe('precleanDocument guard', () => {
  it('keeps a wrapper whose class looks like chrome when it holds the article', () => {
    const html = cleaned(
      `<div class="site-content has-ads"><article><h1>Floods</h1>${article(2)}</article></div><div class="archive">${article(3)}</div>`,
    );
    expect(html).toContain('<h1>Floods</h1>');
  });
});
