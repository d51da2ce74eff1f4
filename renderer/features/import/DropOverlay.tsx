// The veil shown while files are dragged over the window.
import { Icon } from '../../ui/Icon.tsx';
import './import.css';

export function DropOverlay() {
  return (
    <div className="drop-overlay" data-testid="drop-overlay">
      <div className="drop-overlay__card">
        <Icon name="import" size={28} />
        <p>Drop files to import them</p>
        <p className="drop-overlay__hint">Text, HTML and Markdown files</p>
      </div>
    </div>
  );
}
