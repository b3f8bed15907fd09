/** @neo4j/graphql over our graph, served by graphql-yoga like ours, so the HTTP handling is the same. */
import { Neo4jGraphQL } from '@neo4j/graphql';
import { createYoga } from 'graphql-yoga';
import { createServer, type Server } from 'node:http';
import type { Driver } from 'neo4j-driver';
import { sharedTitles } from './held-on.js';
import { libraryTypeDefs } from './library-schema.js';

export async function createLibraryServer(driver: Driver): Promise<Server> {
  const schema = await new Neo4jGraphQL({ typeDefs: libraryTypeDefs(await sharedTitles(driver)), driver }).getSchema();
  return createServer(createYoga({ schema, logging: false, graphiql: false }));
}
