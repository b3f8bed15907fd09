/** What reaches a client when a layer below fails: a code to branch on, words to act on, nothing internal. */
import { GraphQLError } from 'graphql';
import { Neo4jError } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { maskError } from '../../src/api/errors.js';
import { createDriver } from '../../src/graph/driver.js';
import { CurationError, GraphUnavailableError, IngestInputError, ReadInputError } from '../../src/graph/errors.js';
import { apiClient } from '../helpers/api.js';
import { freePort } from '../helpers/free-port.js';

/** As graphql-js hands a resolver's error to Yoga: wrapped, with the field's path. */
const fromResolver = (error: Error) => new GraphQLError(error.message, { path: ['meetings'], originalError: error });
const neo4jError = (message: string, code: string) => new Neo4jError(message, code, '50N42', 'error: general processing exception');
const shown = (error: Error) => maskError(fromResolver(error), 'Unexpected error.') as GraphQLError;

describe('maskError', () => {
  it('gives input mistakes BAD_USER_INPUT with their own message, the path kept', () => {
    const error = shown(new ReadInputError('BAD_CURSOR', '"x" is not a cursor of meetings'));
    expect(error).toMatchObject({ message: '"x" is not a cursor of meetings', path: ['meetings'], extensions: { code: 'BAD_USER_INPUT', reason: 'BAD_CURSOR' } });
    expect(shown(new IngestInputError('https://a.example/x.html', 'empty text')).extensions).toEqual({ code: 'BAD_USER_INPUT' });
  });

  it('tells a missing person from a bad request in curation', () => {
    expect(shown(new CurationError('NOT_FOUND', 'no person person:x')).extensions.code).toBe('NOT_FOUND');
    expect(shown(new CurationError('BAD_ARGUMENT', 'needs two people')).extensions.code).toBe('BAD_USER_INPUT');
  });

  it('says UNAVAILABLE when the database cannot be reached or is busy, without its address', () => {
    for (const code of ['ServiceUnavailable', 'SessionExpired', 'Neo.TransientError.General.DatabaseUnavailable']) {
      const error = shown(neo4jError('Could not perform discovery for bolt://10.0.0.7:7687', code));
      expect(error.extensions.code, code).toBe('UNAVAILABLE');
      expect(error.message).not.toContain('10.0.0.7');
    }
    // An ingest (the ingestArticle mutation) cut off by the database going away.
    const cutOff = shown(new GraphUnavailableError('Neo4j became unreachable while writing https://a.example/x.html: connect ECONNREFUSED 10.0.0.7:7687'));
    expect([cutOff.extensions.code, cutOff.message]).toEqual(['UNAVAILABLE', 'The graph database is unavailable; try again shortly.']);
  });

  it('masks anything else as INTERNAL_SERVER_ERROR: no Cypher, no stack, no cause', () => {
    const bug = neo4jError('Invalid input: MATCH (p:Person {id: $id}) RETRUN p', 'Neo.ClientError.Statement.SyntaxError');
    expect(bug).toBeInstanceOf(Neo4jError);
    for (const error of [shown(bug), shown(new TypeError("Cannot read properties of undefined (reading 'id')"))]) {
      expect(error.message).toBe('Unexpected error.');
      expect(error.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', unexpected: true });
      expect(JSON.stringify(error.toJSON())).not.toMatch(/MATCH|RETRUN|reading 'id'|at .*\.ts/u);
    }
  });

  it('lets the schema\'s own errors through as they are', () => {
    const own = new GraphQLError('Mutations are off: the server was started without API_KEY.', { extensions: { code: 'FORBIDDEN' } });
    expect(maskError(own, 'Unexpected error.')).toBe(own);
  });
});

describe('a database that cannot be reached', () => {
  it('answers UNAVAILABLE, after the driver\'s bounded retries, without its address', async () => {
    const driver = createDriver(`bolt://127.0.0.1:${await freePort()}`, null);
    const { errors, data } = await apiClient(driver)('{ people { edges { node { id } } } }').finally(() => driver.close());
    expect(data ?? null).toBeNull();
    expect(errors?.[0]).toMatchObject({ message: 'The graph database is unavailable; try again shortly.', extensions: { code: 'UNAVAILABLE' } });
    expect(JSON.stringify(errors)).not.toContain('127.0.0.1');
  }, 30_000);
});
