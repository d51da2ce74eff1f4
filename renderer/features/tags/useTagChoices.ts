// What the tag picker offers: the fixed catalogue, plus the free tags already used in the library.
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { apiQuery } from '../../data/queries.ts';
import { tagCatalog } from './tag-catalog.ts';
import type { TagChoice } from './tag-catalog.ts';

/** Loads the library's free tags once `active` (the picker is open); the catalogue needs no loading. */
export function useTagChoices(active: boolean): readonly TagChoice[] {
  // Without them the picker still offers the catalogue and new tags: a failure stays quiet.
  // The same counts the sidebar shows for all articles: usually in the cache already.
  const query = useQuery({ ...apiQuery('listTagFacets', { view: 'all' }), enabled: active });
  const facets = query.data;

  return useMemo(() => {
    const freeTags: TagChoice[] = (facets ?? [])
      .filter((facet) => facet.kind === 'tag')
      .map((facet) => ({
        kind: 'tag',
        code: facet.code,
        label: facet.label,
        hint: `Your tag · ${facet.count.toLocaleString()}`,
        aliases: [],
        depth: 0,
      }));
    return [...freeTags, ...tagCatalog()];
  }, [facets]);
}
