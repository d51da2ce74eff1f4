// "Import files…": a button that opens the system file picker through a hidden file input.
import { useRef } from 'react';
import { Icon } from '../../ui/Icon.tsx';
import { acceptedExtensions } from './read-files.ts';

interface ImportButtonProps {
  busy: boolean;
  onFiles: (files: File[]) => void;
}

export function ImportButton({ busy, onFiles }: ImportButtonProps) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button
        type="button"
        className="import-button"
        disabled={busy}
        onClick={() => input.current?.click()}
      >
        <Icon name="import" />
        <span>{busy ? 'Importing…' : 'Import files…'}</span>
      </button>
      <input
        ref={input}
        type="file"
        multiple
        accept={acceptedExtensions.join(',')}
        hidden
        aria-label="Files to import"
        data-testid="import-input"
        onChange={(event) => {
          const files = [...(event.currentTarget.files ?? [])];
          // Clearing lets the same file be picked again (to see it reported as a duplicate).
          event.currentTarget.value = '';
          onFiles(files);
        }}
      />
    </>
  );
}
