// A small action menu in the top layer: opened from a "…" button or a right click, driven by arrows, Enter and Escape.
import { useEffect, useLayoutEffect, useRef } from 'react';
import type { KeyboardEvent } from 'react';
import './menu.css';

export type MenuEntry =
  | {
      label: string;
      onSelect: () => void;
      danger?: boolean;
      disabled?: boolean;
      testId?: string;
    }
  | 'separator';

/** Where the menu opens: under a button, or at the pointer (focus then returns to `returnFocus`). */
export type MenuAnchor =
  | { kind: 'element'; element: HTMLElement }
  | { kind: 'point'; x: number; y: number; returnFocus: HTMLElement };

interface MenuProps {
  label: string;
  entries: MenuEntry[];
  anchor: MenuAnchor;
  onClose: () => void;
  testId?: string;
}

const gap = 4;
const margin = 8;

export function Menu({ label, entries, anchor, onClose, testId = 'menu' }: MenuProps) {
  const ref = useRef<HTMLDivElement>(null);
  const close = useRef(onClose);
  useEffect(() => {
    close.current = onClose;
  }, [onClose]);
  const returnTarget = anchor.kind === 'element' ? anchor.element : anchor.returnFocus;

  useLayoutEffect(() => {
    const menu = ref.current;
    if (!menu) return;
    // The sidebar scrolls and clips; the top layer does neither, so the menu is never cut off.
    menu.showPopover();
    place(menu, anchor);
    items(menu)[0]?.focus();
    const onPointerDown = (event: PointerEvent) => {
      const target = event.target as Node;
      // A press on the opening button toggles the menu itself; anything else outside dismisses it.
      if (!menu.contains(target) && !returnTarget.contains(target)) close.current();
    };
    const onDismiss = () => close.current();
    const onScroll = (event: Event) => {
      // Only a scroll that moves the opening button leaves the menu pointing at nothing; the
      // list scrolling on its own (a sync adding articles above) does not.
      const target = event.target;
      if (target === document || (target instanceof Node && target.contains(returnTarget))) {
        close.current();
      }
    };
    document.addEventListener('pointerdown', onPointerDown, true);
    window.addEventListener('resize', onDismiss);
    window.addEventListener('blur', onDismiss);
    document.addEventListener('scroll', onScroll, true);
    return () => {
      document.removeEventListener('pointerdown', onPointerDown, true);
      window.removeEventListener('resize', onDismiss);
      window.removeEventListener('blur', onDismiss);
      document.removeEventListener('scroll', onScroll, true);
      if (menu.matches(':popover-open')) menu.hidePopover();
    };
  }, [anchor, returnTarget]);

  const leave = () => {
    returnTarget.focus();
    close.current();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const menu = ref.current;
    if (!menu) return;
    const list = items(menu);
    const index = list.indexOf(document.activeElement as HTMLElement);
    let next: number | null = null;
    if (event.key === 'ArrowDown') next = index + 1 >= list.length ? 0 : index + 1;
    else if (event.key === 'ArrowUp') next = index <= 0 ? list.length - 1 : index - 1;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = list.length - 1;
    else if (event.key === 'Escape' || event.key === 'Tab') {
      event.preventDefault();
      event.stopPropagation();
      leave();
      return;
    } else if (event.key.length === 1 && /\S/.test(event.key)) {
      // Type-ahead: the next item starting with the letter.
      const key = event.key.toLowerCase();
      const order = [...list.slice(index + 1), ...list.slice(0, index + 1)];
      const match = order.find((item) => item.textContent?.trim().toLowerCase().startsWith(key));
      if (match) next = list.indexOf(match);
    }
    // Keys typed in a menu belong to it, not to the list's shortcuts underneath.
    event.stopPropagation();
    if (next !== null) {
      event.preventDefault();
      list[next]?.focus();
    }
  };

  return (
    <div
      ref={ref}
      popover="manual"
      role="menu"
      aria-label={label}
      className="menu"
      data-testid={testId}
      onKeyDown={onKeyDown}
    >
      {entries.map((entry, index) =>
        entry === 'separator' ? (
          <div key={`separator-${index}`} role="separator" className="menu__separator" />
        ) : (
          <button
            key={entry.label}
            type="button"
            role="menuitem"
            tabIndex={-1}
            className={entry.danger ? 'menu__item menu__item--danger' : 'menu__item'}
            disabled={entry.disabled}
            data-testid={entry.testId}
            onPointerEnter={(event) => event.currentTarget.focus()}
            onClick={() => {
              // Focus goes back first, so a dialog the item opens returns focus there too.
              leave();
              entry.onSelect();
            }}
          >
            {entry.label}
          </button>
        ),
      )}
    </div>
  );
}

function items(menu: HTMLElement): HTMLElement[] {
  return [...menu.querySelectorAll<HTMLElement>('[role="menuitem"]:not(:disabled)')];
}

/** Positions the menu under its button (or at the pointer), kept inside the window. */
function place(menu: HTMLElement, anchor: MenuAnchor): void {
  const { width, height } = menu.getBoundingClientRect();
  let x: number;
  let y: number;
  if (anchor.kind === 'point') {
    x = anchor.x;
    y = anchor.y;
  } else {
    const rect = anchor.element.getBoundingClientRect();
    x = rect.left;
    y = rect.bottom + gap;
    if (y + height > window.innerHeight - margin) y = rect.top - gap - height;
  }
  x = Math.min(x, window.innerWidth - margin - width);
  y = Math.min(y, window.innerHeight - margin - height);
  // Custom properties through the CSSOM: the CSP forbids style attributes, not this.
  menu.style.setProperty('--menu-x', `${Math.max(margin, x)}px`);
  menu.style.setProperty('--menu-y', `${Math.max(margin, y)}px`);
}
