/**
 * The ingest loop shared by the `ingest` command and the seed load of `serve`: paths → sources →
 * the writer's ingestMany, read failures and write outcomes counted in one summary.
 */
import { fileURLToPath } from 'node:url';
import type { Driver } from 'neo4j-driver';
import type { ArticleInput, IngestFailure, IngestOutcome, IngestStatus, WriteCounts } from '../graph/write/types.js';
import { zeroCounts } from '../graph/write/types.js';
import { articles as count, describeFailure, perSecond } from './progress.js';
import { messageOf } from './shared.js';
import { openSources, type SourceItem } from './sources.js';

/** The writer's `ingestMany`, injectable so tests need no database (a type-only import loads nothing). */
export type IngestManyFn = typeof import('../graph/write/ingest.js').ingestMany;

/** Loaded on demand so `ingest --dry-run` never loads the writer or the driver. */
export async function loadIngestMany(): Promise<IngestManyFn> {
  const { ingestMany } = await import('../graph/write/ingest.js');
  return ingestMany;
}

export interface IngestSummary {
  /** skipped: sources that hold no article or need no work (a tag page, a page not modified since stored). */
  articles: Record<IngestStatus | 'failed' | 'skipped', number>;
  counts: WriteCounts;
  seconds: number;
}

export interface IngestPathsOptions {
  driver: Driver;
  ingestMany: IngestManyFn;
  /** Articles per transaction; the writer's default (1) when absent. */
  batchSize?: number;
  /** Base of relative paths and of article identities; the process's cwd by default. */
  cwd?: string;
  /** Called once the paths are listed, with the number of items to expect when known. */
  onStart?: (total: number | null) => void;
  /** Every article's outcome, read failures included. */
  onOutcome?: (outcome: IngestOutcome) => void;
  /** A source skipped, with why; and what reading a source had to guess (a page's wrong charset). */
  onSkip?: (skip: IngestFailure) => void;
  onNote?: (note: string) => void;
}

export async function ingestPaths(paths: string[], options: IngestPathsOptions): Promise<IngestSummary> {
  const started = performance.now();
  const sources = await openSources(paths, { cwd: options.cwd });
  options.onStart?.(sources.total);
  return ingestItems(sources.items, options, started);
}

/** The same loop over any stream of sources: files, or pages fetched from the web (web-sources.ts). */
export async function ingestItems(items: AsyncIterable<SourceItem>, options: IngestPathsOptions, started = performance.now()): Promise<IngestSummary> {
  const articles = { new: 0, unchanged: 0, replaced: 0, failed: 0, skipped: 0 };
  const counts = zeroCounts();
  const record = (outcome: IngestOutcome): void => {
    articles[outcome.ok ? outcome.status : 'failed']++;
    if (outcome.ok) {
      counts.nodesCreated += outcome.counts.nodesCreated;
      counts.nodesDeleted += outcome.counts.nodesDeleted;
      counts.relationshipsCreated += outcome.counts.relationshipsCreated;
      counts.relationshipsDeleted += outcome.counts.relationshipsDeleted;
    }
    options.onOutcome?.(outcome);
  };
  const skip = (s: IngestFailure): void => {
    articles.skipped++;
    options.onSkip?.(s);
  };
  await options.ingestMany(options.driver, articlesOf(items, record, skip, options.onNote), { batchSize: options.batchSize, onOutcome: record });
  return { articles, counts, seconds: (performance.now() - started) / 1000 };
}

/** The writer sees only articles; a source that could not be read is reported where it was met. */
async function* articlesOf(
  items: AsyncIterable<SourceItem>,
  onFailure: (outcome: IngestOutcome) => void,
  onSkip: (skip: IngestFailure) => void,
  onNote?: (note: string) => void,
): AsyncGenerator<ArticleInput> {
  for await (const item of items) {
    if (item.ok) {
      if (item.note) onNote?.(item.note);
      yield item.article;
    } else if (item.skipped) onSkip({ source: item.source, error: item.error });
    else onFailure({ ok: false, source: item.source, error: item.error });
  }
}

export function formatSummary({ articles: a, counts: c, seconds }: IngestSummary): string {
  const total = a.new + a.unchanged + a.replaced + a.failed;
  const skipped = a.skipped > 0 ? `, ${a.skipped} skipped` : '';
  return (
    `${count(total)} (${a.new} new, ${a.unchanged} unchanged, ${a.replaced} replaced, ${a.failed} failed${skipped}) ` +
    `in ${seconds.toFixed(1)} s, ${perSecond(total, seconds)} articles/s; ` +
    `nodes ${c.nodesCreated} created, ${c.nodesDeleted} deleted; ` +
    `relationships ${c.relationshipsCreated} created, ${c.relationshipsDeleted} deleted`
  );
}

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface SeedOptions {
  driver: Driver;
  log: (line: string) => void;
  /** The writer's, loaded on demand, by default. */
  ingestMany?: IngestManyFn;
}

/**
 * Loads seed/ so a fresh `npm start` has something to show. Identities are relative to the repo
 * root, not the cwd, so starting from another folder finds the seed unchanged instead of doubling
 * it. A seed that fails is logged, never fatal: the API is still worth serving.
 */
export async function ingestSeed(options: SeedOptions): Promise<void> {
  try {
    const summary = await ingestPaths(['seed'], {
      driver: options.driver,
      ingestMany: options.ingestMany ?? (await loadIngestMany()),
      cwd: REPO_ROOT,
      onOutcome: (outcome) => {
        if (!outcome.ok) options.log(`seed: failed: ${describeFailure(outcome)}`);
      },
    });
    options.log(`seed: ${formatSummary(summary)}`);
  } catch (e) {
    options.log(`seed: not loaded: ${messageOf(e)}`);
  }
}
