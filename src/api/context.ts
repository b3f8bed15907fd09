import type { Driver } from 'neo4j-driver';

/** What the API needs from the outside world; tests pass their own. */
export interface AppDeps {
  driver: Driver;
}

/** Created fresh for every request, so per-request caches never leak between clients. */
export interface Context {
  driver: Driver;
}

export function createContext(deps: AppDeps): Context {
  return { driver: deps.driver };
}
