import { loadConfig } from '../config.js';
import { closeServer, listen } from '../api/server.js';
import { withExplorerPage } from '../api/static.js';
import { warmUp } from '../api/warm-up.js';
import { appOptions, createApp } from '../api/yoga.js';
import { ingestSeed } from './ingest-run.js';
import { logLine, onShutdown, openGraph } from './lifecycle.js';

export async function runServe(_argv: string[]): Promise<number> {
  const config = loadConfig();
  const started = Date.now();
  const graph = await openGraph(config.neo4j, logLine);
  try {
    await ingestSeed({ driver: graph.driver, log: logLine });
    const app = createApp({ driver: graph.driver, apiKey: config.apiKey, log: logLine }, appOptions(config));
    const server = await listen(withExplorerPage(app), config.port);
    onShutdown(async () => {
      await closeServer(server);
      await graph.close();
    }, logLine);
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
