// MathML becomes plain text before extraction: readable in the reader and in search, and no
// MathML (a namespace with its own parsing rules) ever reaches the sanitiser.
import type { DomDocument } from './dom.ts';

const MATH_TOKENS = 'mi, mn, mo, mtext, ms';
// Renderers wrap the MathML in their own markup (glyphs drawn by CSS, duplicate text for
// screen readers, class names Readability takes for menus); the whole wrapper goes.
const RENDERER_WRAPPERS = 'mjx-container, .MathJax, .MathJax_Display, .katex';

export function flattenMath(doc: DomDocument): void {
  for (const math of Array.from(doc.querySelectorAll('math'))) {
    // Token elements carry the visible symbols; annotations hold source (TeX) we skip.
    const tokens = Array.from(math.querySelectorAll(MATH_TOKENS))
      .filter((token) => token.closest('annotation, annotation-xml') === null)
      .map((token) => (token.textContent ?? '').trim())
      .filter(Boolean);
    const text = tokens.length ? tokens.join(' ') : (math.getAttribute('alttext') ?? '').trim();
    const span = doc.createElement('span');
    // Spaces keep the symbols from fusing with the words around them ("0and").
    span.textContent = ` ${text} `;
    (math.closest(RENDERER_WRAPPERS) ?? math).replaceWith(span);
  }
}
