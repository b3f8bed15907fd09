/** Builds the Yoga app without binding a port: tests call app.fetch() in-process. */
import { createYoga, useReadinessCheck } from 'graphql-yoga';
import { createContext, type AppDeps, type Context } from './context.js';
import { schema } from './schema/index.js';

export const DEFAULT_QUERY = `# Is the service connected to its database, and how much does the graph hold?
query Health {
  health {
    ok
    neo4jVersion
    nodeCount
  }
}
`;

export interface AppOptions {
  logging?: boolean;
  graphiql?: boolean;
}

export function createApp(deps: AppDeps, options: AppOptions = {}) {
  return createYoga<Record<string, unknown>, Context>({
    schema,
    context: () => createContext(deps),
    logging: options.logging ?? true,
    maskedErrors: true,
    graphiql: options.graphiql === false ? false : { title: 'Officials graph', defaultQuery: DEFAULT_QUERY },
    plugins: [
      useReadinessCheck({
        check: async () => {
          await deps.driver.verifyConnectivity();
        },
      }),
    ],
  });
}

export type App = ReturnType<typeof createApp>;
