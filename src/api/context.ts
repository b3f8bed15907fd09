import type { Driver } from 'neo4j-driver';
import { ReadBatch } from '../graph/read/batch.js';
import { authState, type AuthState } from './auth.js';

/** What the API needs from the outside world; tests pass their own. */
export interface AppDeps {
  driver: Driver;
  /** The key mutations need; null turns them off. */
  apiKey: string | null;
}

/** Created fresh for every request, so the loaders Pothos keys on it never leak between clients. */
export interface Context {
  /** For writes and the health probe. */
  driver: Driver;
  /** For reads: the keyed reads of one turn leave as one query, and each answer is kept for the request. */
  reads: ReadBatch;
  auth: AuthState;
}

export function createContext(deps: AppDeps, request: Request): Context {
  return { driver: deps.driver, reads: new ReadBatch(deps.driver), auth: authState(deps.apiKey, request.headers.get('authorization')) };
}
