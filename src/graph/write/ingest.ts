/**
 * The one ingest path for the CLI, `npm start`'s seed, the API and the benchmarks: inputs are
 * checked and hashed, grouped in batches, and each batch is one transaction (writeBatch). A batch
 * that fails is retried article by article, so one bad article gets its own error and the others go in.
 * A database that cannot be reached is no article's fault: the ingest stops there (GraphUnavailableError),
 * every batch already committed stays, and running it again writes only what is missing.
 */
import type { Driver } from 'neo4j-driver';
import { extract } from '../../extract/index.js';
import { GraphUnavailableError, IngestInputError, isUnreachable } from '../errors.js';
import { normalizeText } from '../../extract/normalize.js';
import type { Extraction } from '../../extract/types.js';
import { futurePublication, hasLetters, textProblem } from './article-text.js';
import { articleId, contentHash } from './keys.js';
import { needsWrite, storedVersions, writeBatch, type BatchArticle, type BatchWritten } from './write-batch.js';
import { type ArticleInput, type PageInput, type IngestOutcome, type IngestResult, type WriteCounts, zeroCounts } from './types.js';

export interface IngestManyOptions {
  /** Articles per transaction; 1 (the default) is one transaction per article. */
  batchSize?: number;
  onOutcome: (outcome: IngestOutcome) => void;
}

type Item = { ok: true; article: BatchArticle } | { ok: false; source: string; error: string };

/** Checks an input and derives its identity; extraction waits until the writer knows it is needed. */
export function prepareInput(input: ArticleInput): BatchArticle {
  const identity = input.url ?? input.source;
  if (!identity.trim()) throw new IngestInputError(input.source || '(unnamed)', 'no url and no source to identify the article');
  const problem = textProblem(input.text);
  if (problem !== null) throw new IngestInputError(input.source, problem);
  const text = normalizeText(input.text);
  if (text.trim() === '') throw new IngestInputError(input.source, 'empty text');
  if (!hasLetters(text)) throw new IngestInputError(input.source, 'no letters: the text holds no words to read');
  let extraction: Extraction | null = null;
  const page = input.page ?? null;
  return {
    id: articleId(identity),
    source: input.source,
    url: input.url,
    contentHash: page ? contentHash(`${text}\n${pageStamp(page)}`) : contentHash(text),
    page,
    extraction: () => {
      extraction ??= withPageMetadata(extract(text, { url: input.url, publishedAt: page?.metadata.publishedAt ?? null }), page);
      const failed = extraction.warnings.find((w) => w.startsWith('extraction failed')) ?? futurePublication(extraction.article.publishedAt, new Date());
      if (failed) throw new IngestInputError(input.source, failed);
      return extraction;
    },
  };
}

/**
 * What of a page's metadata changes the facts: the same text with another publication time dates
 * its meetings and posts differently, so it is another version, not "unchanged".
 */
const pageStamp = (page: PageInput): string => JSON.stringify([page.metadata.title, page.metadata.publishedAt, page.metadata.author]);

/** The page's own title, author and time win over what the extractor guessed from the text's lines. */
function withPageMetadata(x: Extraction, page: PageInput | null): Extraction {
  if (page === null) return x;
  const m = page.metadata;
  return { ...x, article: { ...x.article, title: m.title ?? x.article.title, author: m.author ?? x.article.author, publishedAt: m.publishedAt ?? x.article.publishedAt } };
}

const messageOf = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/** Lets the driver's socket I/O progress while extraction, which is synchronous, runs between writes. */
const yieldToIo = () => new Promise<void>((resolve) => setImmediate(resolve));

export async function ingestMany(driver: Driver, inputs: AsyncIterable<ArticleInput> | Iterable<ArticleInput>, options: IngestManyOptions): Promise<void> {
  const batchSize = Math.max(1, Math.floor(options.batchSize ?? 1));
  let batch: Item[] = [];
  let ids = new Set<string>();
  let inFlight: Promise<void> = Promise.resolve();
  const flush = async () => {
    const items = batch;
    batch = [];
    ids = new Set();
    // Extraction of this batch overlaps the previous batch's transaction; outcomes still leave in input order.
    const [extracted] = await Promise.all([warmExtractions(driver, items), inFlight]);
    inFlight = writeItems(driver, items, extracted, options.onOutcome);
    // Its failure is awaited (and thrown) by the next flush or at the end; until then it must not count as unhandled.
    inFlight.catch(() => {});
  };
  for await (const input of inputs) {
    let item: Item;
    try {
      item = { ok: true, article: prepareInput(input) };
    } catch (e) {
      item = { ok: false, source: input.source, error: messageOf(e) };
    }
    if (item.ok && ids.has(item.article.id)) await flush();
    batch.push(item);
    if (item.ok) ids.add(item.article.id);
    if (ids.size >= batchSize) await flush();
  }
  if (batch.length > 0) await flush();
  await inFlight;
}

