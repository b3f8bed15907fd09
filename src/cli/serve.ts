import { loadConfig } from '../config.js';
import { connectGraph } from '../graph/driver.js';
import { applySchema } from '../graph/schema.js';
import { closeServer, listen } from '../api/server.js';
import { createApp } from '../api/yoga.js';
import { logLine, onShutdown } from './lifecycle.js';

export async function runServe(_argv: string[]): Promise<number> {
  const config = loadConfig();
  const started = Date.now();
  logLine(config.neo4j.uri ? `Connecting to Neo4j at ${config.neo4j.uri}…` : `Starting the local Neo4j (data in ${config.neo4j.dataDir})…`);
  const graph = await connectGraph(config.neo4j, { log: logLine });
  try {
    await applySchema(graph.driver);
    const app = createApp({ driver: graph.driver }, { graphiql: !config.production });
    const server = await listen(app, config.port);
    onShutdown(async () => {
      await closeServer(server);
      await graph.close();
    }, logLine);
    logLine(`Neo4j ready at ${graph.uri}${graph.local ? ` (local, pid ${graph.local.pid})` : ''}; GraphQL at http://localhost:${config.port}/graphql (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    return 0;
  } catch (error) {
    await graph.close();
    throw error;
  }
}
