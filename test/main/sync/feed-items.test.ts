import { describe, expect, it } from 'vitest';
import { cleanAuthor, makeExcerpt, withLeadImage } from '../../../main/extract/article-text.ts';
import { initialFullText, isTeaser } from '../../../main/sync/feed-items.ts';
import { canonicalLink } from '../../../main/sync/canonical-link.ts';

const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');

describe('isTeaser', () => {
  it('takes a separate full-content field as the article unless tiny or cut off', () => {
    expect(isTeaser({ contentHtml: '<p>…</p>' }, words(80))).toBe(false);
    expect(isTeaser({ contentHtml: '<p>…</p>' }, words(20))).toBe(true);
    expect(isTeaser({ contentHtml: '<p>…</p>' }, `${words(90)} Continue reading`)).toBe(true);
  });

  it('takes a description alone as a teaser unless it is long', () => {
    expect(isTeaser({ contentHtml: null }, words(60))).toBe(true);
    expect(isTeaser({ contentHtml: null }, words(400))).toBe(false);
    expect(isTeaser({ contentHtml: null }, `${words(400)} […]`)).toBe(true);
  });

  it('follows the feed policy', () => {
    expect(initialFullText('feed', { link: 'https://a/b', contentHtml: null }, words(5))).toBe(
      'none',
    );
    expect(
      initialFullText('always', { link: 'https://a/b', contentHtml: '<p/>' }, words(900)),
    ).toBe('pending');
    expect(initialFullText('when-summary', { link: null, contentHtml: null }, words(5))).toBe(
      'none',
    );
    expect(
      initialFullText('when-summary', { link: 'https://a/b', contentHtml: null }, words(5)),
    ).toBe('pending');
  });
});

describe('withLeadImage', () => {
  it('puts the lead image on top of a body without pictures, escaped', () => {
    expect(withLeadImage('<p>Text</p>', 'https://img.example/a.jpg?x=1&y="2"')).toBe(
      '<figure><img src="https://img.example/a.jpg?x=1&amp;y=&quot;2&quot;" alt="" /></figure><p>Text</p>',
    );
  });

  it('leaves bodies with images, and non-http images, alone', () => {
    expect(withLeadImage('<p><img src="https://x/1.png" /></p>', 'https://x/2.png')).toBe(
      '<p><img src="https://x/1.png" /></p>',
    );
    expect(withLeadImage('<p>Text</p>', 'javascript:alert(1)')).toBe('<p>Text</p>');
    expect(withLeadImage('<p>Text</p>', null)).toBe('<p>Text</p>');
  });
});

describe('canonicalLink', () => {
  it('drops tracking parameters, fragments and the scheme, and sorts the rest', () => {
    expect(canonicalLink('https://News.Example.org/a?utm_source=rss&b=2&a=1&fbclid=x#top')).toBe(
      '//news.example.org/a?a=1&b=2',
    );
    expect(canonicalLink('http://news.example.org/a?a=1&b=2')).toBe('//news.example.org/a?a=1&b=2');
    expect(canonicalLink('mailto:someone@example.org')).toBeNull();
    expect(canonicalLink('not a url')).toBeNull();
  });
});

describe('excerpts and authors', () => {
  it('leaves image captions out of the excerpt', () => {
    const html =
      '<figure><img src="https://x/a.png" alt="" /><figcaption>The harbour.</figcaption></figure><p>Boats left at dawn.</p>';
    expect(makeExcerpt('The harbour.\n\nBoats left at dawn.', html)).toBe('Boats left at dawn.');
    expect(makeExcerpt('Boats left at dawn.', '<p>Boats left at dawn.</p>')).toBe(
      'Boats left at dawn.',
    );
  });

  it('drops a leading "By" from author names', () => {
    expect(cleanAuthor('By Amina Diallo')).toBe('Amina Diallo');
    expect(cleanAuthor('  by  ')).toBeNull();
    expect(cleanAuthor('Byron Katie')).toBe('Byron Katie');
    expect(cleanAuthor(null)).toBeNull();
  });
});
