// Computes an article's automatic tags: places from the gazetteer, topics from the lexicon and
// what this reader taught it, the feed's own categories, and the reader's rules.
import { regionByName } from '../../shared/regions/lookup.ts';
import { iptcTopics } from '../../shared/iptc-topics.ts';
import type { TagKind, TagRule, TagSource } from '../../shared/model.ts';
import type { LearnedTopics } from './learned-topics.ts';
import { placeLexicon } from './place-lexicon.ts';
import { foldedWords } from './place-tokens.ts';
import { countryName, tagPlaces, type PlaceScore } from './places.ts';
import { scoreTopics, TOPIC_LEXICON_VERSION, type TopicScore } from './topics.ts';

/** Changes whenever the gazetteer, the place weights or the topic lexicon change: the archive is re-tagged. */
export const TAGGER_VERSION = `places-2/${TOPIC_LEXICON_VERSION}/aspects-1`;

export interface TaggableArticle {
  id: number;
  title: string;
  text: string;
  sourceId: number;
  categories: readonly string[];
}

export interface ComputedTag {
  kind: TagKind;
  code: string;
  label: string;
  source: Exclude<TagSource, 'user'>;
  score: number;
}

export interface TagContext {
  rules: readonly TagRule[];
  learned: LearnedTopics | null;
}

export interface ArticleTopics {
  countries: PlaceScore[];
  regions: PlaceScore[];
  topics: TopicScore[];
}

const topicParent = new Map(iptcTopics.map((t) => [t.qcode, t.parent]));

/**
 * Which topic leads when several fit. A story is usually filed under a broad section (politics,
 * economy, arts, science, sport, conflict…) while crime and law, labour, education, society,
 * religion, health, human interest and lifestyle are aspects of it: a fraud trial is business
 * news, a school-funding row is political news. Aspect topics keep their place among the tags but
 * lead only when clearly stronger. Measured on the development split of labelled news: top-1
 * accuracy 0.921 → 0.934 (held-out split 0.887 → 0.921).
 */
const ASPECT_WEIGHT: Readonly<Record<string, number>> = {
  'medtop:02000000': 0.65, // crime, law and justice
  'medtop:09000000': 0.7, // labour
  'medtop:05000000': 0.7, // education
  'medtop:14000000': 0.7, // society
  'medtop:12000000': 0.75, // religion
  'medtop:07000000': 0.8, // health
  'medtop:08000000': 0.8, // human interest
  'medtop:10000000': 0.8, // lifestyle and leisure
};

interface WeighedTopic extends TopicScore {
  /** The score before the aspect weight: what decides whether a topic is kept at all. */
  raw: number;
}

function weighAspects(scored: readonly TopicScore[]): WeighedTopic[] {
  return scored
    .map((topic) => {
      const weight = ASPECT_WEIGHT[topicParent.get(topic.qcode) ?? topic.qcode] ?? 1;
      return { ...topic, raw: topic.score, score: topic.score * weight };
    })
    .sort((a, b) => b.score - a.score);
}

/** Topics kept: the best one, and others at least this share of its score. */
const TOPIC_RELATIVE = 0.4;
const TOPIC_MINIMUM = 0.15;
const MAX_TOPICS = 5;

/** Places and topics of a text alone (what `outpost tag` prints). */
export function tagText(input: {
  title: string;
  text: string;
  categories?: readonly string[];
  learned?: LearnedTopics | null;
}): ArticleTopics {
  const places = tagPlaces({ title: input.title, text: input.text });
  let scored = scoreTopics({
    title: input.title,
    text: input.text,
    categories: [...(input.categories ?? [])],
  });
  // What the reader taught weighs in before the aspect weights decide which topic leads.
  if (input.learned) scored = input.learned.adjust(scored, `${input.title}\n${input.text}`);
  const taught = weighAspects(scored);
  return { ...places, topics: selectTopics(taught) };
}

function selectTopics(scored: readonly WeighedTopic[]): TopicScore[] {
  const best = scored[0];
  if (!best || best.score < TOPIC_MINIMUM) return [];
  const bestRaw = Math.max(...scored.map((t) => t.raw));
  const kept = scored.filter((t) => t.raw >= TOPIC_MINIMUM && t.raw >= TOPIC_RELATIVE * bestRaw);
  const keptCodes = new Set(kept.map((t) => t.qcode));
  // A second-level topic only under a kept first-level one: "coup" without "conflict" is noise.
  return kept
    .filter((t) => {
      const parent = topicParent.get(t.qcode);
      return !parent || keptCodes.has(parent);
    })
    .slice(0, MAX_TOPICS)
    .map((t) => ({ qcode: t.qcode, label: t.label, score: Math.round(t.score * 1000) / 1000 }));
}

export function computeTags(article: TaggableArticle, context: TagContext): ComputedTag[] {
  const found = tagText({ ...article, learned: context.learned });
  const tags = new Map<string, ComputedTag>();
  const put = (tag: ComputedTag) => {
    const key = `${tag.kind}:${tag.code}`;
    const existing = tags.get(key);
    if (!existing || rank(tag.source) > rank(existing.source)) tags.set(key, tag);
    else existing.score = Math.max(existing.score, tag.score);
  };
  for (const c of found.countries)
    put({ kind: 'country', code: c.code, label: c.name, source: 'auto', score: c.score });
  for (const r of found.regions)
    put({ kind: 'region', code: r.code, label: r.name, source: 'auto', score: r.score });
  for (const t of found.topics)
    put({ kind: 'topic', code: t.qcode, label: t.label, source: 'auto', score: t.score });
  for (const category of article.categories) for (const tag of categoryTags(category)) put(tag);
  for (const rule of context.rules)
    if (ruleMatches(rule, article))
      put({ kind: rule.kind, code: rule.code, label: rule.label, source: 'rule', score: 1 });
  return [...tags.values()];
}

function rank(source: ComputedTag['source']): number {
  return source === 'rule' ? 3 : source === 'feed' ? 2 : 1;
}

const topicByLabel = new Map(iptcTopics.map((t) => [t.label.toLowerCase(), t]));

/** A feed's category that is a topic's label or a place's name is a tag from the feed. */
function categoryTags(category: string): ComputedTag[] {
  const name = category.trim().toLowerCase();
  if (!name) return [];
  const topic = topicByLabel.get(name);
  if (topic)
    return [{ kind: 'topic', code: topic.qcode, label: topic.label, source: 'feed', score: 1 }];
  const region = regionByName.get(name);
  if (region)
    return [{ kind: 'region', code: region.code, label: region.name, source: 'feed', score: 1 }];
  const country = placeLexicon().placeByFoldedName.get(foldedWords(category));
  if (country)
    return [
      { kind: 'country', code: country, label: countryName(country), source: 'feed', score: 1 },
    ];
  return [];
}

export function ruleMatches(
  rule: TagRule,
  article: Pick<TaggableArticle, 'title' | 'text' | 'sourceId'>,
): boolean {
  if (rule.field === 'source') return rule.sourceId === article.sourceId;
  if (!rule.pattern) return false;
  const haystack = ` ${foldedWords(rule.field === 'title' ? article.title : article.text)} `;
  return haystack.includes(` ${foldedWords(rule.pattern)} `);
}
