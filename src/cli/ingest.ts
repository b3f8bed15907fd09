/**
 * `ingest PATH…` reads articles (files, folders, .jsonl) into the graph and ends with a summary.
 * Messages for people (progress, failures, summary) go to stderr; stdout carries results only, i.e.
 * the extractions of `--dry-run`, so they can be piped.
 */
import { parseArgs } from 'node:util';
import type { Graph } from '../graph/driver.js';
import { loadConfig } from '../config.js';
import type { FetcherOptions } from '../fetch/polite-fetcher.js';
import { fetchedPages } from '../graph/read/fetched-pages.js';
import { formatSummary, ingestItems, loadIngestMany, type IngestManyFn, type IngestSummary } from './ingest-run.js';
import { openGraph } from './lifecycle.js';
import { Progress, articles, describeFailure, perSecond, type ProgressStream } from './progress.js';
import { messageOf, pipelineExtract, safeExtract, write, type ExtractFn } from './shared.js';
import { openSources, type SourceItem } from './sources.js';
import { isWebAddress } from './web-address.js';
import type { FetchTally, StoredPages, WebRequest } from './web-sources.js';

export type GraphHandle = Pick<Graph, 'driver' | 'close'>;

export interface IngestIo {
  stdout: NodeJS.WritableStream;
  stderr: ProgressStream;
  /** Base of relative paths and of article identities. */
  cwd: string;
  /** The writer's by default. Tests pass their own. */
  ingestMany?: IngestManyFn;
  /** Connects and applies the schema; from the environment (like `serve`) by default. */
  connect?: (log: (line: string) => void) => Promise<GraphHandle>;
  /** The pipeline's by default, for --dry-run. */
  extract?: ExtractFn;
  /** Fetching for URLs and feeds; tests shorten the pauses. */
  fetcher?: Partial<FetcherOptions>;
}

/** Batches amortize a transaction's commit; a batch that fails is retried article by article, so nothing is lost by batching. */
const DEFAULT_BATCH_SIZE = 200;

const USAGE = `usage: ingest PATH…|URL… [--feed URL]… [--urls FILE]… [--batch-size N] [--dry-run] [--quiet]

PATH…            .txt files (one article each), saved web pages (.html, .htm: the article is found
                 in the page, its metadata read), folders (their files, recursively, hidden ones
                 skipped), .jsonl files (one {"id","url","text"} object a line), - for
                 JSON lines on standard input (npm run -s gen -- --articles 1000 | npm run ingest -- -)
URL…             http(s) addresses of article pages, fetched (robots.txt obeyed, one request at a time
                 per host); a page stored before is fetched only if changed (ETag, Last-Modified, hash)
--feed URL       an RSS, Atom or JSON feed: its items not stored yet are fetched and ingested
--urls FILE      a list of addresses, one a line (# comments)
--per-host-delay S  seconds between two requests to one host (default 1; robots.txt's Crawl-delay wins if longer)
--batch-size N   articles per transaction (default 200; 1 writes each article alone, same result)
--dry-run        no database: print each extraction as a {"source", ...extraction} line on stdout
--quiet          no progress and no summary, only failures
`;

interface Command {
  paths: string[];
  /** Addresses given on the command line, address lists and feeds. */
  urls: string[];
  urlFiles: string[];
  feeds: string[];
  /** null: the fetcher's default. */
  perHostDelayMs: number | null;
  batchSize: number;
  dryRun: boolean;
  quiet: boolean;
}

/** The command, or why the command line is wrong. */
function parseCommand(argv: string[]): Command | { usageError: string } | 'help' {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        'batch-size': { type: 'string' },
        feed: { type: 'string', multiple: true },
        urls: { type: 'string', multiple: true },
        'per-host-delay': { type: 'string' },
        'dry-run': { type: 'boolean' },
        quiet: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    return { usageError: messageOf(e) };
  }
  const { values, positionals } = parsed;
  if (values.help) return 'help';
  const feeds = values.feed ?? [];
  const urlFiles = values.urls ?? [];
  if (positionals.length === 0 && feeds.length === 0 && urlFiles.length === 0) return { usageError: 'no PATH, URL, --feed or --urls given' };
  const badFeed = feeds.find((f) => !isWebAddress(f));
  if (badFeed !== undefined) return { usageError: `--feed needs an http or https address, got "${badFeed}"` };
  const delay = values['per-host-delay'];
  if (delay !== undefined && !(Number(delay) >= 0)) return { usageError: `--per-host-delay must be a number of seconds, got "${delay}"` };
  const raw = values['batch-size'];
  if (raw !== undefined && !/^[1-9]\d*$/.test(raw.trim())) {
    return { usageError: `--batch-size must be a whole number of at least 1, got "${raw}"` };
  }
  return {
    paths: positionals.filter((p) => !isWebAddress(p)),
    urls: positionals.filter(isWebAddress),
    urlFiles,
    feeds,
    perHostDelayMs: delay === undefined ? null : Number(delay) * 1000,
    batchSize: raw === undefined ? DEFAULT_BATCH_SIZE : Number(raw),
    dryRun: values['dry-run'] ?? false,
    quiet: values.quiet ?? false,
  };
}

