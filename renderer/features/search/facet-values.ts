// The chips a result's facet counts make: sources by size, years newest first, each marked when the query narrows to it.
import type { SearchResult } from '../../../shared/model.ts';
import { hasSource, hasYear, sameSourceName, sourcesIn, yearsIn } from './facet-query.ts';
import type { FacetValue } from './FacetGroup.tsx';

type Facets = SearchResult['facets'];

export function sourceValues(facets: Facets, text: string): FacetValue[] {
  const values = Object.entries(facets.source).map(([value, count]) => ({
    value,
    count,
    active: hasSource(text, value),
  }));
  // A source the query narrows to but no result comes from: still shown, so it can be taken out.
  for (const name of sourcesIn(text)) {
    if (!values.some((value) => sameSourceName(value.value, name))) {
      values.push({ value: name, count: 0, active: true });
    }
  }
  return values.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
}

export function yearValues(facets: Facets, text: string): FacetValue[] {
  const values = Object.entries(facets.year).map(([value, count]) => ({
    value,
    count,
    active: hasYear(text, Number(value)),
  }));
  for (const year of yearsIn(text)) {
    if (!values.some((value) => Number(value.value) === year)) {
      values.push({ value: String(year), count: 0, active: true });
    }
  }
  return values.sort((a, b) => Number(b.value) - Number(a.value));
}
