/** What a request may ask for is checked before anything runs: these need no database. */
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../src/api/limits.js';
import { createDriver } from '../../src/graph/driver.js';
import { apiClient } from '../helpers/api.js';

// Nothing here reaches the database: the driver points at a closed port, and no test waits on it.
const api = apiClient(createDriver('bolt://127.0.0.1:9', { user: 'neo4j', password: 'x' }));

const nested = (depth: number): string => {
  let selection = '{ id }';
  for (let i = 0; i < depth; i += 1) selection = `{ parent ${selection} }`;
  return `{ organizations(first: 1) { edges { node ${selection} } } }`;
};

describe('query limits', () => {
  it(`refuse a query nested 20 deep, naming the limit of ${LIMITS.depth}`, async () => {
    const { errors, data } = await api(nested(20));
    expect(data ?? null).toBeNull();
    expect(errors?.[0]?.message).toMatch(new RegExp(`depth limit of ${LIMITS.depth}`, 'u'));
  });

  it('refuse 500 aliases of one field', async () => {
    const aliases = Array.from({ length: 500 }, (_, i) => `a${i}: health { ok }`).join(' ');
    const { errors } = await api(`{ ${aliases} }`);
    expect(errors?.[0]?.message).toMatch(new RegExp(`Aliases limit of ${LIMITS.aliases} exceeded`, 'u'));
  });

  it('refuse a document of too many tokens', async () => {
    const fields = Array.from({ length: LIMITS.tokens }, () => 'ok').join(' ');
    const { errors } = await api(`{ health { ${fields} } }`);
    expect(errors?.[0]?.message).toMatch(new RegExp(`Token limit of ${LIMITS.tokens}`, 'u'));
  });

  it('refuse first: 1000000 written in the query by its cost, before anything runs', async () => {
    const { errors } = await api(`{ meetings(first: 1000000) { edges { node { id } } } }`);
    expect(errors?.[0]?.message).toMatch(new RegExp(`Query Cost limit of ${LIMITS.cost} exceeded`, 'u'));
  });

  it('refuse first: 1000000 given as a variable by the page bound, saying what is allowed', async () => {
    const { errors } = await api(`query($first: Int) { meetings(first: $first) { edges { node { id } } } }`, { first: 1_000_000 });
    expect(errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: 'first must be a whole number from 0 to 100, got 1000000' });
  });

  it('give every refusal the code BAD_USER_INPUT with reason LIMIT, for a client to branch on', async () => {
    const refused = [
      nested(20),
      `{ ${Array.from({ length: 500 }, (_, i) => `a${i}: health { ok }`).join(' ')} }`,
      `{ health { ${Array.from({ length: LIMITS.tokens }, () => 'ok').join(' ')} } }`,
      `{ meetings(first: 1000000) { edges { node { id } } } }`,
    ];
    for (const query of refused) {
      const { errors } = await api(query);
      expect(errors?.[0]?.extensions, query.slice(0, 60)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'LIMIT' });
    }
  });
});
