/**
 * The ingest boundary: what callers (CLI, API, benchmarks) hand to the writer and what they get back.
 */

export interface ArticleInput {
  /**
   * The article's identity when it has no URL: a file path relative to the working directory, or
   * "<file.jsonl>#<id>". Two inputs with the same identity are versions of one article.
   */
  source: string;
  url: string | null;
  text: string;
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
