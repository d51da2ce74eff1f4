// The reader's toolbar: star, read state, text size and typeface, and the original on the web.
import type { Article } from '../../../shared/model.ts';
import { Icon } from '../../ui/Icon.tsx';
import type { Settings } from '../../../shared/settings.ts';

type ReaderFont = Settings['readerFont'];

const minFontSize = 12;
const maxFontSize = 28;

interface ReaderToolbarProps {
  article: Article;
  font: ReaderFont;
  fontSize: number;
  onToggleFont: () => void;
  onFontSize: (size: number) => void;
  onToggleStar: (article: Article) => void;
  onToggleRead: (article: Article) => void;
}

export function ReaderToolbar({
  article,
  font,
  fontSize,
  onToggleFont,
  onFontSize,
  onToggleStar,
  onToggleRead,
}: ReaderToolbarProps) {
  return (
    <div className="reader-toolbar" role="toolbar" aria-label="Article actions">
      <button
        type="button"
        className="icon-button icon-button--star"
        aria-label="Star article"
        aria-pressed={article.starred}
        title={article.starred ? 'Unstar (S)' : 'Star (S)'}
        onClick={() => onToggleStar(article)}
      >
        <Icon name="star" filled={article.starred} />
      </button>
      <button
        type="button"
        className="icon-button"
        aria-label="Mark as unread"
        aria-pressed={!article.read}
        title={article.read ? 'Mark as unread (M)' : 'Mark as read (M)'}
        onClick={() => onToggleRead(article)}
      >
        <Icon name="unread" filled={!article.read} />
      </button>
      <span className="reader-toolbar__spacer" />
      <button
        type="button"
        className="icon-button"
        aria-label="Smaller text"
        title="Smaller text"
        disabled={fontSize <= minFontSize}
        onClick={() => onFontSize(Math.max(minFontSize, fontSize - 1))}
      >
        <span className="reader-toolbar__glyph reader-toolbar__glyph--small" aria-hidden="true">
          A
        </span>
      </button>
      <button
        type="button"
        className="icon-button"
        aria-label="Larger text"
        title="Larger text"
        disabled={fontSize >= maxFontSize}
        onClick={() => onFontSize(Math.min(maxFontSize, fontSize + 1))}
      >
        <span className="reader-toolbar__glyph reader-toolbar__glyph--large" aria-hidden="true">
          A
        </span>
      </button>
      <button
        type="button"
        className="icon-button reader-toolbar__font"
        aria-label="Serif typeface"
        aria-pressed={font === 'serif'}
        title={font === 'serif' ? 'Use the system typeface' : 'Use a serif typeface'}
        onClick={onToggleFont}
      >
        <span aria-hidden="true">Aa</span>
      </button>
      {article.url ? (
        <a
          className="icon-button"
          href={article.url}
          target="_blank"
          rel="noopener noreferrer"
          aria-label="Open the original"
          title="Open the original on the web"
        >
          <Icon name="external" />
        </a>
      ) : null}
    </div>
  );
}
