import type { Driver } from 'neo4j-driver';
import { authState, type AuthState } from './auth.js';

/** What the API needs from the outside world; tests pass their own. */
export interface AppDeps {
  driver: Driver;
  /** The key mutations need; null turns them off. */
  apiKey: string | null;
}

/** Created fresh for every request, so the loaders Pothos keys on it never leak between clients. */
export interface Context {
  driver: Driver;
  auth: AuthState;
}

export function createContext(deps: AppDeps, request: Request): Context {
  return { driver: deps.driver, auth: authState(deps.apiKey, request.headers.get('authorization')) };
}
