// Where a row's menu is open, if anywhere: under its "…" button, or at the pointer after a right click.
import { useCallback, useState } from 'react';
import type { MouseEvent } from 'react';
import type { MenuAnchor } from './Menu.tsx';

export interface MenuAnchorState {
  anchor: MenuAnchor | null;
  /** The "…" button: a second press closes the menu again. */
  toggleFromButton: (event: MouseEvent<HTMLElement>) => void;
  /** A right click (or the context-menu key) on the row. */
  openAtPointer: (event: MouseEvent<HTMLElement>) => void;
  close: () => void;
}

export function useMenuAnchor(): MenuAnchorState {
  const [anchor, setAnchor] = useState<MenuAnchor | null>(null);

  const toggleFromButton = useCallback((event: MouseEvent<HTMLElement>) => {
    const element = event.currentTarget;
    setAnchor((current) => (current ? null : { kind: 'element', element }));
  }, []);

  const openAtPointer = useCallback((event: MouseEvent<HTMLElement>) => {
    event.preventDefault();
    const element = event.currentTarget;
    // The context-menu key fires without a pointer position: open under the row instead.
    const fromKeyboard = event.clientX === 0 && event.clientY === 0;
    setAnchor(
      fromKeyboard
        ? { kind: 'element', element }
        : { kind: 'point', x: event.clientX, y: event.clientY, returnFocus: element },
    );
  }, []);

  const close = useCallback(() => setAnchor(null), []);
  return { anchor, toggleFromButton, openAtPointer, close };
}
