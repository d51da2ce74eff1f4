// Makes article HTML safe to render (sanitize-html allowlist) and turns HTML into plain text.
import sanitizeHtml from 'sanitize-html';
import { htmlToText } from './html-to-text.ts';
import { safeUrl } from './urls.ts';

export { htmlToText };

const ARTICLE_TAGS = [
  ...['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'br', 'hr', 'div', 'span', 'section', 'article'],
  ...['a', 'img', 'figure', 'figcaption', 'picture', 'source'],
  ...['ul', 'ol', 'li', 'dl', 'dt', 'dd', 'blockquote', 'pre', 'code', 'kbd', 'samp', 'var'],
  ...['em', 'strong', 'b', 'i', 'u', 's', 'del', 'ins', 'sub', 'sup', 'mark', 'small'],
  ...['abbr', 'cite', 'q', 'dfn', 'time', 'address', 'details', 'summary', 'wbr', 'bdi', 'bdo'],
  ...['table', 'caption', 'colgroup', 'col', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td'],
];

// Disallowed elements normally keep their text; these lose it too, because their content
// is code, widgets, fallbacks for plugins, or markup we cannot render safely.
const DROP_WITH_CONTENT = [
  ...['script', 'style', 'template', 'noscript', 'iframe', 'frame', 'frameset', 'object'],
  ...['embed', 'applet', 'svg', 'math', 'canvas', 'video', 'audio', 'map', 'noembed'],
  ...['noframes', 'xmp', 'form', 'button', 'select', 'option', 'datalist', 'textarea'],
  ...['title', 'head', 'dialog'],
];

const CELL_ATTRIBUTES = ['colspan', 'rowspan', 'headers', 'scope'];

function srcsetOf(value: string | undefined, base: string | undefined): string | null {
  if (!value) return null;
  const candidates: string[] = [];
  for (const candidate of value.split(/,\s+/)) {
    const [url, ...descriptors] = candidate.trim().split(/\s+/);
    const safe = safeUrl(url, { base });
    if (safe) candidates.push([safe, ...descriptors].join(' '));
  }
  return candidates.length ? candidates.join(', ') : null;
}

function setOrDelete(attribs: sanitizeHtml.Attributes, name: string, value: string | null): void {
  if (value === null) delete attribs[name];
  else attribs[name] = value;
}

export interface SanitizeOptions {
  /**
   * Mark links to open outside the app without a referrer (rel="noopener noreferrer",
   * target="_blank"). Default true. Feed HTML leaves it to the reader, which opens every
   * link outside anyway, so stored feed items keep the publisher's markup.
   */
  linkTargets?: boolean;
}

function optionsFor(baseUrl: string | undefined, linkTargets: boolean): sanitizeHtml.IOptions {
  return {
    allowedTags: ARTICLE_TAGS,
    nonTextTags: DROP_WITH_CONTENT,
    disallowedTagsMode: 'discard',
    allowedAttributes: {
      '*': ['lang', 'dir'],
      a: ['href', 'title', 'rel', 'target'],
      img: ['src', 'srcset', 'sizes', 'alt', 'title', 'width', 'height'],
      source: ['srcset', 'sizes', 'type', 'media'],
      td: CELL_ATTRIBUTES,
      th: CELL_ATTRIBUTES,
      col: ['span'],
      colgroup: ['span'],
      ol: ['start', 'reversed', 'type'],
      li: ['value'],
      time: ['datetime'],
      abbr: ['title'],
      dfn: ['title'],
      details: ['open'],
    },
    // A second line of defence: our transforms below already absolutised and vetted URLs.
    allowedSchemes: ['http', 'https', 'mailto'],
    allowedSchemesByTag: { img: ['http', 'https', 'data'], source: ['http', 'https'] },
    allowProtocolRelative: false,
    transformTags: {
      a: (tagName, attribs) => {
        const href = safeUrl(attribs.href, { base: baseUrl, allowMailto: true });
        setOrDelete(attribs, 'href', href);
        // A publisher's own target="_blank" without noopener would hand the opened page our window.
        if (href && linkTargets)
          Object.assign(attribs, { rel: 'noopener noreferrer', target: '_blank' });
        else delete attribs.target;
        return { tagName, attribs };
      },
      img: (tagName, attribs) => {
        const src = attribs.src || attribs['data-src'];
        setOrDelete(attribs, 'src', safeUrl(src, { base: baseUrl, allowDataImage: true }));
        setOrDelete(attribs, 'srcset', srcsetOf(attribs.srcset, baseUrl));
        return { tagName, attribs };
      },
      source: (tagName, attribs) => {
        setOrDelete(attribs, 'srcset', srcsetOf(attribs.srcset, baseUrl));
        return { tagName, attribs };
      },
    },
    // An image without a usable source, or a <source> without a srcset, is just noise.
    exclusiveFilter: (frame) =>
      (frame.tag === 'img' && !frame.attribs.src) ||
      (frame.tag === 'source' && !frame.attribs.srcset),
    parser: { lowerCaseTags: true, lowerCaseAttributeNames: true, decodeEntities: true },
  };
}

/**
 * Returns `html` reduced to safe article markup: no scripts, event handlers, styles,
 * classes or ids, no embedded frames or plugins, URLs only http(s)/mailto (and inline
 * raster images), made absolute against `baseUrl`; relative URLs without a base are
 * dropped. Links open outside the app, without a referrer.
 */
export function sanitizeArticleHtml(
  html: string,
  baseUrl?: string,
  options: SanitizeOptions = {},
): string {
  return sanitizeHtml(html, optionsFor(baseUrl, options.linkTargets ?? true)).trim();
}
