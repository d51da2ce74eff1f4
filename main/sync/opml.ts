// OPML, the format every feed reader exchanges subscriptions in: reading a tree, writing ours.
import { generateOpml, parseOpml } from 'feedsmith';
import type { Feed, Folder } from '../../shared/feeds.ts';

export interface OpmlFolder {
  name: string;
  feeds: OpmlFeed[];
  folders: OpmlFolder[];
}

export interface OpmlFeed {
  url: string;
  title: string | null;
  siteUrl: string | null;
}

type Outline = {
  text?: unknown;
  title?: unknown;
  xmlUrl?: unknown;
  htmlUrl?: unknown;
  outlines?: Outline[];
};

/** The subscriptions in an OPML document, as a tree of folders (the root has no name). */
export function readOpml(text: string): OpmlFolder {
  let document;
  try {
    document = parseOpml(text);
  } catch (error) {
    throw new Error(`This is not an OPML subscription list: ${(error as Error).message}`, {
      cause: error,
    });
  }
  const outlines = (document.body?.outlines ?? []) as Outline[];
  if (!document.body) throw new Error('This is not an OPML subscription list: it has no <body>.');
  return collect('', outlines, 0);
}

function collect(name: string, outlines: Outline[], depth: number): OpmlFolder {
  const folder: OpmlFolder = { name, feeds: [], folders: [] };
  for (const outline of outlines) {
    const label = stringOf(outline.title) ?? stringOf(outline.text);
    const xmlUrl = stringOf(outline.xmlUrl);
    if (xmlUrl) {
      folder.feeds.push({ url: xmlUrl, title: label, siteUrl: stringOf(outline.htmlUrl) });
    } else if (outline.outlines?.length && depth < 16) {
      // Deeper nesting than this is a malformed (or hostile) file, not a folder structure.
      folder.folders.push(collect(label ?? 'Untitled folder', outline.outlines, depth + 1));
    }
  }
  return folder;
}

function stringOf(value: unknown): string | null {
  return typeof value === 'string' && value.trim() ? value.trim() : null;
}

/** Our subscriptions as OPML 2.0, folders nested. */
export function writeOpml(folders: readonly Folder[], feeds: readonly Feed[], now: Date): string {
  const outlineOf = (feed: Feed) => ({
    text: feed.title,
    title: feed.title,
    type: 'rss',
    xmlUrl: feed.feedUrl,
    ...(feed.siteUrl ? { htmlUrl: feed.siteUrl } : {}),
  });
  const childrenOf = (parentId: number | null): object[] => [
    ...folders
      .filter((folder) => folder.parentId === parentId)
      .map((folder) => ({
        text: folder.name,
        title: folder.name,
        outlines: childrenOf(folder.id),
      })),
    ...feeds.filter((feed) => feed.folderId === parentId).map(outlineOf),
  ];
  return generateOpml({
    head: { title: 'Outpost subscriptions', dateCreated: now },
    body: { outlines: childrenOf(null) as never },
  });
}
