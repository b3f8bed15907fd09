/**
 * What the service says when Neo4j cannot be reached: "unavailable" to clients (on `GET /ready` and in
 * `health`), and the driver's own words to the server's log only, since they name the database's
 * host and port ("… connect ECONNREFUSED 127.0.0.1:7687"). A probe polled every second while the
 * database is down would repeat the same line, so a reason is logged once until it changes or Neo4j
 * answers again.
 */
import type { Plugin } from 'graphql-yoga';
import type { Driver } from 'neo4j-driver';

export const UNAVAILABLE = 'unavailable';

export class DatabaseStatus {
  private lastReason: string | null = null;

  constructor(private readonly log: (line: string) => void) {}

  unavailable(error: unknown): void {
    const reason = error instanceof Error ? error.message : String(error);
    if (reason === this.lastReason) return;
    this.lastReason = reason;
    this.log(`Neo4j is unavailable: ${reason}`);
  }

  available(): void {
    if (this.lastReason === null) return;
    this.lastReason = null;
    this.log('Neo4j answers again');
  }
}

/** `GET /ready`: 200 "ready" when Neo4j answers, else 503 "unavailable" (for a load balancer or an orchestrator). */
export function useReadiness(driver: Driver, status: DatabaseStatus): Plugin {
  return {
    onRequest: async ({ url, endResponse, fetchAPI }) => {
      if (url.pathname !== '/ready') return;
      const headers = { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' };
      try {
        await driver.verifyConnectivity();
        status.available();
        endResponse(new fetchAPI.Response('ready', { status: 200, headers }));
      } catch (error) {
        status.unavailable(error);
        endResponse(new fetchAPI.Response(UNAVAILABLE, { status: 503, headers }));
      }
    },
  };
}
