// The hidden file input behind "Import subscriptions (OPML)…".
import type { RefObject } from 'react';

interface OpmlFileInputProps {
  inputRef: RefObject<HTMLInputElement | null>;
  onFile: (file: File) => void;
}

export function OpmlFileInput({ inputRef, onFile }: OpmlFileInputProps) {
  return (
    <input
      ref={inputRef}
      type="file"
      accept=".opml,.xml,text/x-opml,text/xml,application/xml"
      hidden
      aria-label="OPML file to import"
      data-testid="opml-input"
      onChange={(event) => {
        const file = event.currentTarget.files?.[0];
        // Clearing lets the same file be picked again.
        event.currentTarget.value = '';
        if (file) onFile(file);
      }}
    />
  );
}
