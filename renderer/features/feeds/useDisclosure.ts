// Which folders (and the Archived group, or other trees' branches) are open in the sidebar, remembered on this computer only.
import { useCallback, useState } from 'react';

const defaultStorageKey = 'outpost.sidebar.open';

export const folderKey = (id: number) => `folder:${id}`;

type OpenMap = Record<string, boolean>;

function readOpen(storageKey: string): OpenMap {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(storageKey) ?? '{}');
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) {
      return Object.fromEntries(
        Object.entries(parsed).filter(
          (entry): entry is [string, boolean] => typeof entry[1] === 'boolean',
        ),
      );
    }
  } catch {
    // Unreadable or unavailable storage: every group starts in its default state.
  }
  return {};
}

export interface DisclosureState {
  isOpen: (key: string, openByDefault: boolean) => boolean;
  toggle: (key: string, openByDefault: boolean) => void;
  setOpen: (key: string, open: boolean) => void;
}

/** Each tree passes its own `storageKey`: two hooks writing one key would erase each other's state. */
export function useDisclosure(storageKey = defaultStorageKey): DisclosureState {
  const [open, setOpenMap] = useState<OpenMap>(() => readOpen(storageKey));

  const setOpen = useCallback(
    (key: string, value: boolean) => {
      setOpenMap((current) => {
        const next = { ...current, [key]: value };
        try {
          localStorage.setItem(storageKey, JSON.stringify(next));
        } catch {
          // Storage can be unavailable (private windows); the choice then lasts for this session.
        }
        return next;
      });
    },
    [storageKey],
  );

  const isOpen = useCallback(
    (key: string, openByDefault: boolean) => open[key] ?? openByDefault,
    [open],
  );

  const toggle = useCallback(
    (key: string, openByDefault: boolean) => setOpen(key, !(open[key] ?? openByDefault)),
    [open, setOpen],
  );

  return { isOpen, toggle, setOpen };
}
