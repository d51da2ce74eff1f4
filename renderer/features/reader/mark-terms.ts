// Marks search terms inside rendered article HTML by walking its text nodes (never by rewriting HTML).
import { buildTermPattern, findTermRanges } from '../../ui/terms.ts';

const markAttribute = 'data-search-term';

/** Wraps every match in <mark data-search-term>; returns the first mark, if any. */
export function markTerms(root: HTMLElement, terms: readonly string[]): HTMLElement | null {
  unmarkTerms(root);
  const pattern = buildTermPattern(terms);
  if (!pattern) return null;

  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.parentElement?.closest('script, style, mark')
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  });
  const textNodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) textNodes.push(node as Text);

  let first: HTMLElement | null = null;
  for (const node of textNodes) {
    const ranges = findTermRanges(node.data, pattern);
    // Right to left, so earlier offsets stay valid while the node is split.
    for (const [start, end] of ranges.reverse()) {
      const match = node.splitText(start);
      match.splitText(end - start);
      const mark = document.createElement('mark');
      mark.setAttribute(markAttribute, '');
      match.replaceWith(mark);
      mark.append(match);
      if (!first || first.compareDocumentPosition(mark) & Node.DOCUMENT_POSITION_PRECEDING) {
        first = mark;
      }
    }
  }
  return first;
}

/** Undoes markTerms, leaving the text exactly as rendered. */
export function unmarkTerms(root: HTMLElement): void {
  for (const mark of root.querySelectorAll(`mark[${markAttribute}]`)) {
    const parent = mark.parentNode;
    mark.replaceWith(...mark.childNodes);
    parent?.normalize();
  }
}
