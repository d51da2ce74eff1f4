// The entities a feed's DOCTYPE declares, expanded within a budget so that "XML bombs" fail fast.
import { FeedError } from './feed-error.ts';
import { replaceOutsideCdata } from './legacy-xml.ts';

// A real DTD entity is a word or a phrase. Sizes are computed before anything is expanded, so a
// "billion laughs" document is refused without ever building its gigabytes.
const MAX_EXPANSION = 1_000_000;
const MAX_DEPTH = 16;
const PREDEFINED = new Set(['amp', 'lt', 'gt', 'quot', 'apos']);
const REFERENCE = /&([\p{L}_][\p{L}\p{N}._:-]*);/gu;

const TOO_DEEP =
  'The feed declares entities nested too deeply, or in a circle (an "XML bomb"?); it was not read.';
const BOMB =
  'The feed declares entities that expand to more than a megabyte (an "XML bomb"?); it was not read.';

/** General internal entities declared with a literal value; external and parameter ones are ignored. */
export function declaredEntities(subset: string): Map<string, string> {
  const entities = new Map<string, string>();
  const declaration = /<!ENTITY\s+([\p{L}_][\p{L}\p{N}._:-]*)\s+(?:"([^"]*)"|'([^']*)')\s*>/gu;
  for (const match of subset.matchAll(declaration)) {
    const [, name = '', double, single] = match;
    // The first declaration wins (XML 1.0 §4.2).
    if (!PREDEFINED.has(name) && !entities.has(name)) entities.set(name, double ?? single ?? '');
  }
  return entities;
}

/** Expands declared entities (recursively, as XML does) outside CDATA sections, or throws a FeedError. */
export function expandEntities(xml: string, entities: Map<string, string>): string {
  if (entities.size === 0) return xml;
  const lengths = new Map<string, number>();
  const expanded = new Map<string, string>();

  // Length of the entity's full expansion, without building it.
  const lengthOf = (name: string, depth: number): number => {
    const known = lengths.get(name);
    if (known !== undefined) return known;
    const value = entities.get(name) ?? '';
    if (depth > MAX_DEPTH) throw new FeedError('malformed', TOO_DEEP);
    let length = value.length;
    for (const [reference, inner = ''] of value.matchAll(REFERENCE)) {
      if (!entities.has(inner)) continue;
      length += lengthOf(inner, depth + 1) - reference.length;
      if (length > MAX_EXPANSION) throw new FeedError('malformed', BOMB);
    }
    lengths.set(name, length);
    return length;
  };
  const expand = (name: string): string => {
    const known = expanded.get(name);
    if (known !== undefined) return known;
    const value = (entities.get(name) ?? '').replace(REFERENCE, (reference, inner: string) =>
      entities.has(inner) ? expand(inner) : reference,
    );
    expanded.set(name, value);
    return value;
  };

  let total = 0;
  return replaceOutsideCdata(xml, REFERENCE, (reference, name = '') => {
    if (!entities.has(name)) return reference;
    total += lengthOf(name, 0);
    if (total > MAX_EXPANSION) throw new FeedError('malformed', BOMB);
    return expand(name);
  });
}
