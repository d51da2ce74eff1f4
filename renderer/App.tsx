// The window: sidebar, list and reader, and the state tying them together (where we are, what is open, what is searched).
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo, useRef, useState } from 'react';
import type { Article, ArticleFilter, ArticleId, SavedSearch, TagFacet } from '../shared/model.ts';
import { codeOf, type ErrorCode } from '../shared/api-reply.ts';
import { describeError } from './api-client.ts';
import { openArticle as openInReader, setArticleFlags } from './data/actions.ts';
import { useLiveData } from './data/useLiveData.ts';
import { ArticleList } from './features/article-list/ArticleList.tsx';
import { BrowseEmpty } from './features/article-list/BrowseEmpty.tsx';
import { ListHeader } from './features/article-list/ListHeader.tsx';
import { rowFromSummary, rowsFromHits } from './features/article-list/row-model.ts';
import { pageSize, useArticleList } from './features/article-list/useArticleList.ts';
import { useListShortcuts } from './features/article-list/useListShortcuts.ts';
import { FeedDialogs } from './features/feeds/FeedDialogs.tsx';
import { FeedHeaderMenu } from './features/feeds/FeedHeaderMenu.tsx';
import { FeedsSection } from './features/feeds/FeedsSection.tsx';
import { FeedStatusLine } from './features/feeds/FeedStatusLine.tsx';
import { FolderHeaderMenu } from './features/feeds/FolderHeaderMenu.tsx';
import { useFeedShortcuts } from './features/feeds/useFeedShortcuts.ts';
import { useFeedsUi } from './features/feeds/useFeedsUi.ts';
import { DropOverlay } from './features/import/DropOverlay.tsx';
import { ImportBanner } from './features/import/ImportBanner.tsx';
import { useFileDrop } from './features/import/useFileDrop.ts';
import { useImport } from './features/import/useImport.ts';
import { ListTools } from './features/map/ListTools.tsx';
import type { ListMode } from './features/map/ListTools.tsx';
import { MapPane } from './features/map/MapPane.tsx';
import { countriesOf, countryName } from './features/map/country-codes.ts';
import { afterFor, timeRanges } from './features/map/time-range.ts';
import type { TimeRange } from './features/map/time-range.ts';
import { useToday } from './features/map/useToday.ts';
import { OpmlBanner } from './features/opml/OpmlBanner.tsx';
import { OpmlFileInput } from './features/opml/OpmlFileInput.tsx';
import { PlacesSection } from './features/places/PlacesSection.tsx';
import { usePlaces } from './features/places/usePlaces.ts';
import { useTagFacets } from './features/places/useTagFacets.ts';
import { ReaderPane } from './features/reader/ReaderPane.tsx';
import { useReaderArticle } from './features/reader/useReaderArticle.ts';
import { SavedSearchesSection } from './features/saved-searches/SavedSearchesSection.tsx';
import { SaveSearchButton } from './features/saved-searches/SaveSearchButton.tsx';
import { SaveSearchDialog } from './features/saved-searches/SaveSearchDialog.tsx';
import { useSavedSearches } from './features/saved-searches/useSavedSearches.ts';
import { SearchBox } from './features/search/SearchBox.tsx';
import { SearchEmpty, SearchProblem } from './features/search/SearchEmpty.tsx';
import { SearchHeader } from './features/search/SearchHeader.tsx';
import { hasRegion, toggleRegion } from './features/search/facet-query.ts';
import { SearchHelp } from './features/search/SearchHelp.tsx';
import { useSearch } from './features/search/useSearch.ts';
import { PreferencesDialog } from './features/settings/PreferencesDialog.tsx';
import { readCachedTheme } from './features/settings/theme.ts';
import { useSettings } from './features/settings/useSettings.ts';
import { filterFor, titleFor, viewOf, viewTitles } from './features/sidebar/place.ts';
import type { Place } from './features/sidebar/place.ts';
import { Sidebar } from './features/sidebar/Sidebar.tsx';
import { SidebarFooter } from './features/sidebar/SidebarFooter.tsx';
import { useLibrary } from './features/sidebar/useLibrary.ts';
import { SyncBanner } from './features/sync/SyncBanner.tsx';
import { SyncStatus } from './features/sync/SyncStatus.tsx';
import { useSync } from './features/sync/useSync.ts';
import { Banner } from './ui/Banner.tsx';
import './app.css';

