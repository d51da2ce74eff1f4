// What the tag picker offers: the fixed catalogue, plus the free tags already used in the library.
import { useEffect, useMemo, useState } from 'react';
import type { TagFacet } from '../../../shared/model.ts';
import { getOutpost } from '../../api-client.ts';
import { tagCatalog } from './tag-catalog.ts';
import type { TagChoice } from './tag-catalog.ts';

/** Loads the library's free tags once `active` (the picker is open); the catalogue needs no loading. */
export function useTagChoices(active: boolean): readonly TagChoice[] {
  const [facets, setFacets] = useState<TagFacet[]>([]);

  useEffect(() => {
    if (!active) return;
    let cancelled = false;
    getOutpost()
      .listTagFacets({})
      .then(
        (loaded) => {
          if (!cancelled) setFacets(loaded);
        },
        // Without them the picker still offers the catalogue and new tags: nothing to report.
        () => undefined,
      );
    return () => {
      cancelled = true;
    };
  }, [active]);

  return useMemo(() => {
    const freeTags: TagChoice[] = facets
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
