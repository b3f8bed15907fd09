import type { Server } from 'node:http';
import { loadConfig } from '../config.js';
import { closeServer, listen } from '../api/server.js';
import { withExplorerPage } from '../api/static.js';
import { warmUp } from '../api/warm-up.js';
import { appOptions, createApp } from '../api/yoga.js';
import type { Graph } from '../graph/driver.js';
import { ingestSeed } from './ingest-run.js';
import { logLine, onShutdown, openGraph } from './lifecycle.js';

export async function runServe(_argv: string[]): Promise<number> {
  const config = loadConfig();
  const started = Date.now();
  let server: Server | null = null;
  let graph: Graph | null = null;
  const shutdown = async () => {
    if (server) await closeServer(server);
    await graph?.close();
  };
  // The local Neo4j is restarted when it dies; one that keeps dying ends the service, so that whatever
  // runs it sees the failure instead of an API that only ever answers "unavailable".
  graph = await openGraph(config.neo4j, logLine, {
    maxRestarts: config.neo4j.restartAttempts,
    onGiveUp: (error) => {
      logLine(`error: ${error.message}`);
      void shutdown().finally(() => process.exit(1));
    },
  });
  try {
    await ingestSeed({ driver: graph.driver, log: logLine });
    const app = createApp({ driver: graph.driver, apiKey: config.apiKey, log: logLine }, appOptions(config));
    server = await listen(withExplorerPage(app), config.port, config.host ?? undefined);
    onShutdown(shutdown, logLine);
    logLine(`Neo4j ready at ${graph.uri}${graph.local ? ` (local, pid ${graph.local.pid})` : ''}; GraphQL at http://localhost:${config.port}/graphql, explorer at http://localhost:${config.port}/ (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    // In the background: the server already answers, and a failure here is only worth a line.
    const warming = Date.now();
    warmUp(app).then(
      (failed) => logLine(failed.length ? `playground examples with errors: ${failed.join(', ')}` : `playground examples warmed up in ${((Date.now() - warming) / 1000).toFixed(1)} s`),
      (error: unknown) => logLine(`playground warm-up stopped: ${error instanceof Error ? error.message : String(error)}`),
    );
    return 0;
  } catch (error) {
    await graph.close();
    throw error;
  }
}
