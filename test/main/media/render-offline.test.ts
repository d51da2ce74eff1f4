// What the reader is given to render: images from the offline cache or placeholders, never a web address.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sanitizeArticleHtml } from '../../../main/extract/sanitize.ts';
import { countMissingImages, renderOffline, type OfflineImage } from '../../../main/media-files.ts';

const file = 'a'.repeat(64) + '.webp';
const cached = (url: string): [string, OfflineImage] => [url, { file, reason: null }];
const failed = (url: string, reason: string): [string, OfflineImage] => [
  url,
  { file: null, reason },
];

/** Any way left for the page to ask the web for something. */
function webRequests(html: string): string[] {
  return [...html.matchAll(/\s(src|srcset|poster|data|background)="([^"]*)"/gi)]
    .map((match) => match[2]!)
    .filter((value) => /(^|,\s*)(https?:)?\/\//i.test(value));
}

describe('rendering an article for offline reading', () => {
  it('points a cached image at its offline copy and drops the alternatives', () => {
    const html = sanitizeArticleHtml(
      '<img src="https://example.org/a.jpg" srcset="https://example.org/a.jpg 1x, https://example.org/a2.jpg 2x" alt="A harbour" width="640">',
    );
    const out = renderOffline(html, new Map([cached('https://example.org/a.jpg')]));
    expect(out).toBe(`<img src="/media/${file}" alt="A harbour" width="640">`);
    expect(countMissingImages(out)).toBe(0);
  });

  it('uses any cached candidate of a srcset or a <picture>', () => {
    const picture = sanitizeArticleHtml(
      '<picture><source srcset="https://example.org/p.webp" type="image/webp"><img src="https://example.org/p.jpg" alt="Port"></picture>',
    );
    const out = renderOffline(picture, new Map([cached('https://example.org/p.webp')]));
    expect(out).toBe(`<img src="/media/${file}" alt="Port">`);
  });

  it('puts a placeholder, saying why, where an image is not saved', () => {
    const html = sanitizeArticleHtml(
      '<p>Before</p><picture><source srcset="https://cdn.example.org/x.avif"><img src="https://example.org/x.jpg" alt="Storm"></picture><img src="https://example.org/y.svg">',
    );
    const out = renderOffline(
      html,
      new Map([
        failed(
          'https://example.org/y.svg',
          'SVG images are not kept offline: they can carry scripts.',
        ),
      ]),
    );
    expect(webRequests(out)).toEqual([]);
    expect(countMissingImages(out)).toBe(2);
    expect(out).toContain('aria-label="Storm (not saved for offline reading)"');
    expect(out).toContain('title="SVG images are not kept offline: they can carry scripts."');
    expect(out).toContain('<p>Before</p>');
  });

  it('keeps inline images, drops one-pixel trackers', () => {
    const gif = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
    const html = sanitizeArticleHtml(
      `<img src="${gif}" srcset="https://example.org/lazy.jpg 2x" alt="x"><img src="https://tracker.example/p.gif" width="1" height="1">`,
    );
    const out = renderOffline(html, new Map());
    expect(out).toBe(`<img src="${gif}" alt="x">`);
  });

  it('never leaves a web address in anything that loads, whatever the markup', () => {
    const url = fc.constantFrom(
      'https://example.org/a.jpg',
      'http://example.org/b.png',
      '//example.org/c.gif',
      'https://example.org/d.svg',
      'data:image/png;base64,iVBORw0KGgo=',
      'images/relative.jpg',
    );
    const image = fc.oneof(
      fc
        .record({ src: url, srcset: fc.option(url), alt: fc.string() })
        .map(
          ({ src, srcset, alt }) =>
            `<img src="${src}"${srcset ? ` srcset="${srcset} 2x, ${src} 1x"` : ''} alt="${alt.replace(/"/g, '')}">`,
        ),
      fc
        .tuple(url, url)
        .map(([source, img]) => `<picture><source srcset="${source}"><img src="${img}"></picture>`),
      fc.constant('<p>text</p>'),
    );
    fc.assert(
      fc.property(fc.array(image, { maxLength: 6 }), fc.boolean(), (parts, someCached) => {
        const html = sanitizeArticleHtml(parts.join(''), 'https://example.org/story/');
        const images = new Map<string, OfflineImage>(
          someCached ? [cached('https://example.org/a.jpg')] : [],
        );
        expect(webRequests(renderOffline(html, images))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