/** Runs the extraction of the articles the graph does not hold yet; a failure is left for the writer to report. */
async function warmExtractions(driver: Driver, items: readonly Item[]): Promise<Set<string>> {
  const articles = items.flatMap((i) => (i.ok ? [i.article] : []));
  if (articles.length === 0) return new Set();
  const stored = await storedVersions(driver, articles.map((a) => a.id)).catch((e: unknown) => {
    throw isUnreachable(e) ? lostDatabase(articles, e) : e;
  });
  const needed = new Set<string>();
  for (const a of articles) {
    if (!needsWrite(stored, a)) continue;
    needed.add(a.id);
    try {
      a.extraction();
    } catch {
      // reported with its source when the batch is written
    }
    await yieldToIo();
  }
  return needed;
}

async function writeItems(driver: Driver, items: readonly Item[], needed: ReadonlySet<string>, onOutcome: (o: IngestOutcome) => void): Promise<void> {
  const articles = items.flatMap((i) => (i.ok ? [i.article] : []));
  const outcomes = new Map<string, IngestOutcome>();
  // Articles whose extraction already failed are reported alone and never hold the batch back.
  for (const a of articles) {
    const error = needed.has(a.id) ? extractionError(a) : null;
    if (error !== null) outcomes.set(a.id, { ok: false, source: a.source, error });
  }
  const writable = articles.filter((a) => !outcomes.has(a.id));
  for (const [id, outcome] of await writeWithFallback(driver, writable)) outcomes.set(id, outcome);
  for (const item of items) {
    onOutcome(item.ok ? outcomes.get(item.article.id)! : { ok: false, source: item.source, error: item.error });
  }
}

function extractionError(a: BatchArticle): string | null {
  try {
    a.extraction();
    return null;
  } catch (e) {
    return messageOf(e);
  }
}

async function writeWithFallback(driver: Driver, articles: readonly BatchArticle[]): Promise<Map<string, IngestOutcome>> {
  const out = new Map<string, IngestOutcome>();
  if (articles.length === 0) return out;
  const ingestedAt = new Date().toISOString();
  try {
    const written = await writeBatch(driver, articles, ingestedAt);
    articles.forEach((a, i) => {
      // A transaction's counts cannot be split by article; the batch's last article carries them so sums stay right.
      out.set(a.id, { ok: true, ...resultOf(a, written, i === articles.length - 1 ? written.counts : zeroCounts()) });
    });
  } catch (e) {
    if (isUnreachable(e)) throw lostDatabase(articles, e);
    if (articles.length === 1) {
      out.set(articles[0]!.id, { ok: false, source: articles[0]!.source, error: messageOf(e) });
      return out;
    }
    for (const a of articles) for (const [id, o] of await writeWithFallback(driver, [a])) out.set(id, o);
  }
  return out;
}

function lostDatabase(articles: readonly BatchArticle[], cause: unknown): GraphUnavailableError {
  const batch = articles.length === 1 ? articles[0]!.source : `${articles[0]!.source} … ${articles.at(-1)!.source} (${articles.length} articles)`;
  return new GraphUnavailableError(
    `Neo4j became unreachable while writing ${batch}: ${messageOf(cause).replace(/\.?$/, '.')} ` +
      'Nothing of that batch was stored; the batches before it were. Run the same ingest again once Neo4j is back: stored articles are skipped.',
    { cause },
  );
}

function resultOf(a: BatchArticle, written: BatchWritten, counts: WriteCounts): IngestResult {
  const writerWarnings = written.warnings.get(a.id);
  const warnings = writerWarnings === undefined ? [] : [...a.extraction().warnings, ...writerWarnings];
  return { source: a.source, articleId: a.id, status: written.statuses.get(a.id) ?? 'unchanged', warnings, counts };
}

/**
 * One article, one transaction: for the API's ingestArticle. Throws IngestInputError for bad input,
 * and the driver's own error when the database fails, so the caller can tell "try again" from a bug.
 */
export async function ingestArticle(driver: Driver, input: ArticleInput): Promise<IngestResult> {
  const article = prepareInput(input);
  article.extraction();
  const written = await writeBatch(driver, [article], new Date().toISOString());
  return resultOf(article, written, written.counts);
}
