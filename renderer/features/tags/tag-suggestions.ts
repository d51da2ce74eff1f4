// Matching typed text against the tag catalogue: whole-label and word-prefix matches first, then the rest.
import type { TagKind } from '../../../shared/model.ts';
import { foldText } from './tag-catalog.ts';
import type { TagChoice } from './tag-catalog.ts';

/** One line of the suggestion list: a catalogue entry, or a new free tag made of the typed text. */
export interface TagOption {
  kind: TagKind;
  code: string;
  label: string;
  hint: string;
  isNew: boolean;
}

export interface SuggestOptions {
  /** Tags already on the article (`tagKey`s): not offered again. */
  exclude?: ReadonlySet<string>;
  /** Offer "New tag “…”" for the typed text; off where only catalogue entries make sense. */
  allowNew?: boolean;
  limit?: number;
}

export function tagKey(tag: { kind: TagKind; code: string }): string {
  return `${tag.kind}:${tag.code}`;
}

/** The code the backend gives a free tag named `label` (see resolveTag in the store). */
export function freeTagCode(label: string): string {
  return label.trim().replace(/\s+/g, ' ').toLowerCase();
}

const kindOrder: Record<TagKind, number> = { country: 0, region: 1, topic: 2, tag: 3 };
/** Shorter than this, text matches only at the start of a word ("cha" is not "ex-cha-nge"). */
const minInnerMatch = 4;

/** How well `query` (folded) matches `name`: 0 best, null not at all. */
function matchRank(name: string, query: string): number | null {
  const folded = foldText(name);
  if (folded === query) return 0;
  if (folded.startsWith(query)) return 1;
  if (new RegExp(`(^|[\\s,'(/-])${escapeRegExp(query)}`).test(folded)) return 2;
  if (query.length >= minInnerMatch && folded.includes(query)) return 3;
  return null;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The best matches for what was typed, best first, then (if allowed) a new free tag. */
export function suggestTags(
  catalog: readonly TagChoice[],
  text: string,
  options: SuggestOptions = {},
): TagOption[] {
  const { exclude = new Set<string>(), allowNew = true, limit = 8 } = options;
  const query = foldText(text);
  if (!query) return [];

  const scored: Array<{ choice: TagChoice; rank: number }> = [];
  let exactFreeTag = false;
  for (const choice of catalog) {
    const labelRank = matchRank(choice.label, query);
    // An alias counts a little less than the name itself, so "Niger" stays above "Nigerien".
    const aliasRanks = choice.aliases
      .map((alias) => matchRank(alias, query))
      .filter((rank): rank is number => rank !== null)
      .map((rank) => rank + 0.5);
    const ranks = labelRank === null ? aliasRanks : [labelRank, ...aliasRanks];
    if (ranks.length === 0) continue;
    if (choice.kind === 'tag' && labelRank === 0) exactFreeTag = true;
    if (exclude.has(tagKey(choice))) continue;
    scored.push({ choice, rank: Math.min(...ranks) });
  }
  scored.sort(
    (a, b) =>
      a.rank - b.rank ||
      a.choice.depth - b.choice.depth ||
      kindOrder[a.choice.kind] - kindOrder[b.choice.kind] ||
      a.choice.label.localeCompare(b.choice.label),
  );

  const list: TagOption[] = scored.slice(0, limit).map(({ choice }) => ({
    kind: choice.kind,
    code: choice.code,
    label: choice.label,
    hint: choice.hint,
    isNew: false,
  }));
  const label = text.trim().replace(/\s+/g, ' ');
  const code = freeTagCode(label);
  if (allowNew && !exactFreeTag && !exclude.has(tagKey({ kind: 'tag', code }))) {
    list.push({ kind: 'tag', code, label, hint: 'New tag', isNew: true });
  }
  return list;
}
