// The sidebar's "Saved searches": smart folders that run their query when selected, each with its unread count.
import { useState } from 'react';
import type { SavedSearch } from '../../../shared/model.ts';
import { ConfirmDialog } from '../../ui/ConfirmDialog.tsx';
import { SavedSearchRow } from './SavedSearchRow.tsx';

interface SavedSearchesSectionProps {
  list: SavedSearch[];
  /** The saved search whose query is on screen, if any. */
  currentId: number | null;
  onSelect: (saved: SavedSearch) => void;
  onDelete: (id: number) => Promise<void>;
}

export function SavedSearchesSection({
  list,
  currentId,
  onSelect,
  onDelete,
}: SavedSearchesSectionProps) {
  const [deleting, setDeleting] = useState<SavedSearch | null>(null);
  return (
    <>
      <div className="sidebar__section-head">
        <h2 className="sidebar__heading" id="sidebar-saved-searches">
          Saved searches
        </h2>
      </div>
      {list.length > 0 ? (
        <ul className="sidebar__list" aria-labelledby="sidebar-saved-searches">
          {list.map((saved) => (
            <SavedSearchRow
              key={saved.id}
              saved={saved}
              current={saved.id === currentId}
              onSelect={() => onSelect(saved)}
              onDelete={() => setDeleting(saved)}
            />
          ))}
        </ul>
      ) : (
        <p className="sidebar__none" data-testid="saved-searches-none">
          Save a search to keep it here, with its unread count.
        </p>
      )}
      {deleting ? (
        <ConfirmDialog
          title={`Delete the saved search “${deleting.name}”?`}
          testId="delete-saved-search-dialog"
          message="Its articles stay in your library; only the search leaves the sidebar."
          confirmLabel="Delete"
          onConfirm={() => onDelete(deleting.id)}
          onClose={() => setDeleting(null)}
        />
      ) : null}
    </>
  );
}
