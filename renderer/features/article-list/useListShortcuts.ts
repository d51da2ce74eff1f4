// The reader's keyboard: j/k or arrows move, Enter/o open, s stars, m toggles read, / searches, Space pages.
import { useEffect, useRef } from 'react';

export interface ListShortcuts {
  move: (delta: number | 'first' | 'last') => void;
  open: () => void;
  toggleStar: () => void;
  toggleRead: () => void;
  focusSearch: () => void;
  clearSearch: () => boolean;
  pageReader: (direction: 1 | -1) => void;
}

export function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target.matches('input, textarea, select');
}

/**
 * Dialogs, menus and popovers own the keyboard while they are open: Escape, say, closes the
 * search help rather than clearing the search under it.
 */
export function isInOverlay(target: EventTarget | null): boolean {
  return (
    target instanceof Element &&
    (target.closest('dialog, [popover]') !== null ||
      document.querySelector('dialog[open], [popover]:popover-open') !== null)
  );
}

/** Keys like Enter and arrows belong to buttons and the reader's scroller when they have focus. */
function isNeutral(target: EventTarget | null): boolean {
  return (
    !(target instanceof HTMLElement) ||
    target === document.body ||
    target.getAttribute('role') === 'listbox'
  );
}

export function useListShortcuts(shortcuts: ListShortcuts): void {
  const latest = useRef(shortcuts);
  useEffect(() => {
    latest.current = shortcuts;
  });

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.metaKey || event.ctrlKey || event.altKey) return;
      if (isTextField(event.target) || isInOverlay(event.target)) return;
      const actions = latest.current;
      const neutral = isNeutral(event.target);
      let handled = true;
      switch (event.key) {
        case 'j':
          actions.move(1);
          break;
        case 'k':
          actions.move(-1);
          break;
        case 'ArrowDown':
          if (neutral) actions.move(1);
          else handled = false;
          break;
        case 'ArrowUp':
          if (neutral) actions.move(-1);
          else handled = false;
          break;
        case 'Home':
          if (neutral) actions.move('first');
          else handled = false;
          break;
        case 'End':
          if (neutral) actions.move('last');
          else handled = false;
          break;
        case 'o':
          actions.open();
          break;
        case 'Enter':
          if (neutral) actions.open();
          else handled = false;
          break;
        case 's':
          actions.toggleStar();
          break;
        case 'm':
          actions.toggleRead();
          break;
        case '/':
          actions.focusSearch();
          break;
        case ' ':
          if (neutral) actions.pageReader(event.shiftKey ? -1 : 1);
          else handled = false;
          break;
        case 'Escape':
          handled = actions.clearSearch();
          break;
        default:
          handled = false;
      }
      if (handled) event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
