import type { Driver } from 'neo4j-driver';
import { ReadBatch } from '../graph/read/batch.js';
import { authState, type AuthState } from './auth.js';
import type { DatabaseStatus } from './availability.js';

/** What the API needs from the outside world; tests pass their own. */
export interface AppDeps {
  driver: Driver;
  /** The key mutations need; null turns them off. */
  apiKey: string | null;
  /** Where the server writes what clients are not told (the driver's reason when Neo4j is unreachable); stderr by default. */
  log?: (line: string) => void;
}

/** Created fresh for every request, so the loaders Pothos keys on it never leak between clients. */
export interface Context {
  /** For writes and the health probe. */
  driver: Driver;
  /** For reads: the keyed reads of one turn leave as one query, and each answer is kept for the request. */
  reads: ReadBatch;
  auth: AuthState;
  /** One for the app: logs why Neo4j is unavailable, which clients are not told. */
  database: DatabaseStatus;
}

export function createContext(deps: AppDeps, database: DatabaseStatus, request: Request): Context {
  return { driver: deps.driver, reads: new ReadBatch(deps.driver), auth: authState(deps.apiKey, request.headers.get('authorization')), database };
}
