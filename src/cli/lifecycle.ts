import type { Neo4jConfig } from '../config.js';
import { connectGraph, type ConnectOptions, type Graph } from '../graph/driver.js';
import { applySchema } from '../graph/schema.js';

/** Runs cleanup once on SIGINT/SIGTERM, then exits, so no database process outlives the CLI. */
export function onShutdown(cleanup: () => Promise<void>, log: (line: string) => void): void {
  let shuttingDown = false;
  const handler = (signal: NodeJS.Signals) => {
    if (shuttingDown) return;
    shuttingDown = true;
    log(`${signal} received, shutting down…`);
    cleanup().then(
      () => process.exit(0),
      (error: unknown) => {
        log(`shutdown failed: ${error instanceof Error ? error.message : String(error)}`);
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', handler);
  process.once('SIGTERM', handler);
}

export const logLine = (line: string) => process.stderr.write(`${line}\n`);

/** A graph ready for writes: connected (starting the local Neo4j unless NEO4J_URI is set), schema applied. */
export async function openGraph(config: Neo4jConfig, log: (line: string) => void, supervise?: ConnectOptions['supervise']): Promise<Graph> {
  log(config.uri ? `Connecting to Neo4j at ${config.uri}…` : `Starting the local Neo4j (data in ${config.dataDir})…`);
  const graph = await connectGraph(config, { log, ...(supervise ? { supervise } : {}) });
  try {
    await applySchema(graph.driver);
    return graph;
  } catch (error) {
    await graph.close();
    throw error;
  }
}
