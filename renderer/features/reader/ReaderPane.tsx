// The right pane: the open article with its toolbar, or a quiet prompt when nothing is open.
import type { RefObject } from 'react';
import type { Article } from '../../../shared/model.ts';
import type { Settings } from '../../../shared/settings.ts';
import { EmptyState } from '../../ui/EmptyState.tsx';
import { ReaderArticle } from './ReaderArticle.tsx';
import { ReaderToolbar } from './ReaderToolbar.tsx';
import type { ReaderState } from './useReaderArticle.ts';
import './reader.css';

interface ReaderPaneProps {
  state: ReaderState;
  /** Search terms to mark when the article was opened from search results. */
  terms: readonly string[];
  fontSize: number;
  onFontSize: (size: number) => void;
  font: Settings['readerFont'];
  onFont: (font: Settings['readerFont']) => void;
  onToggleStar: (article: Article) => void;
  onToggleRead: (article: Article) => void;
  scrollRef: RefObject<HTMLElement | null>;
}

export function ReaderPane({
  state,
  terms,
  fontSize,
  onFontSize,
  font,
  onFont,
  onToggleStar,
  onToggleRead,
  scrollRef,
}: ReaderPaneProps) {
  return (
    <section className="reader-pane" aria-label="Reader">
      {state.kind === 'ready' ? (
        <>
          <ReaderToolbar
            article={state.article}
            font={font}
            fontSize={fontSize}
            onToggleFont={() => onFont(font === 'serif' ? 'sans' : 'serif')}
            onFontSize={onFontSize}
            onToggleStar={onToggleStar}
            onToggleRead={onToggleRead}
          />
          <ReaderArticle
            key={state.article.id}
            article={state.article}
            terms={terms}
            font={font}
            scrollRef={scrollRef}
          />
        </>
      ) : state.kind === 'missing' ? (
        <EmptyState
          testId="reader-empty"
          title="This article is no longer in your library."
          hint="Pick another one from the list."
        />
      ) : state.kind === 'none' ? (
        <EmptyState
          testId="reader-empty"
          title="Select an article"
          hint={
            <>
              Click one in the list, or move with <kbd>J</kbd> and <kbd>K</kbd> and open it with{' '}
              <kbd>Enter</kbd>.
            </>
          }
        />
      ) : null}
    </section>
  );
}
