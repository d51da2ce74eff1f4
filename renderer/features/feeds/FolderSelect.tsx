// A folder picker: no folder (the top level), or any folder, indented by depth.
import type { Folder, FolderId } from '../../../shared/feeds.ts';
import { folderOptions } from './feed-tree.ts';

interface FolderSelectProps {
  id: string;
  folders: Folder[];
  value: FolderId | null;
  onChange: (folderId: FolderId | null) => void;
  disabled?: boolean;
  testId: string;
}

export function FolderSelect({
  id,
  folders,
  value,
  onChange,
  disabled,
  testId,
}: FolderSelectProps) {
  return (
    <select
      id={id}
      className="select"
      value={value === null ? '' : String(value)}
      disabled={disabled}
      data-testid={testId}
      onChange={(event) => onChange(event.target.value === '' ? null : Number(event.target.value))}
    >
      <option value="">No folder</option>
      {folderOptions(folders).map((option) => (
        <option key={option.id} value={String(option.id)}>
          {option.label}
        </option>
      ))}
    </select>
  );
}
