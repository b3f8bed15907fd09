/** Sends GraphQL through the Yoga app in-process (app.fetch: no port), as a client would over HTTP. */
import type { Driver } from 'neo4j-driver';
import { createApp } from '../../src/api/yoga.js';

export interface GraphQLError {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; reason?: string; [key: string]: unknown };
}

export interface Response<T> {
  status: number;
  data?: T | null;
  errors?: GraphQLError[];
}

export type Client = <T = Record<string, any>>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>) => Promise<Response<T>>;

export function apiClient(driver: Driver, apiKey: string | null = null): Client {
  const app = createApp({ driver, apiKey }, { logging: false, graphiql: false });
  return async (query, variables, headers) => {
    const response = await app.fetch('http://yoga/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, ...((await response.json()) as object) };
  };
}

/** The data of a response that must have succeeded; its errors otherwise, in the failure message. */
export async function ok<T>(response: Promise<Response<T>>): Promise<T> {
  const { data, errors } = await response;
  if (errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(errors, null, 2)}`);
  return data as T;
}
