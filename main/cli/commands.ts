// The CLI's command table: import, show, search, stats over the library; extract, parse-feed, serve;
// and the subscription commands.
import type { Backend } from '../backend.ts';
import { withBackend, type Command } from './command.ts';
import { CliError, formatDate, printJson, printLines } from './output.ts';
import { runExtract } from './extract.ts';
import { runParseFeed } from './parse-feed.ts';
import { runTag } from './tag.ts';
import { runServe } from './serve.ts';
import { subscriptionCommands } from './subscriptions.ts';

export type { Command, CommandOptions } from './command.ts';

const importCommand: Command = {
  async run(paths, options) {
    if (paths.length === 0) throw new CliError('import needs at least one file or folder.', 2);
    const report = await withBackend(options, (backend) => backend.importFiles(paths));
    if (options.json) {
      printJson(report);
    } else {
      printLines(
        report.items.map((item) =>
          item.status === 'failed'
            ? `failed     ${item.error}`
            : `${item.status.padEnd(10)} ${item.id}  ${item.title}  (${item.path})`,
        ),
      );
      printLines([
        `${report.imported} imported, ${report.duplicates} duplicates, ${report.failed.length} failed`,
      ]);
    }
    return report.failed.length > 0 && report.imported + report.duplicates === 0 ? 1 : 0;
  },
};

const showCommand: Command = {
  async run(args, options) {
    const [idText, ...extra] = args;
    if (!idText || extra.length > 0) throw new CliError('show needs exactly one article id.', 2);
    if (!/^\d+$/.test(idText))
      throw new CliError(`"${idText}" is not an article id (ids are numbers).`, 2);
    const article = await withBackend(options, (backend) => backend.getArticle(Number(idText)));
    if (!article)
      throw new CliError(`There is no article with id ${idText} in ${options.dataDir}.`);
    if (options.json) {
      printJson({
        id: article.id,
        title: article.title,
        url: article.url,
        source: article.source,
        author: article.author,
        published: article.published,
        text: article.text,
        html: article.html,
        regions: article.regions,
        topics: article.topics,
        tags: article.tags,
        read: article.read,
        starred: article.starred,
        section: article.section,
        added: article.added,
      });
    } else {
      const meta = [article.source, article.author, formatDate(article.published)].filter(Boolean);
      const labels = (tags: ReadonlyArray<{ label: string }>) =>
        tags.map((t) => t.label).join(', ');
      const tagLines = [
        ...(article.regions.length
          ? [
              `Places: ${labels([...article.regions].sort((a, b) => Number(a.kind === 'region') - Number(b.kind === 'region')))}`,
            ]
          : []),
        ...(article.topics.length ? [`Topics: ${labels(article.topics)}`] : []),
        ...(article.tags.length ? [`Tags:   ${labels(article.tags)}`] : []),
      ];
      printLines([article.title, meta.join(' · '), ...tagLines, '', article.text]);
    }
    return 0;
  },
};

const searchCommand: Command = {
  async run(args, options) {
    const query = args.join(' ');
    if (!query.trim())
      throw new CliError('search needs a query, for example: outpost search "Sahel"', 2);
    const result = await withBackend(options, async (backend) => {
      await waitForSearch(backend);
      return backend.search(query, {
        limit: options.limit ?? 20,
        offset: options.offset,
        sort: options.sort,
      });
    });
    if (options.json) printJson(result);
    if (result.problem) throw new CliError(result.problem);
    if (!options.json) {
      printLines([
        `${result.total} ${result.total === 1 ? 'article matches' : 'articles match'} ${query}`,
      ]);
      for (const hit of result.hits) {
        printLines([
          `${hit.id}  ${hit.title} — ${hit.source}, ${formatDate(hit.published)}`,
          `    ${hit.snippet}`,
        ]);
      }
    }
    return 0;
  },
};

const statsCommand: Command = {
  async run(args, options) {
    if (args.length > 0) throw new CliError('stats takes no arguments.', 2);
    const stats = await withBackend(options, async (backend) => {
      // Give the index a moment to load; a large backlog is reported as it stands.
      await Promise.race([
        backend.whenSearchReady(),
        new Promise((resolve) => setTimeout(resolve, 2000)),
      ]);
      return backend.stats();
    });
    if (options.json) {
      printJson(stats);
    } else {
      printLines([
        `Data folder: ${stats.dataDir}`,
        `Articles:    ${stats.articles} (${stats.unread} unread, ${stats.starred} starred)`,
        `Sources:     ${stats.sources}`,
        `Database:    ${(stats.databaseBytes / 1024).toFixed(0)} KB`,
        `Search:      ${stats.index.state}, ${stats.index.documents} articles in ${stats.index.segments} segments (${(stats.index.bytesOnDisk / (1024 * 1024)).toFixed(1)} MB)` +
          (stats.index.pendingArticles > 0
            ? `, ${stats.index.pendingArticles} still to index`
            : ''),
        ...(stats.index.notice ? [`             ${stats.index.notice}`] : []),
        `Tagging:     ${stats.tagging.version}` +
          (stats.tagging.pendingArticles > 0
            ? `, ${stats.tagging.pendingArticles} articles still to tag`
            : ', every article tagged'),
      ]);
    }
    return 0;
  },
};

const reindexCommand: Command = {
  async run(args, options) {
    if (args.length > 0) throw new CliError('reindex takes no arguments.', 2);
    const started = Date.now();
    const stats = await withBackend(options, async (backend) => {
      await backend.reindex();
      return backend.stats();
    });
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    if (options.json) printJson({ ...stats.index, seconds: Number(seconds) });
    else printLines([`Search index rebuilt: ${stats.index.documents} articles in ${seconds} s.`]);
    return 0;
  },
};

/** The CLI's answers must cover the whole library: wait for the index, saying so when it takes a while. */
async function waitForSearch(backend: Backend): Promise<void> {
  let said = false;
  const timer = setTimeout(() => {
    said = true;
    process.stderr.write('outpost: bringing the search index up to date…\n');
  }, 1000);
  await backend.whenSearchReady();
  clearTimeout(timer);
  if (said) process.stderr.write('outpost: search index ready.\n');
}

export const commands: Record<string, Command> = {
  import: importCommand,
  show: showCommand,
  search: searchCommand,
  stats: statsCommand,
  reindex: reindexCommand,
  extract: { run: runExtract },
  'parse-feed': { run: runParseFeed },
  tag: { run: runTag },
  serve: { run: runServe },
  ...subscriptionCommands,
};
