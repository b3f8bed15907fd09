/**
 * The graph layer's failures, in one place, and what each one means for a caller: its input refused,
 * a node it named not found, or the database out of reach for now. The API maps these to its codes
 * (src/api/errors.ts) without knowing the driver's error types.
 */
import { Neo4jError } from 'neo4j-driver';

export type ReadInputCode = 'BAD_CURSOR' | 'BAD_PAGE_SIZE' | 'BAD_DATE' | 'BAD_ARGUMENT';

/** Arguments the reads refuse before any query runs, so a caller's mistake is not a database failure. */
export class ReadInputError extends Error {
  override name = 'ReadInputError';
  constructor(
    readonly code: ReadInputCode,
    message: string,
  ) {
    super(message);
  }
}

/** Input the writer refuses before touching the database (empty text, no usable content). */
export class IngestInputError extends Error {
  override name = 'IngestInputError';
  constructor(
    readonly source: string,
    message: string,
  ) {
    super(`${source}: ${message}`);
  }
}

/** A curator's merge or split that names no such person, or asks for what cannot be done. */
export class CurationError extends Error {
  override name = 'CurationError';
  constructor(
    readonly code: 'NOT_FOUND' | 'BAD_ARGUMENT',
    message: string,
  ) {
    super(message);
  }
}

/** The database could not be reached (at start, or mid-way through an ingest). */
export class GraphUnavailableError extends Error {
  override name = 'GraphUnavailableError';
}

// Codes that say the database could not be reached (down, restarting, cut off), whatever was asked of it.
const UNREACHABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.TransientError.General.DatabaseUnavailable']);

/** True when an error is the database being out of reach, not a fault of the query or its data. */
export function isUnreachable(error: unknown): boolean {
  return error instanceof Neo4jError && UNREACHABLE_CODES.has(error.code);
}

export type GraphFailure =
  | { kind: 'bad-input'; message: string; reason?: ReadInputCode }
  | { kind: 'not-found'; message: string }
  /** Out of reach, or busy (a transient error the driver's retries did not outlast): try again shortly. */
  | { kind: 'unavailable' };

/** What a failure of the graph layer means for the caller, or null for one it does not know (a bug). */
export function graphFailure(error: unknown): GraphFailure | null {
  if (error instanceof ReadInputError) return { kind: 'bad-input', message: error.message, reason: error.code };
  if (error instanceof IngestInputError) return { kind: 'bad-input', message: error.message };
  if (error instanceof CurationError) return error.code === 'NOT_FOUND' ? { kind: 'not-found', message: error.message } : { kind: 'bad-input', message: error.message };
  if (error instanceof GraphUnavailableError || isUnreachable(error)) return { kind: 'unavailable' };
  if (error instanceof Neo4jError && error.code.startsWith('Neo.TransientError.')) return { kind: 'unavailable' };
  return null;
}
