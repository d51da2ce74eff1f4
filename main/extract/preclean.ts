// Removes page chrome Readability tends to keep (consent banners, comment widgets, share bars,
// related links, newsletter boxes, ad labels, skip links, post navigation) before extraction.
import { isElement, TEXT_NODE } from './dom.ts';
import type { DomDocument, DomElement } from './dom.ts';

/**
 * Class/id tokens (whole tokens, case-insensitive) that name a piece of chrome. Matching
 * whole tokens rather than substrings keeps "comment" from hitting "commentary" and "ad"
 * from hitting "header".
 */
const CHROME_TOKENS: RegExp[] = [
  // consent and cookie banners
  /cookie|consent|gdpr|^cmp[-_]|^onetrust|^didomi|^qc-cmp|^truste|^usercentrics|^osano|^cc[-_](window|banner)$/,
  // comment widgets
  /^(comments?|comments?[-_].+|commentlist|respond|wpdiscuz.*|wpd[-_].+|wpdcom)$/,
  /^(disqus.*|dsq[-_].*|fb[-_]comments|coral[-_].*)$/,
  // share and like bars
  /^(share|shares|sharing|sharedaddy|share[-_].+|.+[-_]share|.+[-_]sharing|addtoany|a2a[-_]kit)$/,
  /^(shareaholic.*|sharethis.*|ssba.*|heateor.*|social[-_](share|sharing|links|buttons|icons|bar))$/,
  /^(sd[-_](sharing.*|social.*|like)|jetpack[-_]likes.*)$/,
  // related and recommended links
  /^(related|related[-_].+|.+[-_]related|jp[-_]relatedposts.*|yarpp.*|crp[-_]related.*|rp4wp.*)$/,
  /^(more[-_](stories|articles|from.*|news)|read[-_]next|recommended([-_].+)?|outbrain.*|taboola.*)$/,
  // newsletter sign-up boxes
  /^(newsletter.*|.+[-_]newsletter.*|subscribe[-_](box|form|widget|banner|bar|block)|mc4wp.*|optin.*)$/,
  // advertising slots
  /^(ads?|adverts?|advertisement|advertising|adsbygoogle|sponsored([-_].+)?|div-gpt-ad.*|gpt[-_]ad.*)$/,
  /^(ads?[-_](slot|label|unit|container|wrapper|block|banner|box|inarticle|placeholder|zone).*|.+[-_]ads?)$/,
  // skip links and post-to-post navigation
  /^(skip[-_]?link|skip[-_]to[-_]content|screen[-_]reader[-_]shortcut)$/,
  /^(post[-_]navigation|posts[-_]navigation|post[-_]nav|navigation|nav[-_](links|previous|next|below|above|single))$/,
  /^breadcrumbs?$/,
];

const CHROME_ARIA =
  /\b(cookies?|consent|share|sharing|comments|newsletter|advertisement|breadcrumbs?|post navigation)\b/i;
/** The whole text of an advertising label. */
const AD_LABEL =
  /^[-–—\s]*(advertisement|advertisements|advertising|advert|sponsored|anzeige|publicité|publicidad|pubblicità|reklama)([-–—:\s]+(scroll|continue)[\w\s]*)?[-–—\s]*$|^(story|article) continues (below|after) (this )?advertisement$/i;
/** The whole text of a heading that introduces chrome. */
const CHROME_HEADING =
  /^(share this( (article|story|post))?|share|like this|related( (posts|articles|stories))?|you may also like|post navigation|leave a (comment|reply)|comments)\s*:?$/i;
/** The whole text of a small widget element (comment counters, buttons). */
const CHROME_TEXT =
  /^((\d+|no|one) (comments?|responses?|replies)|notify of|inline feedbacks|view all comments|load more comments|subscribe( now)?|close button)$/i;
const SKIP_LINK = /^(skip|jump) to\b/i;
const FIXED = /position\s*:\s*(fixed|sticky)/i;

const PROTECTED = new Set(['html', 'head', 'body', 'main', 'article']);
/** An element holding more than this share of the page's readable text is the article, not chrome. */
const MAX_CONTENT_SHARE = 0.5;
const INVISIBLE = new Set(['script', 'style', 'noscript', 'template']);

/** The length `text` would have with whitespace runs collapsed, without building that string. */
function collapsedLength(text: string): number {
  let length = 0;
  let inSpace = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const space = code === 32 || (code >= 9 && code <= 13) || code === 160;
    if (!space || !inSpace) length++;
    inSpace = space;
  }
  return length;
}

/** Visible text length, link text length and cookie mentions of every element, in one pass. */
interface TextMeasure {
  text: Map<DomElement, number>;
  links: Map<DomElement, number>;
  mentionsCookies: Set<DomElement>;
}

function measureText(root: DomElement): TextMeasure {
  const measure: TextMeasure = { text: new Map(), links: new Map(), mentionsCookies: new Set() };
  const visit = (element: DomElement): [number, number, boolean] => {
    let text = 0;
    let links = 0;
    let cookies = false;
    for (let child = element.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === TEXT_NODE) {
        const content = child.textContent ?? '';
        text += collapsedLength(content);
        cookies ||= /cookie/i.test(content);
      } else if (isElement(child) && !INVISIBLE.has(child.localName)) {
        const [childText, childLinks, childCookies] = visit(child);
        text += childText;
        links += childLinks;
        cookies ||= childCookies;
      }
    }
    if (element.localName === 'a') links = text;
    measure.text.set(element, text);
    measure.links.set(element, links);
    if (cookies) measure.mentionsCookies.add(element);
    return [text, links, cookies];
  };
  visit(root);
  return measure;
}

