// The search field at the top of the list: type to search, Enter searches now, Escape clears.
import type { KeyboardEvent, RefObject } from 'react';
import { Icon } from '../../ui/Icon.tsx';
import './search.css';

interface SearchBoxProps {
  text: string;
  pending: boolean;
  inputRef: RefObject<HTMLInputElement | null>;
  onChange: (text: string) => void;
  onSubmit: () => void;
  onClear: () => void;
  /** ArrowDown leaves the box for the results. */
  onLeave: () => void;
}

export function SearchBox({
  text,
  pending,
  inputRef,
  onChange,
  onSubmit,
  onClear,
  onLeave,
}: SearchBoxProps) {
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      onSubmit();
    } else if (event.key === 'Escape') {
      // An open popover (the syntax help) takes Escape first: it closes, the search stays.
      if (document.querySelector('[popover]:popover-open')) return;
      event.preventDefault();
      if (text) onClear();
      else event.currentTarget.blur();
    } else if (event.key === 'ArrowDown') {
      event.preventDefault();
      onLeave();
    }
  };

  return (
    <search className="search-box" aria-busy={pending}>
      <Icon name="search" size={15} />
      <input
        ref={inputRef}
        type="search"
        className="search-box__input"
        aria-label="Search articles"
        placeholder="Search"
        title="Search (/)"
        autoComplete="off"
        spellCheck={false}
        value={text}
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={onKeyDown}
      />
      {text ? (
        <button
          type="button"
          className="search-box__clear"
          aria-label="Clear search"
          title="Clear search (Esc)"
          onClick={() => {
            onClear();
            inputRef.current?.focus();
          }}
        >
          <Icon name="close" size={13} />
        </button>
      ) : (
        <kbd className="search-box__hint" aria-hidden="true">
          /
        </kbd>
      )}
    </search>
  );
}
