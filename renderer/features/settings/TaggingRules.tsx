// Preferences › Tagging rules: the rules in words with a delete button each, and a small form to add one.
import { useId, useRef, useState } from 'react';
import type { TagKind, TagRuleField } from '../../../shared/model.ts';
import { describeError } from '../../api-client.ts';
import { Icon } from '../../ui/Icon.tsx';
import { useAsyncAction } from '../../ui/useAsyncAction.ts';
import { TagPicker } from '../tags/TagPicker.tsx';
import { displayLabel } from '../tags/tag-catalog.ts';
import { chipClass } from '../tags/tag-chips.ts';
import { useTagChoices } from '../tags/useTagChoices.ts';
import { describeRule, ruleFields, ruleFromDraft } from './rule-text.ts';
import { useTagRules } from './useTagRules.ts';
import './tag-rules.css';

type RuleTag = { kind: TagKind; code: string; label: string };

export function TaggingRules() {
  const { rules, sources, loadError, add, remove } = useTagRules();
  const [field, setField] = useState<TagRuleField>('title');
  const [sourceId, setSourceId] = useState<number | null>(null);
  const [pattern, setPattern] = useState('');
  const [tag, setTag] = useState<RuleTag | null>(null);
  const adding = useAsyncAction();
  const [deleteError, setDeleteError] = useState<string | null>(null);
  const choices = useTagChoices(true);
  const pickerRef = useRef<HTMLInputElement>(null);
  const headingId = useId();
  const hintId = useId();

  const submit = () => {
    const draft = ruleFromDraft({
      field,
      sourceId: sourceId ?? sources[0]?.id ?? null,
      pattern,
      tag,
    });
    if ('problem' in draft) {
      adding.setError(draft.problem);
      return;
    }
    void adding
      .run(() => add(draft.rule))
      .then((ok) => {
        if (!ok) return;
        setPattern('');
        setTag(null);
      });
  };

  const deleteRule = (id: number) => {
    setDeleteError(null);
    remove(id).catch((error: unknown) =>
      setDeleteError(`The rule could not be deleted: ${describeError(error)}`),
    );
  };

  return (
    <section className="tag-rules" aria-labelledby={headingId} data-testid="tag-rules">
      <h3 className="tag-rules__title" id={headingId}>
        Tagging rules
      </h3>
      <p className="field__hint" id={hintId}>
        Tag every article from a source, or whose title or text contains some words. A rule applies
        at once: existing articles are re-tagged in the background.
      </p>
      {loadError ? <p className="field__problem">{loadError}</p> : null}
      {rules && rules.length > 0 ? (
        <ul className="tag-rules__list" aria-label="Tagging rules">
          {rules.map((rule) => {
            const text = describeRule(rule, sources);
            return (
              <li key={rule.id} className="tag-rules__rule" data-testid="tag-rule">
                <span className="tag-rules__text">{text}</span>
                <button
                  type="button"
                  className="icon-button"
                  aria-label={`Delete rule: ${text}`}
                  title="Delete this rule"
                  onClick={() => deleteRule(rule.id)}
                >
                  <Icon name="close" size={14} />
                </button>
              </li>
            );
          })}
        </ul>
      ) : rules ? (
        <p className="tag-rules__empty">No rules yet.</p>
      ) : null}
      {deleteError ? <p className="field__problem">{deleteError}</p> : null}
      <div className="tag-rules__form" role="group" aria-label="New rule" aria-describedby={hintId}>
        <select
          className="select tag-rules__field"
          aria-label="Which articles"
          value={field}
          onChange={(event) => {
            setField(event.target.value as TagRuleField);
            adding.setError(null);
          }}
        >
          {ruleFields.map((choice) => (
            <option key={choice.value} value={choice.value}>
              {choice.label}
            </option>
          ))}
        </select>
        {field === 'source' ? (
          <select
            className="select tag-rules__what"
            aria-label="Source"
            value={sourceId ?? sources[0]?.id ?? ''}
            onChange={(event) => setSourceId(Number(event.target.value))}
          >
            {sources.map((source) => (
              <option key={source.id} value={source.id}>
                {source.title}
              </option>
            ))}
          </select>
        ) : (
          <input
            className="input tag-rules__what"
            type="text"
            aria-label="Words"
            placeholder={field === 'title' ? 'e.g. election' : 'e.g. climate change'}
            value={pattern}
            onChange={(event) => {
              setPattern(event.target.value);
              adding.setError(null);
            }}
            onKeyDown={(event) => {
              // Enter here means "next", not "save Preferences": go on to the tag.
              if (event.key !== 'Enter') return;
              event.preventDefault();
              if (tag) submit();
              else pickerRef.current?.focus();
            }}
          />
        )}
        <span className="tag-rules__then" aria-hidden="true">
          → tag with
        </span>
        <span className="tag-rules__pick">
          {tag ? (
            <span className={`${chipClass(tag.kind)} tag-rules__tag`} data-testid="rule-tag">
              <span className="tag-chip__label">{displayLabel(tag)}</span>
              <button
                type="button"
                className="tag-chip__action"
                aria-label="Choose another tag"
                title="Choose another tag"
                onClick={() => {
                  setTag(null);
                  requestAnimationFrame(() => pickerRef.current?.focus());
                }}
              >
                <Icon name="close" size={11} />
              </button>
            </span>
          ) : (
            <TagPicker
              label="Tag to put on"
              placeholder="Topic, place or new tag"
              choices={choices}
              inputRef={pickerRef}
              testId="rule-tag-input"
              onPick={(option) => {
                setTag({ kind: option.kind, code: option.code, label: option.label });
                adding.setError(null);
              }}
            />
          )}
          <button
            type="button"
            className="button button--small tag-rules__add"
            disabled={adding.busy}
            onClick={submit}
          >
            Add rule
          </button>
        </span>
      </div>
      {adding.error ? (
        <p className="field__problem" role="alert">
          {adding.error}
        </p>
      ) : null}
    </section>
  );
}
