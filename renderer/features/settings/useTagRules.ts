// The tagging rules and the sources a rule can name, loaded for Preferences; adding or deleting one applies at once.
import { useCallback, useEffect, useState } from 'react';
import type { NewTagRule, Source, TagRule } from '../../../shared/model.ts';
import { describeError, getOutpost } from '../../api-client.ts';

export interface TagRulesState {
  rules: TagRule[] | null;
  sources: Source[];
  /** Why the rules could not be loaded, in plain words. */
  loadError: string | null;
  /** Rejects with the backend's message, for the form to show. */
  add: (rule: NewTagRule) => Promise<void>;
  remove: (id: number) => Promise<void>;
}

export function useTagRules(): TagRulesState {
  const [rules, setRules] = useState<TagRule[] | null>(null);
  const [sources, setSources] = useState<Source[]>([]);
  const [loadError, setLoadError] = useState<string | null>(null);

  useEffect(() => {
    let cancelled = false;
    const outpost = getOutpost();
    Promise.all([outpost.listTagRules(), outpost.listSources()]).then(
      ([loadedRules, loadedSources]) => {
        if (cancelled) return;
        setRules(loadedRules);
        setSources(loadedSources);
      },
      (error: unknown) => {
        if (!cancelled)
          setLoadError(`The tagging rules could not be loaded: ${describeError(error)}`);
      },
    );
    return () => {
      cancelled = true;
    };
  }, []);

  const add = useCallback(async (rule: NewTagRule) => {
    const added = await getOutpost().addTagRule(rule);
    setRules((current) => [...(current ?? []), added]);
  }, []);

  const remove = useCallback(async (id: number) => {
    await getOutpost().deleteTagRule(id);
    setRules((current) => (current ?? []).filter((rule) => rule.id !== id));
  }, []);

  return { rules, sources, loadError, add, remove };
}
