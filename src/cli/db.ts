import { loadConfig } from '../config.js';
import { startLocalNeo4j } from '../graph/local-neo4j.js';
import { logLine, onShutdown } from './lifecycle.js';

/** Runs the local Neo4j in the foreground, for cypher-shell, Neo4j tools or a second API process. */
export async function runDb(_argv: string[]): Promise<number> {
  const { neo4j } = loadConfig();
  const local = await startLocalNeo4j({ dataDir: neo4j.dataDir, boltPort: neo4j.boltPort, javaHome: neo4j.javaHome, log: logLine });
  onShutdown(() => local.stop(), logLine);
  logLine(`Local Neo4j ready at ${local.uri} (data in ${neo4j.dataDir}, no authentication). Ctrl-C stops it.`);
  return 0;
}