interface Opened {
  id: ArticleId;
  /** Search terms to mark in the reader; empty when opened from browsing. */
  terms: string[];
}

export function App() {
  const [error, setError] = useState<{ message: string; code: ErrorCode } | null>(null);
  const onError = useCallback(
    (cause: unknown) => setError({ message: describeError(cause), code: codeOf(cause) }),
    [],
  );
  const [dismissedNotices, setDismissedNotices] = useState<string[]>([]);
  const client = useQueryClient();
  useLiveData(client);
  const { settings, update: updateSettings, save: saveSettings } = useSettings(onError);
  const library = useLibrary(onError);

  const [place, setPlace] = useState<Place>({ kind: 'view', view: 'all' });
  const [limit, setLimit] = useState(pageSize);
  const [selectedId, setSelectedId] = useState<ArticleId | null>(null);
  const [opened, setOpened] = useState<Opened | null>(null);
  const [savingQuery, setSavingQuery] = useState<string | null>(null);
  /** The reader or the map beside the list. */
  const [mode, setMode] = useState<ListMode>('list');
  const [range, setRange] = useState<TimeRange>('all');
  const after = afterFor(range, useToday());

  const search = useSearch(opened?.id ?? null, onError);
  const savedSearches = useSavedSearches(onError);

  const filter = useMemo<ArticleFilter>(() => ({ ...filterFor(place), after }), [place, after]);
  // Places and Topics count within the view (all, unread, starred), whatever feed or tag is chosen.
  const view = viewOf(place);
  const placesFilter = useMemo<ArticleFilter>(() => ({ view, after }), [view, after]);
  const places = usePlaces(placesFilter, onError);
  const list = useArticleList(filter, limit, opened?.id ?? null, onError);
  const reader = useReaderArticle(opened?.id ?? null, onError);
  const imports = useImport();
  const dragging = useFileDrop((files) => void imports.importFiles(files));
  const sync = useSync(onError);
  const [preferencesOpen, setPreferencesOpen] = useState(false);

  const searchRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const readerRef = useRef<HTMLElement>(null);

  const searching = search.query !== '';
  const answer = search.answer;
  /** The saved search on screen: its query is the one searched for. */
  const currentSaved = searching
    ? (savedSearches.list.find((saved) => saved.query === search.query) ?? null)
    : null;
  const rows = useMemo(
    () =>
      searching
        ? rowsFromHits(answer?.result.hits ?? [], answer?.result.terms ?? [])
        : list.articles.map(rowFromSummary),
    [searching, answer, list.articles],
  );
  const readerArticle = reader.kind === 'ready' ? reader.article : null;

  const setRead = (id: ArticleId, read: boolean) =>
    setArticleFlags(client, id, { read }).catch(onError);
  const setStarred = (id: ArticleId, starred: boolean) =>
    setArticleFlags(client, id, { starred }).catch(onError);

  const openArticle = (id: ArticleId) => {
    // Asked first, so the article is on its way before the window re-renders.
    openInReader(client, id).catch(onError);
    setMode('list');
    setSelectedId(id);
    setOpened({ id, terms: searching ? (answer?.result.terms ?? []) : [] });
  };

  /** The article a key press acts on: the selected row, else the one in the reader. */
  const target = (): { id: ArticleId; read: boolean; starred: boolean } | null =>
    rows.find((row) => row.id === selectedId) ?? readerArticle;

  const clearSearch = () => {
    search.clear();
    setOpened((current) => (current ? { ...current, terms: [] } : current));
  };

  const goTo = (next: Place) => {
    setPlace(next);
    setLimit(pageSize);
    setSelectedId(null);
    if (search.text) clearSearch();
  };

  const openSaved = (saved: SavedSearch) => {
    setSelectedId(null);
    search.run(saved.query);
  };

  const feeds = useFeedsUi({
    sources: library.sources,
    place,
    goTo,
    startSync: sync.start,
    onError,
  });
  const placeSource =
    place.kind === 'source' ? library.sources.find((source) => source.id === place.sourceId) : null;

  // The map counts what the list shows: a feed's, a folder's, a topic's articles, or the view's (which
  // the sidebar already has); for a country or region, the whole view, with its countries outlined.
  const ownMapCounts =
    mode === 'map' &&
    !searching &&
    (place.kind === 'source' ||
      place.kind === 'folder' ||
      (place.kind === 'tag' && (place.tag.kind === 'topic' || place.tag.kind === 'tag')));
  const mapFacets = useTagFacets(ownMapCounts ? filter : null, onError);
  const mapCounts = useMemo(() => {
    if (searching) return answer ? new Map(Object.entries(answer.result.facets.country)) : null;
    return countryCounts(ownMapCounts ? mapFacets : places.facets);
  }, [searching, answer, ownMapCounts, mapFacets, places.facets]);
  const highlighted = useMemo(
    () => (place.kind === 'tag' && !searching ? countriesOf(place.tag) : new Set<string>()),
    [place, searching],
  );
  const rangeLabel = timeRanges.find((option) => option.value === range)?.label ?? '';

  const selectCountry = (code: string) => {
    const name = countryName(code);
    if (searching) {
      search.run(toggleRegion(search.text, name));
      return;
    }
    const tag = { kind: 'country' as const, code };
    goTo({ kind: 'tag', view, tag, label: name });
    places.reveal(tag);
  };

  useFeedShortcuts({
    addFeed: () => feeds.actions.addFeed(null),
    syncNow: () => {
      if (!sync.running && feeds.tree.feedCount > 0) sync.start();
    },
    preferences: () => setPreferencesOpen(true),
  });

  const focusList = () => {
    listRef.current?.focus();
    if (!rows.some((row) => row.id === selectedId)) setSelectedId(rows[0]?.id ?? null);
  };

  useListShortcuts({
    move: (delta) => {
      if (rows.length === 0) return;
      const index = rows.findIndex((row) => row.id === selectedId);
      const last = rows.length - 1;
      let next: number;
      if (delta === 'first') next = 0;
      else if (delta === 'last') next = last;
      else if (index === -1) next = delta > 0 ? 0 : last;
      else next = Math.min(last, Math.max(0, index + delta));
      setSelectedId(rows[next]?.id ?? null);
      listRef.current?.focus({ preventScroll: true });
    },
    open: () => {
      if (selectedId !== null && rows.some((row) => row.id === selectedId)) openArticle(selectedId);
    },
    toggleStar: () => {
      const article = target();
      if (article) void setStarred(article.id, !article.starred);
    },
    toggleRead: () => {
      const article = target();
      if (article) void setRead(article.id, !article.read);
    },
    focusSearch: () => {
      searchRef.current?.focus();
      searchRef.current?.select();
    },
    clearSearch: () => {
      if (!search.text && !searching) return false;
      clearSearch();
      return true;
    },
    pageReader: (direction) => {
      const scroller = readerRef.current;
      if (scroller) scroller.scrollBy({ top: direction * scroller.clientHeight * 0.85 });
    },
  });

  const result = answer?.result;
  const moreCount = searching
    ? Math.max(0, (result?.total ?? 0) - (result?.hits.length ?? 0))
    : Math.max(0, list.total - list.articles.length);

  return (
    <div className="app">
      <Sidebar
        place={currentSaved ? null : place}
        stats={library.stats}
        onPlace={goTo}
        footer={
          <SidebarFooter
            sync={
              <SyncStatus
                running={sync.running}
                progress={sync.progress}
                online={sync.online}
                feedCount={feeds.tree.feedCount}
                lastUpdated={feeds.lastUpdated}
                onSync={() => sync.start()}
                onCancel={sync.cancel}
              />
            }
            importing={imports.status.kind === 'running'}
            onImport={(files) => void imports.importFiles(files)}
            theme={settings?.theme ?? readCachedTheme()}
            onTheme={(theme) => void updateSettings({ theme })}
            onPreferences={() => setPreferencesOpen(true)}
          />
        }
      >
        <SavedSearchesSection
          list={savedSearches.list}
          currentId={currentSaved?.id ?? null}
          onSelect={openSaved}
          onDelete={savedSearches.remove}
        />
        <FeedsSection
          tree={feeds.tree}
          place={currentSaved ? null : place}
          onPlace={goTo}
          actions={feeds.actions}
          disclosure={feeds.disclosure}
        />
        <PlacesSection
          places={places}
          place={currentSaved ? null : place}
          view={view}
          onPlace={goTo}
        />
      </Sidebar>
      <main className="workspace">
        <section className="list-pane" aria-label="Article list">
          <div className="list-pane__search">
            <SearchBox
              text={search.text}
              pending={search.pending}
              inputRef={searchRef}
              onChange={search.setText}
              onSubmit={search.submit}
              onClear={clearSearch}
              onLeave={focusList}
            />
            <SearchHelp />
          </div>
          {searching ? (
            <SearchHeader
              search={search}
              title={currentSaved?.name ?? 'Search'}
              actions={
                <SaveSearchButton
                  saved={currentSaved}
                  onSave={() => setSavingQuery(search.query)}
                />
              }
            />
          ) : (
            <ListHeader
              title={titleFor(place, library.sources, feeds.folders)}
              count={
                list.loaded ? browseCount(place, list.total, feeds.selectedFolder?.unread) : null
              }
              status={
                feeds.selectedFeed || placeSource?.archived ? (
                  <FeedStatusLine feed={feeds.selectedFeed} />
                ) : null
              }
              actions={
                feeds.selectedFeed ? (
                  <FeedHeaderMenu feed={feeds.selectedFeed} actions={feeds.actions} />
                ) : feeds.selectedFolder ? (
                  <FolderHeaderMenu node={feeds.selectedFolder} actions={feeds.actions} />
                ) : null
              }
            />
          )}
          {library.stats?.articles !== 0 || mode === 'map' ? (
            <ListTools
              mode={mode}
              onMode={setMode}
              range={searching ? null : range}
              onRange={setRange}
            />
          ) : null}
          <ArticleList
            label={searching ? 'Search results' : 'Articles'}
            rows={result?.problem ? [] : rows}
            selectedId={selectedId}
            currentId={opened?.id ?? null}
            onOpen={openArticle}
            onFocus={() => {
              if (!rows.some((row) => row.id === selectedId)) setSelectedId(rows[0]?.id ?? null);
            }}
            moreCount={result?.problem ? 0 : moreCount}
            onShowMore={searching ? search.showMore : () => setLimit((n) => n + pageSize)}
            autoLoad={searching}
            loadingMore={searching && search.loadingMore}
            resetKey={searching ? `search:${search.sort}:${search.query}` : JSON.stringify(place)}
            listRef={listRef}
            empty={
              searching ? (
                result?.problem ? (
                  <SearchProblem problem={result.problem} />
                ) : answer ? (
                  <SearchEmpty query={answer.query} />
                ) : null
              ) : list.loaded ? (
                <BrowseEmpty
                  place={place}
                  libraryIsEmpty={library.stats?.articles === 0}
                  placeIsFeed={placeSource?.kind === 'feed'}
                  folderHasFeeds={(feeds.selectedFolder?.feedIds.length ?? 0) > 0}
                  period={range === 'all' ? null : `the ${rangeLabel.toLowerCase()}`}
                  onAddFeed={() => feeds.actions.addFeed(null)}
                />
              ) : null
            }
          />
        </section>
        {mode === 'map' ? (
          <MapPane
            counts={mapCounts}
            scope={
              searching
                ? `Search results for “${search.query}”`
                : mapScope(
                    place,
                    titleFor(place, library.sources, feeds.folders),
                    rangeLabel,
                    range,
                  )
            }
            highlighted={highlighted}
            selected={
              searching
                ? ([...(mapCounts?.keys() ?? [])].find((code) =>
                    hasRegion(search.text, countryName(code)),
                  ) ?? null)
                : place.kind === 'tag' && place.tag.kind === 'country'
                  ? place.tag.code
                  : null
            }
            onSelect={selectCountry}
          />
        ) : (
          <ReaderPane
            state={reader}
            terms={opened?.terms ?? []}
            fontSize={settings?.readerFontSize ?? 18}
            onFontSize={(readerFontSize) => void updateSettings({ readerFontSize })}
            font={settings?.readerFont ?? 'serif'}
            onFont={(readerFont) => void updateSettings({ readerFont })}
            onToggleStar={(article: Article) => void setStarred(article.id, !article.starred)}
            onToggleRead={(article: Article) => void setRead(article.id, !article.read)}
            scrollRef={readerRef}
          />
        )}
      </main>
      <div className="banners">
        {error ? (
          <Banner
            tone="problem"
            testId="error-banner"
            title={error.message}
            onDismiss={() => setError(null)}
          >
            {error.code === 'unavailable' ? (
              <button
                type="button"
                className="button button--small banner__action"
                onClick={() => {
                  setError(null);
                  // Whatever failed to load is asked for again.
                  void client.invalidateQueries();
                }}
              >
                Try again
              </button>
            ) : null}
          </Banner>
        ) : null}
        {(library.stats?.notices ?? [])
          .filter((notice) => !dismissedNotices.includes(notice))
          .map((notice) => (
            <Banner
              key={notice}
              tone="problem"
              testId="notice-banner"
              title={firstSentence(notice).title}
              onDismiss={() => setDismissedNotices((list) => [...list, notice])}
            >
              {firstSentence(notice).rest ? (
                <p className="banner__text">{firstSentence(notice).rest}</p>
              ) : null}
            </Banner>
          ))}
        <ImportBanner status={imports.status} onDismiss={imports.dismiss} />
        <OpmlBanner
          status={feeds.opml.status}
          onDismiss={feeds.opml.dismiss}
          onSync={(feedIds) => {
            feeds.opml.dismiss();
            sync.start({ feedIds });
          }}
        />
        <SyncBanner summary={sync.summary} onDismiss={sync.dismissSummary} />
      </div>
      {dragging ? <DropOverlay /> : null}
      <OpmlFileInput
        inputRef={feeds.opml.inputRef}
        onFile={(file) => void feeds.opml.importFile(file)}
      />
      <FeedDialogs
        dialog={feeds.dialog}
        folders={feeds.folders}
        defaultMinutes={settings?.syncIntervalMinutes ?? null}
        commands={feeds.commands}
        onAdded={feeds.onAdded}
        onShow={feeds.onShow}
        onClose={feeds.closeDialog}
      />
      {savingQuery !== null ? (
        <SaveSearchDialog
          query={savingQuery}
          onSave={savedSearches.save}
          onClose={() => setSavingQuery(null)}
        />
      ) : null}
      {preferencesOpen && settings ? (
        <PreferencesDialog
          settings={settings}
          onSave={saveSettings}
          onClose={() => setPreferencesOpen(false)}
        />
      ) : null}
    </div>
  );
}

