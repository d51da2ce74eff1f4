// Markdown articles: optional front matter (title, author, date, url), body rendered without raw HTML.
import MarkdownIt from 'markdown-it';
import { toIsoUtc } from './dates.ts';
import { htmlToText, sanitizeArticleHtml } from './sanitize.ts';
import { absoluteHttpUrl } from './urls.ts';

export interface MarkdownArticle {
  /** From front matter or the first `# heading`; null when there is neither. */
  title: string | null;
  author: string | null;
  published: string | null;
  url: string | null;
  html: string;
  text: string;
}

// Raw HTML stays text: a Markdown file must not be a way to smuggle markup into the reader.
const markdown = new MarkdownIt({ html: false, linkify: true, typographer: false });

const FRONT_MATTER = /^---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/;

const FIELD_NAME = /^([A-Za-z][\w-]*)\s*:/;
/** Characters a YAML scalar on one line cannot hold (`.` in a pattern does not match them). */
const LINE_BREAK = /[\r\n\u2028\u2029]/;

/**
 * Reads the flat `key: value` lines of YAML-style front matter. Nested values, lists and
 * block scalars are ignored: we only want a handful of scalar fields. Values are trimmed and
 * comments cut without backtracking patterns (`\s*(.*?)\s*$`, `\s+#.*$`), which retry a long
 * run of spaces from each of its positions.
 */
function parseFrontMatter(block: string): Map<string, string> {
  const fields = new Map<string, string>();
  for (const line of block.split('\n')) {
    const match = FIELD_NAME.exec(line);
    let value = match ? line.slice(match[0].length).trim() : '';
    if (!match?.[1] || !value || LINE_BREAK.test(value)) continue;
    const quoted = /^(["'])(.*)\1$/.exec(value);
    if (quoted) value = quoted[2] ?? '';
    else {
      const comment = /\s#/.exec(value);
      if (comment) value = value.slice(0, comment.index).trimEnd();
    }
    if (value && !['|', '>'].includes(value)) fields.set(match[1].toLowerCase(), value);
  }
  return fields;
}

/** Reads a Markdown article; `baseUrl` resolves relative links (front matter `url` wins). */
export function importMarkdown(source: string, baseUrl?: string): MarkdownArticle {
  let body = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  let fields = new Map<string, string>();
  const front = FRONT_MATTER.exec(body);
  if (front) {
    fields = parseFrontMatter(front[1] ?? '');
    body = body.slice(front[0].length);
  }
  const url = absoluteHttpUrl(fields.get('url') ?? fields.get('link'), baseUrl) ?? baseUrl ?? null;
  const tokens = markdown.parse(body, {});
  let title = fields.get('title') ?? null;
  const h1 = tokens.findIndex((token) => token.type === 'heading_open' && token.tag === 'h1');
  const h1Text = h1 >= 0 ? htmlToText(markdown.renderInline(tokens[h1 + 1]?.content ?? '')) : null;
  // A leading `# heading` is the title, so it leaves the body rather than appear twice.
  if (h1 === 0 && (title === null || title === h1Text)) tokens.splice(0, 3);
  title ??= h1Text;
  const html = sanitizeArticleHtml(
    markdown.renderer.render(tokens, markdown.options, {}),
    url ?? undefined,
  );
  return {
    title: title || null,
    author: fields.get('author') ?? null,
    published: toIsoUtc(fields.get('date') ?? fields.get('published')),
    url,
    html,
    text: htmlToText(html),
  };
}
