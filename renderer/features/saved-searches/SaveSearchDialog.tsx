// Names the search on screen and keeps it in the sidebar; a query the backend cannot read is explained here.
import { TextFieldDialog } from '../../ui/TextFieldDialog.tsx';

/** The backend's limit on a saved search's name. */
export const savedNameMaxLength = 200;

interface SaveSearchDialogProps {
  query: string;
  onSave: (name: string, query: string) => Promise<unknown>;
  onClose: () => void;
}

export function SaveSearchDialog({ query, onSave, onClose }: SaveSearchDialogProps) {
  return (
    <TextFieldDialog
      title="Save search"
      label="Name"
      testId="save-search-dialog"
      description={`Keeps “${query}” in the sidebar, with a count of its unread articles.`}
      initial={query.slice(0, savedNameMaxLength)}
      maxLength={savedNameMaxLength}
      emptyMessage="A saved search needs a name."
      submitLabel="Save"
      submitUnchanged
      onSubmit={(name) => onSave(name, query)}
      onClose={onClose}
    />
  );
}
