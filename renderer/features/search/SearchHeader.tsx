// The top of the list while searching: the search's name and size, its actions, and the strip that orders and narrows it.
import type { ReactNode } from 'react';
import type { SearchResult } from '../../../shared/model.ts';
import { ListHeader } from '../article-list/ListHeader.tsx';
import { toggleSource, toggleYear } from './facet-query.ts';
import { SearchTools } from './SearchTools.tsx';
import type { SearchState } from './useSearch.ts';

interface SearchHeaderProps {
  search: SearchState;
  /** "Search", or the name of the saved search on screen. */
  title: string;
  /** Buttons at the end of the title row: saving the search. */
  actions: ReactNode;
}

export function SearchHeader({ search, title, actions }: SearchHeaderProps) {
  const result = search.answer?.result;
  return (
    <>
      <ListHeader title={title} count={searchCount(search.pending, result)} actions={actions} />
      {result ? (
        <SearchTools
          result={result}
          text={search.text}
          sort={search.sort}
          onSort={search.setSort}
          // A chip edits the text in the box, so what is searched for stays in plain view.
          onToggleSource={(name) => search.run(toggleSource(search.text, name))}
          onToggleYear={(year) => search.run(toggleYear(search.text, year))}
        />
      ) : null}
    </>
  );
}

function searchCount(pending: boolean, result: SearchResult | undefined): string | null {
  if (!result) return pending ? 'Searching…' : null;
  if (result.problem) return null;
  return `${result.total.toLocaleString()} ${result.total === 1 ? 'result' : 'results'}`;
}