/** `unread` is the folder's unread total, when a folder is selected. */
function browseCount(place: Place, total: number, unread?: number): string {
  const n = total.toLocaleString();
  if (viewOf(place) === 'unread') return `${n} unread`;
  if (viewOf(place) === 'starred') return `${n} starred`;
  const articles = `${n} ${total === 1 ? 'article' : 'articles'}`;
  if (place.kind === 'folder' && unread !== undefined && total > 0) {
    return `${articles} · ${unread.toLocaleString()} unread`;
  }
  return articles;
}

/** Articles per country (alpha-2) from tag facets. */
function countryCounts(facets: TagFacet[] | null): Map<string, number> | null {
  if (!facets) return null;
  return new Map(
    facets.filter((facet) => facet.kind === 'country').map((facet) => [facet.code, facet.count]),
  );
}

/** What the map counts: "All articles · Past month · Sahel outlined", "Politics · Unread". */
function mapScope(place: Place, title: string, rangeLabel: string, range: TimeRange): string {
  const isPlace =
    place.kind === 'tag' && (place.tag.kind === 'country' || place.tag.kind === 'region');
  const parts = [isPlace ? viewTitles[viewOf(place)] : title];
  if (place.kind === 'tag' && !isPlace && place.view !== 'all') parts.push(viewTitles[place.view]);
  if (range !== 'all') parts.push(rangeLabel);
  if (isPlace) parts.push(`${place.label} outlined`);
  return parts.join(' · ');
}

/** A notice's first sentence as the banner's title, the rest as its text. */
function firstSentence(message: string): { title: string; rest: string } {
  const end = message.search(/\.\s/);
  if (end === -1) return { title: message, rest: '' };
  return { title: message.slice(0, end + 1), rest: message.slice(end + 2) };
}
