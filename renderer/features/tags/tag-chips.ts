// An article's tags as chips: places (countries, then regions), topics, then free tags; each with who put it there.
import type { Article, TagEdit, TagKind, TagRef } from '../../../shared/model.ts';
import { countryByCode } from '../../../shared/regions/lookup.ts';
import { displayLabel } from './tag-catalog.ts';
import { tagKey } from './tag-suggestions.ts';

/** Below this score an automatic tag is only a suggestion: shown dimmed, with a way to confirm it. */
export const suggestionBelow = 0.5;

export interface TagChipModel {
  key: string;
  tag: TagRef;
  /** As shown ("Politics", "Niger"). */
  label: string;
  /** Who put it there, for the tooltip. */
  origin: string;
  suggestion: boolean;
}

export interface ChipGroups {
  places: TagChipModel[];
  /** Broad regions that only repeat what a shown country says (Niger → Western Africa → Africa). */
  impliedPlaces: TagChipModel[];
  topics: TagChipModel[];
  tags: TagChipModel[];
}

/** "Found by Outpost (82%)", "From the feed", "From a rule", "Added by you". */
export function describeOrigin(tag: Pick<TagRef, 'source' | 'score'>): string {
  switch (tag.source) {
    case 'auto':
      return `Found by Outpost (${Math.round(tag.score * 100)}%)`;
    case 'feed':
      return 'From the feed';
    case 'rule':
      return 'From a rule';
    case 'user':
      return 'Added by you';
  }
}

export function isSuggestion(tag: Pick<TagRef, 'source' | 'score'>): boolean {
  return tag.source === 'auto' && tag.score < suggestionBelow;
}

function toChip(tag: TagRef): TagChipModel {
  return {
    key: tagKey(tag),
    tag,
    label: displayLabel(tag),
    origin: describeOrigin(tag),
    suggestion: isSuggestion(tag),
  };
}

/** Confirmed before suggested, then the surer first, then by name. */
function byWeight(a: TagChipModel, b: TagChipModel): number {
  return (
    Number(a.suggestion) - Number(b.suggestion) ||
    b.tag.score - a.tag.score ||
    a.label.localeCompare(b.label)
  );
}

export function groupChips(article: Pick<Article, 'regions' | 'topics' | 'tags'>): ChipGroups {
  const countries = article.regions
    .filter((tag) => tag.kind === 'country')
    .map(toChip)
    .sort(byWeight);
  const implied = new Set(
    countries.flatMap((chip) => countryByCode.get(chip.tag.code)?.parents ?? []),
  );
  const regions = article.regions
    .filter((tag) => tag.kind === 'region')
    .map(toChip)
    .sort(byWeight);
  return {
    places: [...countries, ...regions.filter((chip) => !implied.has(chip.tag.code))],
    impliedPlaces: regions.filter((chip) => implied.has(chip.tag.code)),
    topics: article.topics.map(toChip).sort(byWeight),
    tags: article.tags.map(toChip).sort((a, b) => a.label.localeCompare(b.label)),
  };
}

/** The chip's look by kind: places plain, topics tinted blue, free tags tinted amber. */
export function chipClass(kind: TagKind): string {
  if (kind === 'topic') return 'tag-chip tag-chip--topic';
  if (kind === 'tag') return 'tag-chip tag-chip--tag';
  return 'tag-chip tag-chip--place';
}

/**
 * The edits that take a tag off. A country takes with it the broad regions the tagger put on only
 * because of it (Russia → Eastern Europe, Europe): they are folded away under the country, so
 * leaving them would make removing one chip bring up two others.
 */
export function removalEdits(
  article: Pick<Article, 'regions'>,
  tag: Pick<TagRef, 'kind' | 'code' | 'label'>,
): TagEdit[] {
  const edits: TagEdit[] = [{ action: 'remove', kind: tag.kind, code: tag.code, label: tag.label }];
  if (tag.kind !== 'country') return edits;
  const parents = new Set(countryByCode.get(tag.code)?.parents ?? []);
  const stillImplied = new Set(
    article.regions
      .filter((other) => other.kind === 'country' && other.code !== tag.code)
      .flatMap((other) => countryByCode.get(other.code)?.parents ?? []),
  );
  for (const region of article.regions) {
    if (region.kind !== 'region' || region.source !== 'auto') continue;
    if (!parents.has(region.code) || stillImplied.has(region.code)) continue;
    edits.push({ action: 'remove', kind: 'region', code: region.code, label: region.label });
  }
  return edits;
}
