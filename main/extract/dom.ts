// The slice of the DOM the extractor uses, and parsing HTML into a well-formed linkedom document.
import { parseHTML } from 'linkedom';

// main/ compiles without the DOM lib (it is a Node backend), so linkedom's DOM-typed
// results would be `any` there. These structural types keep the extractor type-checked
// in both the main and the test projects.
export interface DomNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly parentNode: DomNode | null;
  readonly childNodes: ArrayLike<DomNode>;
  readonly firstChild: DomNode | null;
  readonly nextSibling: DomNode | null;
  textContent: string | null;
  remove(): void;
}

export interface DomElement extends DomNode {
  readonly localName: string;
  readonly tagName: string;
  readonly parentElement: DomElement | null;
  readonly children: ArrayLike<DomElement>;
  readonly nextElementSibling: DomElement | null;
  id: string;
  className: string;
  innerHTML: string;
  readonly outerHTML: string;
  getAttribute(name: string): string | null;
  setAttribute(name: string, value: string): void;
  hasAttribute(name: string): boolean;
  closest(selector: string): DomElement | null;
  contains(other: DomNode | null): boolean;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  prepend(...nodes: DomNode[]): void;
  replaceWith(...nodes: DomNode[]): void;
}

export interface DomDocument {
  readonly documentElement: DomElement | null;
  readonly head: DomElement;
  readonly body: DomElement;
  readonly childNodes: ArrayLike<DomNode>;
  createElement(tagName: string): DomElement;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}

const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

export function isElement(node: DomNode): node is DomElement {
  return node.nodeType === ELEMENT_NODE;
}

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** Elements that belong in <head> when a document has to be rebuilt. */
const HEAD_TAGS = new Set(['title', 'meta', 'link', 'base', 'style']);

function parseRaw(html: string): DomDocument {
  return parseHTML(html).document as unknown as DomDocument;
}

function hasHtmlHeadBody(doc: DomDocument): boolean {
  const root = doc.documentElement;
  if (!root || root.localName !== 'html') return false;
  const kids = Array.from(root.children);
  return kids.length === 2 && kids[0]?.localName === 'head' && kids[1]?.localName === 'body';
}

/**
 * Parses a whole page. linkedom does not synthesise the implied <html>/<head>/<body> the
 * way a browser does (and its `body` getter silently makes a new, empty body when
 * anything sits between </head> and <body>), so a page without exactly that shape is
 * rebuilt: head metadata into <head>, everything else into <body>, in document order.
 */
export function parseHtmlDocument(html: string): DomDocument {
  const doc = parseRaw(html);
  if (hasHtmlHeadBody(doc)) return doc;
  const head: string[] = [];
  const body: string[] = [];
  let rootAttributes = '';
  const visit = (parent: { childNodes: ArrayLike<DomNode> }): void => {
    for (const node of Array.from(parent.childNodes)) {
      if (isElement(node)) {
        const name = node.localName;
        if (name === 'html' || name === 'head' || name === 'body') {
          if (name === 'html') rootAttributes = serializeAttributes(node, ['lang', 'dir']);
          visit(node);
        } else if (HEAD_TAGS.has(name)) head.push(node.outerHTML);
        else body.push(node.outerHTML);
      } else if (node.nodeType === TEXT_NODE) {
        body.push(escapeHtml(node.textContent ?? ''));
      }
    }
  };
  visit(doc);
  return parseRaw(
    `<!DOCTYPE html><html${rootAttributes}><head>${head.join('')}</head><body>${body.join('')}</body></html>`,
  );
}

function serializeAttributes(element: DomElement, names: string[]): string {
  return names
    .map((name) => [name, element.getAttribute(name)] as const)
    .map(([name, value]) => (value === null ? '' : ` ${name}="${escapeHtml(value)}"`))
    .join('');
}

/** Parses an HTML fragment (e.g. sanitised article HTML) and returns the element holding it. */
export function parseHtmlFragment(html: string): DomElement {
  return parseHtmlDocument(`<!DOCTYPE html><html><head></head><body>${html}</body></html>`).body;
}
