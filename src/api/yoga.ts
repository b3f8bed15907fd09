/** Builds the Yoga app without binding a port: tests call app.fetch() in-process. */
import { createYoga, useReadinessCheck } from 'graphql-yoga';
import { createContext, type AppDeps, type Context } from './context.js';
import { maskError, useShortErrors } from './errors.js';
import { limitPlugins } from './limits.js';
import { EXAMPLES, graphiqlTabs } from './playground.js';
import { schema } from './schema/index.js';

export interface AppOptions {
  logging?: boolean;
  graphiql?: boolean;
}

export function createApp(deps: AppDeps, options: AppOptions = {}) {
  return createYoga<Record<string, unknown>, Context>({
    schema,
    context: ({ request }) => createContext(deps, request),
    logging: options.logging ?? true,
    maskedErrors: { maskError },
    graphiql:
      options.graphiql === false
        ? false
        : { title: 'Officials graph', defaultQuery: EXAMPLES[0]!.query, defaultTabs: graphiqlTabs() },
    plugins: [
      ...limitPlugins(),
      useShortErrors(),
      useReadinessCheck({
        check: async () => {
          await deps.driver.verifyConnectivity();
        },
      }),
    ],
  });
}

export type App = ReturnType<typeof createApp>;
