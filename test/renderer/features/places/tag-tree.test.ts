// The sidebar's trees built from tag facets: nesting by region and topic, gaps in the chain, order, labels.
import { describe, expect, it } from 'vitest';
import type { TagFacet } from '../../../../shared/model.ts';
import {
  ancestorKeys,
  buildTagTrees,
  displayLabel,
  type TagNode,
} from '../../../../renderer/features/places/tag-tree.ts';

function facet(
  kind: TagFacet['kind'],
  code: string,
  label: string,
  parent: string | null,
  count: number,
  unread = 0,
): TagFacet {
  return { kind, code, label, parent, count, unread };
}

/** A tree as nested `label count` lines, to compare at a glance. */
function outline(nodes: TagNode[], depth = 0): string[] {
  return nodes.flatMap((node) => [
    `${'  '.repeat(depth)}${node.label} ${node.count}`,
    ...outline(node.children, depth + 1),
  ]);
}

const facets: TagFacet[] = [
  facet('region', '002', 'Africa', null, 3, 2),
  facet('region', '202', 'Sub-Saharan Africa', '002', 3, 2),
  facet('region', '011', 'Western Africa', '202', 3, 2),
  facet('region', 'sahel', 'Sahel', '002', 2, 1),
  facet('country', 'NE', 'Niger', '011', 2, 1),
  facet('country', 'ML', 'Mali', '011', 1, 1),
  facet('country', 'NG', 'Nigeria', '011', 1, 0),
  facet('region', '150', 'Europe', null, 4, 0),
  facet('country', 'ES', 'Spain', '039', 4, 0),
  facet('topic', 'medtop:11000000', 'politics', null, 2, 1),
  facet('topic', 'medtop:20000065', 'election', 'medtop:11000000', 1, 1),
  facet('topic', 'medtop:15000000', 'sport', null, 1, 0),
  facet('tag', 'later', 'Later', null, 1, 1),
  facet('tag', 'maps', 'maps', null, 3, 0),
];

describe('buildTagTrees', () => {
  it('nests continents, subregions, groupings and countries, most articles first', () => {
    const trees = buildTagTrees(facets);
    expect(outline(trees.places)).toEqual([
      'Europe 4',
      '  Spain 4',
      'Africa 3',
      '  Sub-Saharan Africa 3',
      '    Western Africa 3',
      '      Niger 2',
      '      Mali 1',
      '      Nigeria 1',
      '  Sahel 2',
    ]);
  });

  it('puts a country whose own region has no articles under the nearest one that has', () => {
    // Spain's region is Southern Europe (039), which has no row: it sits under Europe (150).
    const trees = buildTagTrees(facets);
    expect(trees.places[0]?.children.map((node) => node.code)).toEqual(['ES']);
    expect(trees.parentOf.get('country:ES')).toBe('region:150');
  });

  it('keeps a place with no enclosing row at the top', () => {
    const trees = buildTagTrees([facet('country', 'BR', 'Brazil', '005', 1)]);
    expect(outline(trees.places)).toEqual(['Brazil 1']);
  });

  it('nests level-2 topics under level-1 ones and capitalises their labels', () => {
    const trees = buildTagTrees(facets);
    expect(outline(trees.topics)).toEqual(['Politics 2', '  Election 1', 'Sport 1']);
    expect(trees.topics[0]).toMatchObject({ kind: 'topic', code: 'medtop:11000000', unread: 1 });
  });

  it('keeps a level-2 topic whose parent has no articles at the top', () => {
    const trees = buildTagTrees([
      facet('topic', 'medtop:20000065', 'election', 'medtop:11000000', 1),
    ]);
    expect(outline(trees.topics)).toEqual(['Election 1']);
  });

  it('lists free tags flat, as the reader wrote them', () => {
    expect(outline(buildTagTrees(facets).tags)).toEqual(['maps 3', 'Later 1']);
  });

  it('leaves out rows without articles', () => {
    const trees = buildTagTrees([
      facet('region', '002', 'Africa', null, 0),
      facet('country', 'NE', 'Niger', '011', 1),
    ]);
    expect(outline(trees.places)).toEqual(['Niger 1']);
  });

  it('orders rows with equal counts by label', () => {
    const trees = buildTagTrees([
      facet('region', '150', 'Europe', null, 1),
      facet('region', '019', 'Americas', null, 1),
      facet('region', '002', 'Africa', null, 1),
    ]);
    expect(trees.places.map((node) => node.label)).toEqual(['Africa', 'Americas', 'Europe']);
  });
});

describe('ancestorKeys', () => {
  it('lists the rows above a row, outermost first', () => {
    const trees = buildTagTrees(facets);
    expect(ancestorKeys(trees, 'country:NE')).toEqual(['region:002', 'region:202', 'region:011']);
    expect(ancestorKeys(trees, 'topic:medtop:20000065')).toEqual(['topic:medtop:11000000']);
    expect(ancestorKeys(trees, 'region:002')).toEqual([]);
  });
});

describe('displayLabel', () => {
  it('capitalises topics only', () => {
    expect(displayLabel('topic', 'conflict, war and peace')).toBe('Conflict, war and peace');
    expect(displayLabel('tag', 'later')).toBe('later');
    expect(displayLabel('region', 'Sahel')).toBe('Sahel');
  });
});
