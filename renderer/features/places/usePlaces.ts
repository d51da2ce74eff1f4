// The sidebar's Places, Topics and Tags: counts within the view being browsed, as trees whose
// branches open and close (remembered), and a way to open the branches down to a given row.
import { useCallback, useMemo } from 'react';
import type { ArticleFilter, TagFacet, TagKind } from '../../../shared/model.ts';
import { useDisclosure } from '../feeds/useDisclosure.ts';
import type { DisclosureState } from '../feeds/useDisclosure.ts';
import { ancestorKeys, buildTagTrees, tagKey } from './tag-tree.ts';
import type { TagTrees } from './tag-tree.ts';
import { useTagFacets } from './useTagFacets.ts';

export interface PlacesState {
  facets: TagFacet[] | null;
  trees: TagTrees | null;
  disclosure: DisclosureState;
  /** Opens the section and every branch above this row, so it can be seen (a country picked on the map). */
  reveal: (tag: { kind: TagKind; code: string }) => void;
}

export const sectionKey = (section: 'places' | 'topics' | 'tags') => `section:${section}`;
export const branchKey = (key: string) => `tag:${key}`;

export function usePlaces(filter: ArticleFilter, onError: (error: unknown) => void): PlacesState {
  const facets = useTagFacets(filter, onError);
  const trees = useMemo(() => (facets ? buildTagTrees(facets) : null), [facets]);
  const disclosure = useDisclosure('outpost.sidebar.tags.open');
  const { setOpen } = disclosure;

  const reveal = useCallback(
    (tag: { kind: TagKind; code: string }) => {
      const section = tag.kind === 'topic' ? 'topics' : tag.kind === 'tag' ? 'tags' : 'places';
      setOpen(sectionKey(section), true);
      if (!trees) return;
      for (const key of ancestorKeys(trees, tagKey(tag))) setOpen(branchKey(key), true);
    },
    [trees, setOpen],
  );

  return { facets, trees, disclosure, reveal };
}
