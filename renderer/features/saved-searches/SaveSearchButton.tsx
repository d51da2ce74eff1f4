// In the search header: "Save search…" for a new query, or a filled bookmark saying it is saved already.
import type { SavedSearch } from '../../../shared/model.ts';
import { Icon } from '../../ui/Icon.tsx';
import './saved-searches.css';

interface SaveSearchButtonProps {
  saved: SavedSearch | null;
  onSave: () => void;
}

export function SaveSearchButton({ saved, onSave }: SaveSearchButtonProps) {
  if (saved) {
    return (
      <span
        className="saved-search-mark"
        role="img"
        aria-label={`Saved as “${saved.name}”`}
        title={`Saved as “${saved.name}”`}
        data-testid="search-saved-mark"
      >
        <Icon name="bookmark" filled size={15} />
      </span>
    );
  }
  return (
    <button
      type="button"
      className="icon-button"
      aria-label="Save search…"
      title="Save this search in the sidebar"
      data-testid="save-search"
      onClick={onSave}
    >
      <Icon name="bookmark" size={15} />
    </button>
  );
}
