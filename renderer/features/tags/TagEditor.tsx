// The reader's tags under the byline: chips for places, topics and free tags, and a field to add one.
import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useRef, useState } from 'react';
import { codeOf } from '../../../shared/api-reply.ts';
import type { Article, TagEdit } from '../../../shared/model.ts';
import { describeError, getOutpost } from '../../api-client.ts';
import { apiQuery } from '../../data/queries.ts';
import { Icon } from '../../ui/Icon.tsx';
import { TagChip } from './TagChip.tsx';
import { TagPicker } from './TagPicker.tsx';
import { groupChips, removalEdits } from './tag-chips.ts';
import type { TagChipModel } from './tag-chips.ts';
import { tagKey } from './tag-suggestions.ts';
import type { TagOption } from './tag-suggestions.ts';
import { useTagChoices } from './useTagChoices.ts';
import './tags.css';

type ArticleTags = Pick<Article, 'id' | 'regions' | 'topics' | 'tags'>;

export function TagEditor({ article }: { article: Article }) {
  const client = useQueryClient();
  // The backend's answer to an edit shows at once; a reload of the article (an event) replaces it.
  const [state, setState] = useState<{ from: Article; tags: ArticleTags }>({
    from: article,
    tags: article,
  });
  if (state.from !== article) setState({ from: article, tags: article });
  const tags = state.tags;

  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const [showImplied, setShowImplied] = useState(false);
  const addButtonRef = useRef<HTMLButtonElement>(null);
  const choices = useTagChoices(adding);

  const groups = useMemo(() => groupChips(tags), [tags]);
  const present = useMemo(
    () => new Set([...tags.regions, ...tags.topics, ...tags.tags].map(tagKey)),
    [tags],
  );

  const edit = async (edits: TagEdit[]) => {
    setBusy(true);
    setError(null);
    try {
      const updated = await getOutpost().editTags(article.id, edits);
      if (updated) {
        setState({ from: article, tags: updated });
        client.setQueryData(apiQuery('getArticle', updated.id).queryKey, updated);
      } else setError('This article is no longer in your library.');
    } catch (cause) {
      setError(
        codeOf(cause) === 'not-found'
          ? 'This article is no longer in your library.'
          : `The tags could not be changed: ${describeError(cause)}`,
      );
    } finally {
      setBusy(false);
    }
  };

  const remove = (chip: TagChipModel) => void edit(removalEdits(tags, chip.tag));
  const confirm = (chip: TagChipModel) =>
    void edit([
      { action: 'confirm', kind: chip.tag.kind, code: chip.tag.code, label: chip.tag.label },
    ]);
  const add = (option: TagOption) =>
    void edit([
      option.kind === 'tag'
        ? { action: 'add', kind: 'tag', label: option.label }
        : { action: 'add', kind: option.kind, code: option.code },
    ]);

  const chip = (model: TagChipModel) => (
    <li key={model.key} className="tag-editor__item">
      <TagChip chip={model} disabled={busy} onConfirm={confirm} onRemove={remove} />
    </li>
  );
  const impliedCount = groups.impliedPlaces.length;

  return (
    <div className="tag-editor" data-testid="tag-editor">
      <ul className="tag-editor__chips" aria-label="Places, topics and tags">
        {groups.places.map(chip)}
        {showImplied ? groups.impliedPlaces.map(chip) : null}
        {impliedCount > 0 ? (
          <li className="tag-editor__item">
            <button
              type="button"
              className="tag-editor__more"
              aria-expanded={showImplied}
              title={showImplied ? 'Hide the broader regions' : 'Show the broader regions'}
              onClick={() => setShowImplied((shown) => !shown)}
            >
              {showImplied
                ? 'Fewer regions'
                : `+${impliedCount} ${impliedCount === 1 ? 'region' : 'regions'}`}
            </button>
          </li>
        ) : null}
        {groups.topics.map(chip)}
        {groups.tags.map(chip)}
        <li className="tag-editor__item tag-editor__add">
          {adding ? (
            <TagPicker
              label="Add tag"
              placeholder="Country, region, topic or new tag"
              choices={choices}
              exclude={present}
              autoFocus
              testId="add-tag-input"
              onPick={add}
              onDismiss={() => {
                setAdding(false);
                // Back to the button the field replaced, unless focus already went elsewhere.
                requestAnimationFrame(() => {
                  if (document.activeElement === document.body) addButtonRef.current?.focus();
                });
              }}
            />
          ) : (
            <button
              ref={addButtonRef}
              type="button"
              className="tag-editor__add-button"
              onClick={() => setAdding(true)}
            >
              <Icon name="plus" size={12} />
              Add tag
            </button>
          )}
        </li>
      </ul>
      {error ? (
        <p className="tag-editor__error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
