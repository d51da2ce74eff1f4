// The article itself: kicker, headline, byline and tags, then the backend's sanitised HTML, with search terms marked.
import { useLayoutEffect, useMemo, useRef } from 'react';
import type { RefObject } from 'react';
import type { Article } from '../../../shared/model.ts';
import { formatFullDate } from '../../ui/format-date.ts';
import { Icon } from '../../ui/Icon.tsx';
import { offlineNotice } from '../../ui/offline-state.ts';
import { Marked } from '../../ui/Marked.tsx';
import { buildTermPattern, findTermRanges } from '../../ui/terms.ts';
import { TagEditor } from '../tags/TagEditor.tsx';
import { markTerms } from './mark-terms.ts';
import { MissingImages } from './MissingImages.tsx';
import type { Settings } from '../../../shared/settings.ts';

type ReaderFont = Settings['readerFont'];

interface ReaderArticleProps {
  article: Article;
  terms: readonly string[];
  font: ReaderFont;
  scrollRef: RefObject<HTMLElement | null>;
}

export function ReaderArticle({ article, terms, font, scrollRef }: ReaderArticleProps) {
  const bodyRef = useRef<HTMLDivElement>(null);
  const termsKey = terms.join('\n');
  const titleRanges = useMemo(
    () => findTermRanges(article.title, buildTermPattern(termsKey ? termsKey.split('\n') : [])),
    [article.title, termsKey],
  );
  const date = article.published ?? article.added;
  const offline = offlineNotice(article.offline);
  // Pages often write the byline as "By Amina Diallo"; the reader adds its own "By".
  const author = article.author?.replace(/^\s*by\s+/i, '').trim() || null;

  // Links in an article lead out of Outpost: never replace the reader with them.
  useLayoutEffect(() => {
    for (const link of bodyRef.current?.querySelectorAll('a[href]') ?? []) {
      link.setAttribute('target', '_blank');
      link.setAttribute('rel', 'noopener noreferrer');
    }
  }, [article.html]);

  useLayoutEffect(() => {
    const body = bodyRef.current;
    const scroller = scrollRef.current;
    if (!body) return;
    const first = markTerms(body, termsKey ? termsKey.split('\n') : []);
    // Bring the first match into view when it is below the fold, as a find bar would.
    if (
      first &&
      scroller &&
      first.getBoundingClientRect().bottom > scroller.getBoundingClientRect().bottom
    ) {
      first.scrollIntoView({ block: 'center' });
    }
  }, [article.html, termsKey, scrollRef]);

  return (
    <article
      ref={scrollRef}
      className={`reader reader--${font}`}
      aria-labelledby="reader-title"
      data-testid="reader"
      tabIndex={0}
    >
      <div className="reader__column">
        <header className="reader__header">
          {article.section ? <p className="reader__kicker">{article.section}</p> : null}
          <h1 id="reader-title" className="reader__title">
            <Marked text={article.title} ranges={titleRanges} />
          </h1>
          <p className="reader__byline">
            {author ? <span className="reader__author">By {author}</span> : null}
            <span className="reader__source">{article.source}</span>
            <time dateTime={date}>
              {article.published ? formatFullDate(date) : `Added ${formatFullDate(date)}`}
            </time>
          </p>
          <TagEditor article={article} />
          {offline ? (
            <p className="reader__offline" data-testid="reader-offline-note">
              <Icon name={offline.icon} size={14} />
              <span>{offline.text}</span>
            </p>
          ) : null}
          <MissingImages article={article} />
        </header>
        <div
          ref={bodyRef}
          className="reader__body"
          data-testid="reader-body"
          // The backend sanitised this HTML before storing it (main/extract/sanitize.ts), and
          // points its images at the offline cache (main/media-files.ts renderOffline).
          dangerouslySetInnerHTML={{ __html: article.html }}
        />
      </div>
    </article>
  );
}
