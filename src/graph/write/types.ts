/**
 * The ingest boundary: what callers (CLI, API, benchmarks) hand to the writer and what they get back.
 */
import type { PageMetadata } from '../../extract/page/types.js';

/** How a page was fetched: what a later fetch sends back (ETag, Last-Modified) or compares (the bytes' hash) to skip an unchanged page. */
export interface FetchRecord {
  etag: string | null;
  lastModified: string | null;
  /** sha256 of the bytes as served, before decoding. */
  bodyHash: string;
  fetchedAt: string;
}

/** What the web page said besides the text, when the article was read from one. */
export interface PageInput {
  metadata: PageMetadata;
  fetched?: FetchRecord | null;
}

export interface ArticleInput {
  /**
   * The article's identity when it has no URL: a file path relative to the working directory, or
   * "<file.jsonl>#<id>". Two inputs with the same identity are versions of one article.
   */
  source: string;
  url: string | null;
  text: string;
  /** The page's metadata when the text was read from HTML: its title, author and publication time win over the text's. */
  page?: PageInput | null;
}

/** new: first time seen; unchanged: same content already stored; replaced: a new version of a stored article. */
export type IngestStatus = 'new' | 'unchanged' | 'replaced';

export interface WriteCounts {
  nodesCreated: number;
  nodesDeleted: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
}

export interface IngestResult {
  source: string;
  articleId: string;
  status: IngestStatus;
  /** The extractor's warnings and the writer's own (e.g. a meeting without a date). */
  warnings: string[];
  counts: WriteCounts;
}

export interface IngestFailure {
  source: string;
  /** What was wrong and where, ready to show a user. */
  error: string;
}

export type IngestOutcome = ({ ok: true } & IngestResult) | ({ ok: false } & IngestFailure);

export const zeroCounts = (): WriteCounts => ({ nodesCreated: 0, nodesDeleted: 0, relationshipsCreated: 0, relationshipsDeleted: 0 });
