// What the list says when a search finds nothing, or when the query cannot be understood.
import { EmptyState } from '../../ui/EmptyState.tsx';

export function SearchProblem({ problem }: { problem: string }) {
  return (
    <EmptyState
      tone="problem"
      testId="search-problem"
      title={problem}
      hint="Plain words find articles containing all of them; put a phrase in quotes, or add * to a word's beginning."
    />
  );
}

export function SearchEmpty({ query }: { query: string }) {
  return (
    <EmptyState
      testId="search-empty"
      icon="search"
      title={`No articles match “${query}”.`}
      hint="Check the spelling, try fewer words, or end a word with * to match its beginning."
    />
  );
}