export async function runIngest(argv: string[], io: Partial<IngestIo> = {}): Promise<number> {
  const full: IngestIo = { ...io, stdout: io.stdout ?? process.stdout, stderr: io.stderr ?? process.stderr, cwd: io.cwd ?? process.cwd() };
  const command = parseCommand(argv);
  if (command === 'help') {
    full.stdout.write(USAGE);
    return 0;
  }
  if ('usageError' in command) {
    full.stderr.write(`ingest: ${command.usageError}\n\n${USAGE}`);
    return 2;
  }
  return command.dryRun ? dryRun(command, full) : ingest(command, full);
}

async function ingest(command: Command, io: IngestIo): Promise<number> {
  const log = (line: string): void => void io.stderr.write(`${line}\n`);
  const ingestMany = io.ingestMany ?? (await loadIngestMany());
  const graph = await (io.connect ?? defaultConnect)(log);
  const progress = new Progress(io.stderr, { quiet: command.quiet });
  let summary: IngestSummary;
  let tally: FetchTally | null = null;
  try {
    const started = performance.now();
    const sources = await openAll(command, io, (urls) => fetchedPages(graph.driver, urls));
    tally = sources.tally;
    progress.start(sources.total);
    summary = await ingestItems(sources.items, {
      driver: graph.driver,
      ingestMany,
      batchSize: command.batchSize,
      cwd: io.cwd,
      onOutcome: (outcome) => (outcome.ok ? progress.article() : progress.fail(outcome)),
      onSkip: (skip) => progress.note(`skipped: ${describeFailure(skip)}`),
      onNote: (note) => progress.note(`note: ${note}`),
    }, started);
  } finally {
    progress.stop();
    await graph.close();
  }
  if (!command.quiet) {
    if (tally) log(`fetch: ${tally.format()}`);
    log(`ingest: ${formatSummary(summary)}`);
  }
  return summary.articles.failed > 0 ? 1 : 0;
}

/**
 * Files first, then the web: addresses given, address lists, then feeds' items. With any web
 * source the total is unknown up front (feeds are read as we go).
 */
async function openAll(command: Command, io: IngestIo, stored: StoredPages): Promise<{ total: number | null; items: AsyncIterable<SourceItem>; tally: FetchTally | null }> {
  const files = command.paths.length > 0 ? await openSources(command.paths, { cwd: io.cwd }) : { total: 0, items: (async function* () {})() };
  if (command.urls.length === 0 && command.urlFiles.length === 0 && command.feeds.length === 0) return { ...files, tally: null };
  // Loaded only for web sources: the HTML parser and Readability cost most of a second to load.
  const [{ FetchTally, feedRequests, readUrlList, webSources }, { PoliteFetcher }] = await Promise.all([import('./web-sources.js'), import('../fetch/polite-fetcher.js')]);
  const tally = new FetchTally();
  const perHostDelayMs = io.fetcher?.perHostDelayMs ?? command.perHostDelayMs ?? undefined;
  const options = { fetcher: new PoliteFetcher({ ...io.fetcher, ...(perHostDelayMs === undefined ? {} : { perHostDelayMs }) }), stored, tally };
  async function* requests(): AsyncGenerator<WebRequest | SourceItem> {
    for (const url of command.urls) yield { url, fromFeed: false };
    for (const file of command.urlFiles) {
      const list = await readUrlList(file, io.cwd);
      yield* list.problems;
      for (const url of list.urls) yield { url, fromFeed: false };
    }
    yield* feedRequests(command.feeds, options);
  }
  async function* all(): AsyncGenerator<SourceItem> {
    yield* files.items;
    yield* webSources(requests(), options);
  }
  return { total: null, items: all(), tally };
}

const defaultConnect = (log: (line: string) => void): Promise<GraphHandle> => openGraph(loadConfig().neo4j, log);

async function dryRun(command: Command, io: IngestIo): Promise<number> {
  const extract = io.extract ?? (await pipelineExtract());
  const started = performance.now();
  // No database: nothing is known to be stored, so every address is fetched.
  const sources = await openAll(command, io, async () => new Map());
  const progress = new Progress(io.stderr, { quiet: command.quiet });
  progress.start(sources.total);
  let extracted = 0;
  let failed = 0;
  // A consumer that stops reading (`| head`) is not our failure: stop quietly instead of crashing on EPIPE.
  let outputClosed = false;
  const onOutputError = (): void => {
    outputClosed = true;
  };
  io.stdout.on('error', onOutputError);
  try {
    for await (const item of sources.items) {
      if (outputClosed) break;
      if (!item.ok) {
        if (item.skipped) progress.note(`skipped: ${describeFailure(item)}`);
        else {
          failed++;
          progress.fail(item);
        }
        continue;
      }
      if (item.note) progress.note(`note: ${item.note}`);
      const { source, url, text, page } = item.article;
      const extraction = safeExtract(extract, text, url, page?.metadata.publishedAt ?? null);
      // A page's metadata, with where each field was read, goes out beside the extraction it dated.
      await write(io.stdout, `${JSON.stringify({ source, ...(page ? { page: page.metadata } : {}), ...extraction })}\n`);
      extracted++;
      progress.article();
    }
  } catch (e) {
    if (!outputClosed) throw e;
  } finally {
    io.stdout.removeListener('error', onOutputError);
    progress.stop();
  }
  const seconds = (performance.now() - started) / 1000;
  if (!command.quiet) {
    if (sources.tally) io.stderr.write(`fetch: ${sources.tally.format()}\n`);
    io.stderr.write(`ingest --dry-run: ${articles(extracted)} extracted, ${failed} failed in ${seconds.toFixed(1)} s, ${perSecond(extracted + failed, seconds)} articles/s\n`);
  }
  return failed > 0 ? 1 : 0;
}
