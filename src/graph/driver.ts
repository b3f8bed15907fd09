/**
 * Gives the rest of the code one connected Driver: the Neo4j named by NEO4J_URI when set,
 * otherwise a local embedded Neo4j started for this process and stopped with it (and, for the
 * server, started again when it dies: supervised-neo4j.ts).
 */
import neo4j, { type Driver } from 'neo4j-driver';
import { GraphUnavailableError } from './errors.js';
import type { Neo4jConfig } from '../config.js';
import { startLocalNeo4j, type RunningNeo4j } from './local-neo4j.js';
import { superviseLocalNeo4j, type SupervisionOptions } from './supervised-neo4j.js';

export interface Graph {
  driver: Driver;
  uri: string;
  /** The local Neo4j this process started, if it did. */
  local: RunningNeo4j | null;
  close(): Promise<void>;
}

export interface ConnectOptions {
  log?: (line: string) => void;
  /** Bounded backoff: attempts (8 by default) and the first delay, doubled up to 5 s. */
  attempts?: number;
  firstDelayMs?: number;
  /** Restart the local Neo4j when it dies (the server's; a CLI run simply stops). Ignored with NEO4J_URI. */
  supervise?: SupervisionOptions;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function verifyWithBackoff(driver: Driver, uri: string, options: ConnectOptions = {}): Promise<void> {
  const attempts = options.attempts ?? 8;
  let delay = options.firstDelayMs ?? 250;
  let lastError: unknown;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      await driver.verifyConnectivity();
      return;
    } catch (error) {
      lastError = error;
      if (attempt < attempts) {
        options.log?.(`Neo4j at ${uri} not reachable yet (attempt ${attempt}/${attempts}); retrying in ${delay} ms`);
        await sleep(delay);
        delay = Math.min(delay * 2, 5_000);
      }
    }
  }
  const reason = lastError instanceof Error ? lastError.message : String(lastError);
  throw new GraphUnavailableError(
    `Cannot connect to Neo4j at ${uri} after ${attempts} attempts: ${reason}. ` +
      'Check NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD, or unset NEO4J_URI to start a local Neo4j.',
  );
}

export function createDriver(uri: string, auth: { user: string; password: string } | null): Driver {
  return neo4j.driver(uri, auth ? neo4j.auth.basic(auth.user, auth.password) : undefined, {
    // Rows leave graph/ as plain JS numbers; counts and ids never approach 2^53.
    disableLosslessIntegers: true,
    maxConnectionPoolSize: 50,
    connectionAcquisitionTimeout: 30_000,
    // How long a transaction is retried on transient errors or a lost connection. The driver's 30 s
    // would hold an API client that long when Neo4j is down; 5 s rides out a deadlock or a leader
    // switch and then answers UNAVAILABLE. An interrupted ingest is idempotent: run it again.
    maxTransactionRetryTime: 5_000,
    userAgent: 'vn-officials-graph',
  });
}

export async function connectGraph(config: Neo4jConfig, options: ConnectOptions = {}): Promise<Graph> {
  const localOptions = { dataDir: config.dataDir, boltPort: config.boltPort, javaHome: config.javaHome, ...(options.log ? { log: options.log } : {}) };
  const local = config.uri
    ? null
    : options.supervise
      ? await superviseLocalNeo4j(localOptions, options.supervise)
      : await startLocalNeo4j(localOptions);
  const uri = config.uri ?? local!.uri;
  // The local Neo4j runs without authentication, bound to 127.0.0.1 only.
  const driver = createDriver(uri, local ? null : { user: config.user, password: config.password });
  try {
    await verifyWithBackoff(driver, uri, { attempts: config.connectAttempts, ...options });
  } catch (error) {
    await driver.close();
    await local?.stop();
    throw error;
  }
  let closing: Promise<void> | null = null;
  return {
    driver,
    uri,
    local,
    close: () =>
      (closing ??= (async () => {
        await driver.close();
        await local?.stop();
      })()),
  };
}