/** The text a reader would see in a (small) element, whitespace collapsed. */
function visibleText(element: DomElement): string {
  let text = '';
  for (const child of Array.from(element.childNodes)) {
    if (child.nodeType === TEXT_NODE) text += child.textContent ?? '';
    else if (isElement(child) && !INVISIBLE.has(child.localName)) text += visibleText(child);
  }
  return text.replace(/\s+/g, ' ').trim();
}

function classAndIdTokens(element: DomElement): string[] {
  return `${element.getAttribute('id') ?? ''} ${element.getAttribute('class') ?? ''}`
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean);
}

function isCookieBanner(element: DomElement, text: string): boolean {
  return (
    /\bcookies?\b/i.test(text) &&
    /\b(accept|consent|agree|reject|manage|settings|preferences)\b/i.test(text) &&
    element.querySelector('button, a, input, [role="button"]') !== null
  );
}

/** Why `element` looks like chrome, or null. */
function chromeReason(element: DomElement, measure: TextMeasure): string | null {
  if (classAndIdTokens(element).some((token) => CHROME_TOKENS.some((re) => re.test(token)))) {
    return 'class';
  }
  const aria = element.getAttribute('aria-label');
  if (aria && CHROME_ARIA.test(aria)) return 'aria';
  if (FIXED.test(element.getAttribute('style') ?? '')) return 'fixed';
  // Text rules only look at small elements: chrome is short, and this keeps the pass cheap.
  const length = measure.text.get(element) ?? 0;
  const name = element.localName;
  if (length > 0 && length <= 80) {
    const text = visibleText(element);
    if (AD_LABEL.test(text)) return 'ad label';
    if (CHROME_TEXT.test(text)) return 'widget text';
    if (name === 'a' && SKIP_LINK.test(text)) return 'skip link';
    if (/^(h[1-6]|p)$/.test(name) && CHROME_HEADING.test(text)) return 'chrome heading';
  }
  if (
    length <= 1500 &&
    measure.mentionsCookies.has(element) &&
    /^(div|section|aside|footer|dialog|form)$/.test(name) &&
    isCookieBanner(element, visibleText(element))
  ) {
    return 'cookie banner';
  }
  return null;
}

/**
 * How far a finding extends: an ad label takes the slot around it (as long as the slot
 * holds little else, like a close button); a chrome heading ("Share this:", "Related")
 * takes its small, link-heavy container; anything else is removed as found.
 */
function targetOf(element: DomElement, reason: string, measure: TextMeasure): DomElement {
  const length = (e: DomElement): number => measure.text.get(e) ?? 0;
  if (reason === 'ad label') {
    let target = element;
    for (
      let up = element.parentElement;
      up && !PROTECTED.has(up.localName);
      up = up.parentElement
    ) {
      if (length(up) > length(element) + 40) break;
      target = up;
    }
    return target;
  }
  const parent = element.parentElement;
  if (reason !== 'chrome heading' || !parent || PROTECTED.has(parent.localName)) return element;
  const rest = length(parent) - length(element);
  const links = measure.links.get(parent) ?? 0;
  return rest < 1000 && links >= 0.5 * rest ? parent : element;
}

function hasFoundAncestor(element: DomElement, found: Map<DomElement, string>): boolean {
  for (let up = element.parentElement; up; up = up.parentElement) if (found.has(up)) return true;
  return false;
}

export interface ChromeFinding {
  element: DomElement;
  reason: string;
}

/**
 * The elements that are surely the article: the page's first <h1> and the largest
 * <article>/<main>/articleBody (comment threads use <article> too, but smaller ones).
 */
function articleLandmarks(doc: DomDocument, readable: (e: DomElement) => number): DomElement[] {
  const containers = Array.from(
    doc.body.querySelectorAll('article, main, [itemprop="articleBody"]'),
  );
  const largest = containers.reduce<DomElement | null>(
    (best, e) => (best && readable(best) >= readable(e) ? best : e),
    null,
  );
  return [doc.body.querySelector('h1'), largest].filter((e): e is DomElement => e !== null);
}

/**
 * Finds the chrome in `doc`, outermost elements only. Guarded: never <html>/<body>/<main>/
 * <article>, never an element holding the article's landmarks or a large share of the
 * page's readable text, never inside code.
 */
export function findChrome(doc: DomDocument): ChromeFinding[] {
  const measure = measureText(doc.body);
  const readable = (e: DomElement): number =>
    (measure.text.get(e) ?? 0) - (measure.links.get(e) ?? 0);
  const total = Math.max(readable(doc.body), 1);
  const landmarks = articleLandmarks(doc, readable);
  const found = new Map<DomElement, string>();
  for (const element of Array.from(doc.body.querySelectorAll('*'))) {
    if (PROTECTED.has(element.localName) || hasFoundAncestor(element, found)) continue;
    const reason = chromeReason(element, measure);
    if (!reason) continue;
    const target = targetOf(element, reason, measure);
    if (
      PROTECTED.has(target.localName) ||
      target.closest('pre, code') !== null ||
      landmarks.some((landmark) => target.contains(landmark)) ||
      readable(target) / total > MAX_CONTENT_SHARE
    ) {
      continue;
    }
    found.set(target, reason);
  }
  return Array.from(found, ([element, reason]) => ({ element, reason }));
}

/** Removes the chrome `findChrome` finds from `doc`, in place; returns how many elements went. */
export function precleanDocument(doc: DomDocument): number {
  const findings = findChrome(doc);
  for (const { element } of findings) element.remove();
  return findings.length;
}
