// Between the search header and the results: a notice about them, their order, and facet chips that narrow them.
import type { SearchResult, SearchSort } from '../../../shared/model.ts';
import { Icon } from '../../ui/Icon.tsx';
import { FacetGroup } from './FacetGroup.tsx';
import { sourceValues, yearValues } from './facet-values.ts';
import { SortToggle } from './SortToggle.tsx';
import './search-tools.css';

/** Sources shown before "+N more"; years too, for an archive spanning decades. */
const facetLimit = 8;

interface SearchToolsProps {
  result: SearchResult;
  /** The text in the search box: chips show as pressed when it holds their part. */
  text: string;
  sort: SearchSort;
  onSort: (sort: SearchSort) => void;
  onToggleSource: (name: string) => void;
  onToggleYear: (year: number) => void;
}

export function SearchTools({
  result,
  text,
  sort,
  onSort,
  onToggleSource,
  onToggleYear,
}: SearchToolsProps) {
  if (result.problem) return null;
  const sources = sourceValues(result.facets, text);
  const years = yearValues(result.facets, text);
  return (
    <div className="search-tools" data-testid="search-tools">
      {result.notice ? (
        <p className="search-tools__notice" role="status" data-testid="search-notice">
          <Icon name="info" size={13} />
          <span>{result.notice}</span>
        </p>
      ) : null}
      <div className="search-tools__row">
        <span className="search-tools__label" id="search-sort-label">
          Sort
        </span>
        <SortToggle sort={sort} onSort={onSort} labelId="search-sort-label" />
      </div>
      {sources.length > 0 ? (
        <FacetGroup
          name="Source"
          plural="sources"
          facet="source"
          values={sources}
          limit={facetLimit}
          onToggle={onToggleSource}
        />
      ) : null}
      {years.length > 0 ? (
        <FacetGroup
          name="Year"
          plural="years"
          facet="year"
          values={years}
          limit={facetLimit}
          onToggle={(year) => onToggleYear(Number(year))}
        />
      ) : null}
    </div>
  );
}
