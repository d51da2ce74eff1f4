// A text field with tag suggestions as you type (ARIA combobox + listbox): arrows move, Enter picks, Escape closes.
import { useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { KeyboardEvent, RefObject } from 'react';
import type { TagChoice } from './tag-catalog.ts';
import { suggestTags } from './tag-suggestions.ts';
import type { TagOption } from './tag-suggestions.ts';
import './tags.css';

interface TagPickerProps {
  /** The field's accessible name. */
  label: string;
  placeholder: string;
  choices: readonly TagChoice[];
  /** `tagKey`s not to offer (the article's own tags). */
  exclude?: ReadonlySet<string>;
  /** Whether typed text can become a new free tag. */
  allowNew?: boolean;
  autoFocus?: boolean;
  inputRef?: RefObject<HTMLInputElement | null>;
  testId?: string;
  /** Called with the chosen option; the field empties itself. */
  onPick: (option: TagOption) => void;
  /** Escape in an empty field, or leaving it empty. */
  onDismiss?: () => void;
}

export function TagPicker({
  label,
  placeholder,
  choices,
  exclude,
  allowNew = true,
  autoFocus = false,
  inputRef,
  testId,
  onPick,
  onDismiss,
}: TagPickerProps) {
  const [text, setText] = useState('');
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const listId = useId();
  const listRef = useRef<HTMLUListElement>(null);
  // The list is a popover anchored to the field: in the top layer it is never clipped by the
  // reader's scroller or a dialog's edge, and it flips above the field when there is no room below.
  const anchorName = `--tag-picker-${listId.replace(/[^\w-]/g, '')}`;
  const options = useMemo(
    () => suggestTags(choices, text, { exclude, allowNew }),
    [choices, text, exclude, allowNew],
  );
  const expanded = open && options.length > 0;
  const activeIndex = Math.min(active, options.length - 1);
  const optionId = (index: number) => `${listId}-option-${index}`;

  useLayoutEffect(() => {
    const list = listRef.current;
    if (!list) return;
    if (expanded && !list.matches(':popover-open')) list.showPopover();
    else if (!expanded && list.matches(':popover-open')) list.hidePopover();
  }, [expanded]);

  // Keep the active option in view inside the list (scrollIntoView could move the page too).
  useLayoutEffect(() => {
    const list = listRef.current;
    const option = expanded ? list?.children[activeIndex] : null;
    if (!list || !(option instanceof HTMLElement)) return;
    if (option.offsetTop < list.scrollTop) list.scrollTop = option.offsetTop;
    else if (option.offsetTop + option.offsetHeight > list.scrollTop + list.clientHeight) {
      list.scrollTop = option.offsetTop + option.offsetHeight - list.clientHeight;
    }
  }, [expanded, activeIndex]);

  const pick = (option: TagOption | undefined) => {
    if (!option) return;
    onPick(option);
    setText('');
    setActive(0);
    setOpen(false);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const move = (delta: number) => {
      event.preventDefault();
      if (!expanded) {
        setOpen(true);
        return;
      }
      setActive((activeIndex + delta + options.length) % options.length);
    };
    switch (event.key) {
      case 'ArrowDown':
        move(1);
        break;
      case 'ArrowUp':
        move(-1);
        break;
      case 'Enter':
        // Inside a dialog's form, Enter would submit the whole dialog: here it picks a tag.
        event.preventDefault();
        if (expanded) pick(options[activeIndex]);
        break;
      case 'Escape':
        // Escape closes the list first, then empties the field, then leaves it; with nothing
        // left to undo here it goes on to whatever is around (a dialog closes).
        if (expanded) setOpen(false);
        else if (text) setText('');
        else if (onDismiss) onDismiss();
        else break;
        event.preventDefault();
        event.stopPropagation();
        break;
    }
  };

  return (
    <span className="tag-picker">
      <input
        ref={inputRef}
        className="input tag-picker__input"
        type="text"
        role="combobox"
        aria-label={label}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded ? optionId(activeIndex) : undefined}
        autoComplete="off"
        spellCheck={false}
        placeholder={placeholder}
        value={text}
        // Opened on request ("Add tag"), so taking focus is what the reader asked for.
        autoFocus={autoFocus}
        data-testid={testId}
        style={{ anchorName }}
        onChange={(event) => {
          setText(event.target.value);
          setActive(0);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
        onFocus={() => setOpen(true)}
        onBlur={() => {
          setOpen(false);
          if (!text.trim()) onDismiss?.();
        }}
      />
      <ul
        ref={listRef}
        id={listId}
        role="listbox"
        aria-label={`${label}: suggestions`}
        className="tag-picker__list"
        popover="manual"
        style={{ positionAnchor: anchorName }}
      >
        {options.map((option, index) => (
          <li
            key={`${option.kind}:${option.code}:${option.isNew}`}
            id={optionId(index)}
            role="option"
            aria-selected={index === activeIndex}
            className={
              index === activeIndex ? 'tag-picker__option is-active' : 'tag-picker__option'
            }
            // Keep focus in the field, so the list stays open and Enter still works after a click.
            onMouseDown={(event) => event.preventDefault()}
            onMouseMove={() => setActive(index)}
            onClick={() => pick(option)}
          >
            <span className="tag-picker__label">
              {option.isNew ? `New tag “${option.label}”` : option.label}
            </span>
            {option.isNew ? null : <span className="tag-picker__hint">{option.hint}</span>}
          </li>
        ))}
      </ul>
    </span>
  );
}
