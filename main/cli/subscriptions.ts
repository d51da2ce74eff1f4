// The CLI's subscription commands: feeds add|list|remove, sync, opml import|export.
import { readFile, writeFile } from 'node:fs/promises';
import type { Feed, SyncProgress } from '../../shared/feeds.ts';
import { groupCommands, withBackend, type Command } from './command.ts';
import { CliError, formatDate, printJson, printLines, printProgress } from './output.ts';

const feedsAdd: Command = {
  summary: 'follow a feed, or the feed a web page links to; stores its articles now',
  usage: ['URL'],
  async run(args, options) {
    if (args.length !== 1)
      throw new CliError('feeds add needs one address: outpost feeds add example.org/feed', 2);
    const result = await withBackend(options, (backend) => backend.addFeed(args[0]!));
    if (options.json) printJson(result);
    else if (result.alreadySubscribed)
      printLines([`Already following ${result.feed.title} (${result.feed.feedUrl}).`]);
    else {
      printLines([
        `Following ${result.feed.title} (id ${result.feed.id}): ${result.feed.articleCount} articles stored.`,
        ...(result.discoveredFrom
          ? [`Found ${result.feed.feedUrl} on ${result.discoveredFrom}.`]
          : []),
      ]);
    }
    return 0;
  },
};

const feedsList: Command = {
  summary: 'the feeds you follow, with their ids, unread counts and health',
  async run(args, options) {
    if (args.length > 0) throw new CliError('feeds list takes no arguments.', 2);
    const feeds = await withBackend(options, (backend) => backend.listFeeds());
    if (options.json) printJson(feeds);
    else
      printLines(
        feeds.length > 0 ? feeds.map(describeFeed) : ['No feeds yet: outpost feeds add ADDRESS'],
      );
    return 0;
  },
};

const feedsRemove: Command = {
  summary: 'unfollow a feed and remove its articles, keeping the starred ones',
  usage: ['ID'],
  async run(args, options) {
    const id = parseId(args, 'feeds remove');
    const result = await withBackend(options, (backend) => backend.removeFeed(id));
    if (options.json) printJson(result);
    else {
      printLines([
        `Unsubscribed: ${result.removedArticles} articles removed` +
          (result.keptStarred > 0 ? `, ${result.keptStarred} starred articles kept.` : '.'),
      ]);
    }
    return 0;
  },
};

const syncCommand: Command = {
  summary: 'fetch every feed, or the given ones: new articles, full text, images',
  usage: ['[ID...]'],
  async run(args, options) {
    const feedIds = args.map((arg) => parseId([arg], 'sync'));
    const summary = await withBackend(options, async (backend) => {
      const reporter = createProgressReporter();
      const off = backend.on('sync-progress', reporter);
      const stop = () => void backend.cancelSync();
      process.once('SIGINT', stop);
      try {
        return await backend.sync(feedIds.length > 0 ? { feedIds } : {});
      } finally {
        off();
        process.off('SIGINT', stop);
      }
    });
    if (options.json) printJson(summary);
    else {
      printLines([
        `${summary.cancelled ? 'Sync cancelled' : 'Synced'}: ${summary.succeeded}/${summary.feeds} feeds (${summary.notModified} unchanged), ` +
          `${summary.newArticles} new and ${summary.updatedArticles} updated articles, ` +
          `${summary.fullArticles} full articles, ${summary.images} images, ${formatBytes(summary.bytes)}.`,
        ...summary.failed.map((failure) => `  ${failure.title}: ${failure.error}`),
      ]);
    }
    return summary.failed.length > 0 && summary.succeeded === 0 ? 1 : 0;
  },
};

const opmlImport: Command = {
  summary: 'follow every feed of an OPML subscription list, in its folders',
  usage: ['FILE'],
  async run(args, options) {
    const file = oneFile(args);
    const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
      throw new CliError(`${file} cannot be read (${error.code ?? error.message}).`);
    });
    const report = await withBackend(options, (backend) => backend.importOpml(text));
    if (options.json) printJson(report);
    else {
      printLines([
        `${report.added} feeds added, ${report.existing} already followed, ${report.folders} folders created.`,
        ...report.failed.map((failure) => `  ${failure.url}: ${failure.error}`),
      ]);
    }
    return 0;
  },
};

const opmlExport: Command = {
  summary: 'write the feeds you follow, in their folders, to an OPML file',
  usage: ['FILE'],
  async run(args, options) {
    const file = oneFile(args);
    const opml = await withBackend(options, (backend) => backend.exportOpml());
    await writeFile(file, opml);
    if (options.json) printJson({ file, bytes: Buffer.byteLength(opml) });
    else printLines([`Subscriptions written to ${file}.`]);
    return 0;
  },
};

export const subscriptionCommands: Record<string, Command> = {
  feeds: groupCommands('feeds', 'the feeds you follow', {
    add: feedsAdd,
    list: feedsList,
    remove: feedsRemove,
  }),
  sync: syncCommand,
  opml: groupCommands('opml', 'exchange subscription lists with other feed readers', {
    import: opmlImport,
    export: opmlExport,
  }),
};

function oneFile(args: string[]): string {
  if (args.length !== 1) throw new CliError('Use opml import FILE or opml export FILE.', 2);
  return args[0]!;
}

function parseId(args: string[], command: string): number {
  if (args.length !== 1 || !/^\d+$/.test(args[0]!)) {
    throw new CliError(`${command} needs a feed id (a number; see outpost feeds list).`, 2);
  }
  return Number(args[0]);
}

function describeFeed(feed: Feed): string {
  const health = feed.health;
  const state = health.lastError
    ? `failing: ${health.lastError}`
    : health.lastSuccessAt
      ? `updated ${formatDate(health.lastSuccessAt)}`
      : 'not synced yet';
  return `${String(feed.id).padStart(4)}  ${feed.title}  ${feed.feedUrl}\n      ${feed.unreadCount}/${feed.articleCount} unread · ${state} · next ${health.nextAttemptAt ?? 'now'}`;
}

/** Progress lines on stderr, at most one a second plus one per phase, so pipes stay readable. */
function createProgressReporter(): (progress: SyncProgress) => void {
  let lastPhase = '';
  let lastAt = 0;
  return (progress) => {
    if (!progress.running) return;
    const now = Date.now();
    if (progress.phase === lastPhase && now - lastAt < 1000) return;
    lastPhase = progress.phase;
    lastAt = now;
    const detail =
      progress.phase === 'feeds'
        ? `feeds ${progress.feedsDone}/${progress.feedsTotal}, ${progress.newArticles} new`
        : progress.phase === 'articles'
          ? `full articles ${progress.articlesDone}/${progress.articlesTotal}`
          : `images ${progress.imagesDone}/${progress.imagesTotal}`;
    printProgress(`sync: ${detail}, ${formatBytes(progress.bytes)}`);
  };
}

function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  return `${Math.round(bytes / 1024)} KB`;
}
