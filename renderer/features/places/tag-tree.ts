// Tag facets as the sidebar's trees: regions › subregions › countries (groupings under their region),
// level-1 › level-2 topics, and free tags, each node with its article and unread counts.
import { regionParent } from '../../../shared/regions/lookup.ts';
import type { TagFacet, TagKind } from '../../../shared/model.ts';

export interface TagNode {
  kind: TagKind;
  code: string;
  /** What the row and the list's title say: topics start with a capital ("Politics"). */
  label: string;
  count: number;
  unread: number;
  children: TagNode[];
}

export interface TagTrees {
  places: TagNode[];
  topics: TagNode[];
  tags: TagNode[];
  /** Each node's parent in its tree, by tagKey; roots are absent. */
  parentOf: ReadonlyMap<string, string>;
}

export function tagKey(tag: { kind: TagKind; code: string }): string {
  return `${tag.kind}:${tag.code}`;
}

/** IPTC labels are lower case ("politics"); a row and a title read better capitalised. */
export function displayLabel(kind: TagKind, label: string): string {
  return kind === 'topic' ? label.charAt(0).toUpperCase() + label.slice(1) : label;
}

export function buildTagTrees(facets: readonly TagFacet[]): TagTrees {
  const parentOf = new Map<string, string>();
  const nodes = new Map<string, TagNode>();
  for (const facet of facets) {
    if (facet.count <= 0) continue;
    nodes.set(tagKey(facet), {
      kind: facet.kind,
      code: facet.code,
      label: displayLabel(facet.kind, facet.label),
      count: facet.count,
      unread: facet.unread,
      children: [],
    });
  }

  const roots: Record<'places' | 'topics' | 'tags', TagNode[]> = {
    places: [],
    topics: [],
    tags: [],
  };
  const placed = new Set<string>();
  for (const facet of facets) {
    const node = nodes.get(tagKey(facet));
    if (!node || placed.has(tagKey(facet))) continue;
    placed.add(tagKey(facet));
    const parent = findParent(facet, nodes);
    if (parent) {
      parent.children.push(node);
      parentOf.set(tagKey(facet), tagKey(parent));
    } else {
      roots[treeOf(facet.kind)].push(node);
    }
  }

  const ordered = (list: TagNode[]): TagNode[] => {
    list.sort(byCountThenLabel);
    for (const node of list) ordered(node.children);
    return list;
  };
  return {
    places: ordered(roots.places),
    topics: ordered(roots.topics),
    tags: ordered(roots.tags),
    parentOf,
  };
}

/** The keys of a node's ancestors, outermost first. */
export function ancestorKeys(trees: TagTrees, key: string): string[] {
  const keys: string[] = [];
  for (let parent = trees.parentOf.get(key); parent; parent = trees.parentOf.get(parent)) {
    keys.unshift(parent);
  }
  return keys;
}

function treeOf(kind: TagKind): 'places' | 'topics' | 'tags' {
  if (kind === 'country' || kind === 'region') return 'places';
  return kind === 'topic' ? 'topics' : 'tags';
}

/**
 * The nearest enclosing node that has articles: a country in Western Africa whose articles
 * were never tagged "Western Africa" still sits under Africa rather than at the top.
 */
function findParent(facet: TagFacet, nodes: Map<string, TagNode>): TagNode | null {
  if (facet.kind === 'topic')
    return facet.parent ? (nodes.get(`topic:${facet.parent}`) ?? null) : null;
  if (facet.kind === 'tag') return null;
  const seen = new Set<string>();
  for (let code = facet.parent; code && !seen.has(code); code = regionParent.get(code) ?? null) {
    seen.add(code);
    const node = nodes.get(`region:${code}`);
    if (node && !(facet.kind === 'region' && code === facet.code)) return node;
  }
  return null;
}

function byCountThenLabel(a: TagNode, b: TagNode): number {
  return b.count - a.count || a.label.localeCompare(b.label);
}
