// The tagging rules and the sources a rule can name, for Preferences; adding or deleting one applies at once.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { NewTagRule, Source, TagRule } from '../../../shared/model.ts';
import { describeError, getOutpost } from '../../api-client.ts';
import { apiQuery } from '../../data/queries.ts';

export interface TagRulesState {
  rules: TagRule[] | null;
  sources: Source[];
  /** Why the rules could not be loaded, in plain words. */
  loadError: string | null;
  /** Rejects with the backend's message, for the form to show. */
  add: (rule: NewTagRule) => Promise<void>;
  remove: (id: number) => Promise<void>;
}

const rulesQuery = apiQuery('listTagRules');
const noSources: Source[] = [];

export function useTagRules(): TagRulesState {
  const client = useQueryClient();
  const rules = useQuery(rulesQuery);
  const sources = useQuery(apiQuery('listSources'));
  const failed = rules.error ?? sources.error;

  const add = useCallback(
    async (rule: NewTagRule) => {
      const added = await getOutpost().addTagRule(rule);
      client.setQueryData(rulesQuery.queryKey, (current) =>
        current && !current.some((row) => row.id === added.id) ? [...current, added] : current,
      );
    },
    [client],
  );

  const remove = useCallback(
    async (id: number) => {
      await getOutpost().deleteTagRule(id);
      client.setQueryData(rulesQuery.queryKey, (current) =>
        current?.filter((row) => row.id !== id),
      );
    },
    [client],
  );

  return {
    rules: rules.data ?? null,
    sources: sources.data ?? noSources,
    loadError: failed ? `The tagging rules could not be loaded: ${describeError(failed)}` : null,
    add,
    remove,
  };
}
