/**
 * What a client sees when something goes wrong: a stable code in `extensions.code` and a message
 * that says what to change, never a stack trace, a Cypher query or an internal host. Errors of the
 * layers below (named by src/graph/errors.ts) are mapped here, in one place, so the resolvers can simply let them through.
 */
import { GraphQLError, type ExecutionResult } from 'graphql';
import { maskError as yogaMaskError, type Plugin } from 'graphql-yoga';
import { graphFailure } from '../graph/errors.js';

export type ErrorCode = 'BAD_USER_INPUT' | 'NOT_FOUND' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'UNAVAILABLE' | 'INTERNAL_SERVER_ERROR';

/** The code and message a known failure shows, or null for an unexpected one (masked). */
function classify(error: unknown): { code: ErrorCode; message: string; reason?: string } | null {
  const failure = graphFailure(error);
  switch (failure?.kind) {
    case 'bad-input':
      return { code: 'BAD_USER_INPUT', message: failure.message, ...(failure.reason ? { reason: failure.reason } : {}) };
    case 'not-found':
      return { code: 'NOT_FOUND', message: failure.message };
    case 'unavailable':
      return { code: 'UNAVAILABLE', message: 'The graph database is unavailable; try again shortly.' };
    default:
      return null;
  }
}

export function maskError(error: unknown, message: string): Error {
  const original = error instanceof GraphQLError ? error.originalError : error;
  const known = original === undefined ? null : classify(original);
  if (known === null) return yogaMaskError(error, message, false);
  const located = error instanceof GraphQLError ? error : undefined;
  return new GraphQLError(known.message, {
    nodes: located?.nodes,
    source: located?.source,
    positions: located?.positions,
    path: located?.path,
    extensions: { code: known.code, ...(known.reason ? { reason: known.reason } : {}) },
  });
}

/** graphql-js quotes a refused variable whole in its message; a megabyte of article text need not come back. */
const MAX_MESSAGE = 600;

const shortened = (error: GraphQLError): GraphQLError =>
  error.message.length <= MAX_MESSAGE
    ? error
    : new GraphQLError(`${error.message.slice(0, MAX_MESSAGE / 2)} … ${error.message.slice(-MAX_MESSAGE / 2)}`, {
        nodes: error.nodes, source: error.source, positions: error.positions, path: error.path,
        extensions: { code: 'BAD_USER_INPUT', ...error.extensions },
      });

/**
 * The compiled executor (graphql-jit) refuses a variable with "…; Expected type Date." and keeps the
 * scalar's own reason ("Date must be a calendar day as YYYY-MM-DD, …") as the original error: the
 * reason is what the sender needs, so it takes the place of the generic words, as graphql-js writes it.
 */
const GENERIC_COERCION = /; Expected type \w+\.$/u;

function withReason(error: GraphQLError): GraphQLError {
  const reason = error.originalError?.message;
  if (!reason || !GENERIC_COERCION.test(error.message)) return error;
  return new GraphQLError(error.message.replace(GENERIC_COERCION, `; ${reason}`), {
    nodes: error.nodes, source: error.source, positions: error.positions, path: error.path, originalError: error.originalError, extensions: error.extensions,
  });
}

const readable = (error: GraphQLError): GraphQLError => shortened(withReason(error));

const isExecutionResult = (result: object): result is ExecutionResult => !(Symbol.asyncIterator in result);

/** Every response's errors, however they were made (variables are refused before any resolver runs), with their reason and kept short. */
export const useShortErrors = (): Plugin => ({
  onResultProcess: ({ result, setResult }) => {
    if (Array.isArray(result) || !isExecutionResult(result) || !result.errors?.length) return;
    const errors = result.errors.map(readable);
    if (errors.some((error, i) => error !== result.errors![i])) setResult({ ...result, errors });
  },
});
