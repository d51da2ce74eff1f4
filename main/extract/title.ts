// Article titles from <title>: Readability's rules, with en and em dashes counted as separators.

// Readability 0.6.0 splits "Headline | Site" and "Headline - Site" but not "Headline – Site";
// later upstream versions also split on en and em dashes. We apply the newer rule by
// recognising when Readability's title came from <title> and recomputing it.
const OLD_SEPARATORS = '|\\-\\\\/>»';
const NEW_SEPARATORS = '|\\-–—\\\\/>»';

const wordCount = (text: string): number => text.split(/\s+/).length;

/** What the document offers for a title, captured before extraction changes the page. */
export interface TitleSources {
  /** Text of <title>, trimmed. */
  documentTitle: string;
  /** Text of every <h1> and <h2>, trimmed. */
  headings: string[];
  /** Text of every <h1>, whitespace collapsed. */
  h1s: string[];
}

function titleFromDocumentTitle(sources: TitleSources, separators: string): string {
  const original = sources.documentTitle;
  const separator = new RegExp(` [${separators}] `, 'g');
  let title = original;
  let hadHierarchicalSeparators = false;
  const matches = Array.from(original.matchAll(separator));
  const last = matches.at(-1);
  if (last) {
    hadHierarchicalSeparators = / [\\/>»] /.test(original);
    title = original.substring(0, last.index);
    // Too short: the site name came first, so drop the first part instead.
    if (wordCount(title) < 3) {
      title = original.replace(new RegExp(`^[^${separators}]*[${separators}]`), '');
    }
  } else if (title.includes(': ')) {
    if (!sources.headings.includes(title.trim())) {
      title = original.substring(original.lastIndexOf(':') + 1);
      if (wordCount(title) < 3) title = original.substring(original.indexOf(':') + 1);
      else if (wordCount(original.substring(0, original.indexOf(':'))) > 5) title = original;
    }
  } else if ((title.length > 150 || title.length < 15) && sources.h1s.length === 1) {
    title = sources.h1s[0] ?? title;
  }
  title = title.trim().replace(/\s{2,}/g, ' ');
  const words = wordCount(title);
  const originalWords = wordCount(original.replace(new RegExp(`[${separators}]+`, 'g'), ''));
  if (words <= 4 && (!hadHierarchicalSeparators || words !== originalWords - 1)) return original;
  return title;
}

/** Readability's title, corrected when it was derived from <title> with the old separator rule. */
export function refineTitle(readabilityTitle: string, sources: TitleSources): string {
  if (!sources.documentTitle) return readabilityTitle;
  const byOldRule = titleFromDocumentTitle(sources, OLD_SEPARATORS);
  return readabilityTitle === byOldRule
    ? titleFromDocumentTitle(sources, NEW_SEPARATORS)
    : readabilityTitle;
}
