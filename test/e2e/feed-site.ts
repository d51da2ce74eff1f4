// News sites for the feed e2e tests: feeds built at request time, article pages with an image, answers held on purpose.
import { articlePage, escapeXml, paragraphs, pngImage, rssFeed } from '../helpers/feed-fixtures.ts';
import { serveBody, type Handler } from '../helpers/http-test-server.ts';

export interface Story {
  slug: string;
  title: string;
  /** What the feed carries: a one-line teaser, never the article. */
  teaser: string;
  /** Seeds the article page's paragraphs. */
  seed: number;
  /** The page shows a picture, served at /images/<slug>.png. */
  image?: boolean;
}

export const storyPath = (slug: string) => `/articles/${slug}.html`;
export const imagePath = (slug: string) => `/images/${slug}.png`;

/** The article page's paragraphs: what the reader must show once the full text is in. */
export function storyParagraphs(story: Story): string[] {
  return paragraphs(story.seed, 4);
}

/**
 * A summary-only RSS feed of `stories()`, built at each request: the test can publish more
 * stories between syncs, and links can name the server's origin, known only once it listens.
 */
export function feedOf(
  title: string,
  origin: () => string,
  stories: () => readonly Story[],
): Handler {
  return (req, res) =>
    serveBody(
      rssFeed({
        title,
        link: `${origin()}/`,
        items: stories().map((story, index) => ({
          guid: `${title}-${story.slug}`,
          title: story.title,
          link: `${origin()}${storyPath(story.slug)}`,
          description: story.teaser,
          published: new Date(Date.UTC(2026, 10, 20, 8 + index)),
        })),
      }),
    )(req, res);
}

/** The article page and image of each story. */
export function storyRoutes(stories: readonly Story[]): Record<string, Handler> {
  const routes: Record<string, Handler> = {};
  for (const story of stories) {
    routes[storyPath(story.slug)] = serveBody(
      articlePage({
        title: story.title,
        paragraphs: storyParagraphs(story),
        image: story.image ? imagePath(story.slug) : undefined,
      }),
      { contentType: 'text/html; charset=utf-8' },
    );
    if (story.image) {
      routes[imagePath(story.slug)] = serveBody(pngImage(24, 16, 90), {
        contentType: 'image/png',
      });
    }
  }
  return routes;
}

export interface Gate {
  /** Answers with `handler` once the gate is released. */
  hold(handler: Handler): Handler;
  /** Resolves when the first held request arrives. */
  reached: Promise<void>;
  release(): void;
}

/** Holds answers until the test says so: progress can be seen without guessing how long a sync takes. */
export function createGate(): Gate {
  let release!: () => void;
  const opened = new Promise<void>((resolve) => (release = resolve));
  let reach!: () => void;
  const reached = new Promise<void>((resolve) => (reach = resolve));
  return {
    hold: (handler) => async (req, res) => {
      reach();
      await opened;
      if (!res.destroyed) await handler(req, res);
    },
    reached,
    release,
  };
}

export function opmlOf(feeds: Array<{ title: string; url: string; folder?: string }>): string {
  const outline = (feed: { title: string; url: string }) =>
    `<outline type="rss" text="${escapeXml(feed.title)}" xmlUrl="${escapeXml(feed.url)}"/>`;
  const top = feeds.filter((feed) => !feed.folder).map(outline);
  const folders = [...new Set(feeds.flatMap((feed) => (feed.folder ? [feed.folder] : [])))].map(
    (folder) =>
      `<outline text="${escapeXml(folder)}">${feeds
        .filter((feed) => feed.folder === folder)
        .map(outline)
        .join('')}</outline>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0"><head><title>Subscriptions</title></head>
<body>${[...top, ...folders].join('\n')}</body></opml>
`;
}
