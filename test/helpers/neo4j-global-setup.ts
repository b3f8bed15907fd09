/**
 * One Neo4j for the whole integration run: the one named by TEST_NEO4J_URI, or a local embedded
 * Neo4j on a free port with a throw-away data directory. Tests of the writer empty the database, so
 * they never use NEO4J_URI (the database a user serves from): a test database is named on purpose.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { loadConfig } from '../../src/config.js';
import { startLocalNeo4j, type LocalNeo4j } from '../../src/graph/local-neo4j.js';
import { freePort } from './free-port.js';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string;
    neo4jAuth: { user: string; password: string } | null;
  }
}

let local: LocalNeo4j | null = null;
let dataDir: string | null = null;

export async function setup(project: TestProject): Promise<void> {
  const { neo4j } = loadConfig({ ...process.env, NEO4J_URI: process.env.TEST_NEO4J_URI });
  if (neo4j.uri) {
    project.provide('neo4jUri', neo4j.uri);
    project.provide('neo4jAuth', { user: neo4j.user, password: neo4j.password });
    return;
  }
  dataDir = mkdtempSync(path.join(tmpdir(), 'neo4j-test-'));
  const started = Date.now();
  local = await startLocalNeo4j({ dataDir, boltPort: await freePort(), javaHome: neo4j.javaHome, pageCacheMb: 256, log: (line) => console.log(line) });
  console.log(`integration tests use a local Neo4j at ${local.uri} (started in ${((Date.now() - started) / 1000).toFixed(1)} s)`);
  project.provide('neo4jUri', local.uri);
  project.provide('neo4jAuth', null);
}

export async function teardown(): Promise<void> {
  await local?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}
