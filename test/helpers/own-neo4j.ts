/**
 * A Neo4j of the test's own, for faults the shared one must not suffer: killed outright (SIGKILL, no
 * shutdown) and started again on the same port and data directory, as after a crash.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startLocalNeo4j, type LocalNeo4j } from '../../src/graph/local-neo4j.js';
import { freePort } from './free-port.js';

export interface OwnNeo4j {
  uri: string;
  start(): Promise<void>;
  /** SIGKILL, then wait until the process is gone, so its port and store are free for a restart. */
  kill(): Promise<void>;
  /** Stops it (if running) and deletes its data. */
  remove(): Promise<void>;
}

export async function ownNeo4j(): Promise<OwnNeo4j> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'neo4j-fault-'));
  const boltPort = await freePort();
  let running: LocalNeo4j | null = null;
  return {
    uri: `bolt://127.0.0.1:${boltPort}`,
    async start() {
      running = await startLocalNeo4j({ dataDir, boltPort, pageCacheMb: 128, log: () => {} });
    },
    async kill() {
      if (!running) return;
      process.kill(running.pid, 'SIGKILL');
      // stop() after a SIGKILL only waits for the exit already under way.
      await running.stop();
      running = null;
    },
    async remove() {
      await running?.stop();
      running = null;
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
