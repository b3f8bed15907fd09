/** GraphiQL opens on /graphql with one tab per example; that each example answers on the seeds is tested in questions.int.test.ts. */
import { getIntrospectionQuery, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { EXAMPLES } from '../../src/api/playground.js';
import { schema } from '../../src/api/schema/index.js';
import { createApp } from '../../src/api/yoga.js';
import { createDriver } from '../../src/graph/driver.js';

const app = createApp({ driver: createDriver('bolt://127.0.0.1:9', null), apiKey: null }, { logging: false });

describe('the playground', () => {
  it('is served at /graphql to a browser, with every example as a tab', async () => {
    const response = await app.fetch('http://yoga/graphql', { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('Officials graph');
    for (const example of EXAMPLES) expect(html).toContain(`query ${example.name}`);
  });

  it.each(EXAMPLES.map((e) => [e.name, e] as const))('example %s is valid against the schema', (_name, example) => {
    expect(validate(schema, parse(example.query))).toEqual([]);
  });

  it('can introspect the schema within the limits, as GraphiQL and code generators do', async () => {
    const response = await app.fetch('http://yoga/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true }) }),
    });
    const body = (await response.json()) as { data?: { __schema: { types: { name: string }[] } }; errors?: unknown };
    expect(body.errors).toBeUndefined();
    expect(body.data?.__schema.types.map((t) => t.name)).toEqual(expect.arrayContaining(['Person', 'Meeting', 'Evidence']));
  });

  it('is not served when turned off (production)', async () => {
    const off = createApp({ driver: createDriver('bolt://127.0.0.1:9', null), apiKey: null }, { logging: false, graphiql: false });
    const response = await off.fetch('http://yoga/graphql', { headers: { accept: 'text/html' } });
    expect(await response.text()).not.toContain('query WhoChaired');
  });
});
