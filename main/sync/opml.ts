// OPML, the format every feed reader exchanges subscriptions in: reading a tree, writing ours.
import { OutpostError } from '../../shared/api-reply.ts';
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

/**
 * The most feeds one OPML file may subscribe to. The longest lists people keep run to a few
 * thousand feeds; far beyond that, a file is a scraped directory or a hostile one. Every feed is a
 * request on every sync (5,000 are already some 830 rounds of 6 downloads at a time, on a link
 * that may be thin) and a row in the feed list, so 5,000 leaves headroom over real reading lists
 * while keeping one file from burying the library.
 */
export const MAX_OPML_FEEDS = 5000;

/**
 * The subscriptions in an OPML document, as a tree of folders (the root has no name). A list with
 * more than MAX_OPML_FEEDS feeds is refused whole, before anything is subscribed to.
 */
export function readOpml(text: string): OpmlFolder {
  let document;
  try {
    document = parseOpml(text);
  } catch (error) {
    throw new OutpostError(
      'invalid',
      `This is not an OPML subscription list: ${(error as Error).message}`,
      {
        cause: error,
      },
    );
  }
  // feedsmith reports an empty <body> (a list with no subscriptions) as no body at all.
  if (!document.body && !hasBodyElement(text))
    throw new OutpostError('invalid', 'This is not an OPML subscription list: it has no <body>.');
  const tree = collect('', (document.body?.outlines ?? []) as Outline[], 0);
  const feeds = countFeeds(tree);
  if (feeds > MAX_OPML_FEEDS) {
    throw new OutpostError(
      'invalid',
      `This subscription list has ${formatCount(feeds)} feeds; Outpost imports at most ${formatCount(MAX_OPML_FEEDS)} from one OPML file. Nothing was imported: remove the feeds you do not read, or import the list in parts.`,
    );
  }
  return tree;
}

function countFeeds(folder: OpmlFolder): number {
  return folder.feeds.length + folder.folders.reduce((sum, child) => sum + countFeeds(child), 0);
}

function formatCount(count: number): string {
  return count.toLocaleString('en-US');
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

function hasBodyElement(text: string): boolean {
  return /<body[\s/>]/i.test(text.replace(/<!--[\s\S]*?-->/g, ''));
}

function stringOf(value: unknown): string | null {
  return typeof value === 'string' && value.trim() ? value.trim() : null;
}

const OPML_TITLE = 'Outpost subscriptions';

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
  const outlines = childrenOf(null);
  // feedsmith refuses a document whose body has no outlines, yet following nothing is a valid
  // list to export: it is written by hand, laid out as feedsmith lays out the others.
  if (outlines.length === 0) return writeEmptyOpml(now);
  return generateOpml({
    head: { title: OPML_TITLE, dateCreated: now },
    body: { outlines: outlines as never },
  });
}

function writeEmptyOpml(now: Date): string {
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<opml version="2.0">',
    '  <head>',
    `    <title>${OPML_TITLE}</title>`,
    `    <dateCreated>${now.toUTCString()}</dateCreated>`,
    '  </head>',
    '  <body/>',
    '</opml>',
    '',
  ].join('\n');
}
