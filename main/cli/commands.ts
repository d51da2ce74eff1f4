// The CLI's command table: import, show, search, stats, reindex over the library; extract,
// parse-feed, tag, serve; and the subscription commands. `outpost --help` is made from it.
import type { Backend } from '../backend.ts';
import { withBackend, type Command } from './command.ts';
import { CliError, formatDate, printJson, printLines, printProblem } from './output.ts';
import { runExtract } from './extract.ts';
import { runParseFeed } from './parse-feed.ts';
import { runTag } from './tag.ts';
import { runServe } from './serve.ts';
import { subscriptionCommands } from './subscriptions.ts';

const importCommand: Command = {
  summary: 'import .txt, .html, .htm and .md files, or folders of them',
  usage: ['PATH...'],
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
  summary: 'print one article',
  usage: ['ID'],
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
  summary: 'search the archive: words, "phrases", -word, OR, prefix*, fuzzy~1,',
  details: ['title: author: source: region: topic: tag:, after: before:, is:unread'],
  usage: ['QUERY'],
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
  summary: 'counts, sizes and the search index state',
  async run(args, options) {
    if (args.length > 0) throw new CliError('stats takes no arguments.', 2);
    const stats = await withBackend(options, async (backend) => {
      // Give the index a moment to load; a large backlog is reported as it stands.
      await Promise.race([
        // A search that stopped is reported in the stats themselves.
        backend.whenSearchReady().catch(() => undefined),
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
  summary: 'rebuild the search index from the library',
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
    printProblem('bringing the search index up to date…');
  }, 1000);
  await backend.whenSearchReady();
  clearTimeout(timer);
  if (said) printProblem('search index ready.');
}

export const commands: Record<string, Command> = {
  import: importCommand,
  show: showCommand,
  search: searchCommand,
  stats: statsCommand,
  reindex: reindexCommand,
  extract: {
    summary: 'extract the article from saved web pages (nothing is stored)',
    usage: ['FILE.html...'],
    run: runExtract,
  },
  'parse-feed': {
    summary: 'read RSS, Atom, RDF or JSON feeds from files (nothing is stored)',
    usage: ['FILE...'],
    run: runParseFeed,
  },
  tag: {
    summary: 'countries, regions and topics of articles in files (nothing is stored)',
    details: ['the same for lines {id, title, body} of a JSON Lines file (- for stdin)'],
    usage: ['FILE...', '--jsonl INPUT'],
    run: runTag,
  },
  serve: {
    summary: 'open the Outpost UI in a browser on this computer',
    run: runServe,
  },
  ...subscriptionCommands,
};
