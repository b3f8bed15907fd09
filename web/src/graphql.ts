/**
 * Typed operations on the public GraphQL API. The operation types come from schema/schema.graphql
 * (gql.tada), so a schema change that breaks a query breaks `npm run typecheck`.
 */
import { initGraphQLTada, type ResultOf, type TadaDocumentNode, type VariablesOf } from 'gql.tada';
import { print } from 'graphql';
import type { introspection } from './graphql-env.d.ts';

export const graphql = initGraphQLTada<{
  introspection: introspection;
  scalars: { Date: string; DateTime: string };
}>();

export type { ResultOf, VariablesOf };

/** What went wrong with a request, in words a reader of the page can act on. */
export class RequestError extends Error {
  constructor(
    message: string,
    readonly code: string | null,
  ) {
    super(message);
  }
}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

export async function request<R, V>(document: TadaDocumentNode<R, V>, variables: V, signal?: AbortSignal): Promise<R> {
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query: print(document), variables }),
      signal,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new RequestError('The server could not be reached. Check that it is running, then reload.', 'NETWORK');
  }
  const body = (await response.json().catch(() => null)) as GraphQLResponse<R> | null;
  const first = body?.errors?.[0];
  if (first) throw new RequestError(first.message, first.extensions?.code ?? null);
  if (!response.ok || !body?.data) throw new RequestError(`The server answered ${response.status} ${response.statusText}.`, null);
  return body.data;
}
