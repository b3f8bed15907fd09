/**
 * The response cache across processes: two `serve` processes share one Neo4j, as a scaled-out
 * deployment does. What one has cached must not outlive a write made through the other.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { freePort } from '../helpers/free-port.js';
import { useEmptyGraph } from '../helpers/graph.js';
import { LE_CHAN_2023, LE_CHAN_2024 } from '../helpers/invented-articles.js';
import { startServe, type Started } from '../helpers/serve.js';

const KEY = 'a-long-random-curator-key-0123456789';

const SEARCH = `query($text: String!) { search(text: $text, kinds: [Person]) { label node { id } } }`;
const MEETINGS = `query($id: ID!) { node(id: $id) { ... on Person { name meetings { edges { node { role meeting { date } } } } } } }`;
const INGEST = `mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { status } }`;
const HEALTH = `{ health { ok nodeCount } }`;

interface Answer {
  data?: Record<string, any> | null;
  errors?: { message: string }[];
  extensions?: { responseCache?: { hit: boolean } };
}

interface Process {
  serve: Started;
  ask(query: string, variables?: object, headers?: Record<string, string>): Promise<Answer>;
}

async function startApi(): Promise<Process> {
  const port = await freePort();
  const auth = inject('neo4jAuth');
  const serve = await startServe({
    NEO4J_URI: inject('neo4jUri'), NEO4J_USER: auth?.user ?? '', NEO4J_PASSWORD: auth?.password ?? '',
    PORT: String(port), HOST: '127.0.0.1', API_KEY: KEY, NODE_ENV: 'production',
  });
  return {
    serve,
    ask: async (query, variables = {}, headers = {}) => {
      const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as Answer;
    },
  };
}

const ingestThrough = async (api: Process, article: { url: string; text: string }) => {
  const { data, errors } = await api.ask(INGEST, { input: { url: article.url, text: article.text } }, { authorization: `Bearer ${KEY}` });
  expect(errors, JSON.stringify(errors)).toBeUndefined();
  expect(data?.ingestArticle.status).toBe('NEW');
};

const apis: Process[] = [];
useEmptyGraph();

beforeAll(async () => {
  apis.push(await startApi(), await startApi());
}, 120_000);

afterAll(async () => {
  for (const { serve } of apis) {
    serve.child.kill('SIGTERM');
    await serve.exited;
  }
});

describe('the response cache of two API processes on one Neo4j', () => {
  it('answers a repeated question from memory, and an ingest through one process retires what the other had cached', async () => {
    const [writer, reader] = apis as [Process, Process];
    await ingestThrough(writer, LE_CHAN_2023);
    const person = (await reader.ask(SEARCH, { text: 'luong thi hai an' })).data?.search[0]?.node.id as string;
    expect(person).toMatch(/^person:/u);

    const first = await reader.ask(MEETINGS, { id: person });
    const again = await reader.ask(MEETINGS, { id: person });
    expect(first.extensions?.responseCache?.hit).toBe(false);
    expect(again.extensions?.responseCache?.hit).toBe(true);
    expect(again.data).toEqual(first.data);
    expect(first.data?.node.meetings.edges).toEqual([{ node: { role: 'SPEAKER', meeting: { date: '2023-03-06' } } }]);

    // A year on she chairs a meeting, in an article ingested through the other process.
    await ingestThrough(writer, LE_CHAN_2024);
    const after = await reader.ask(MEETINGS, { id: person });
    expect(after.extensions?.responseCache?.hit).toBe(false);
    expect(after.data?.node.meetings.edges).toEqual([
      { node: { role: 'CHAIR', meeting: { date: '2024-03-20' } } },
      { node: { role: 'SPEAKER', meeting: { date: '2023-03-06' } } },
    ]);
  });

  it('never answers health, or an answer with errors, from memory', async () => {
    const [, reader] = apis as [Process, Process];
    await reader.ask(HEALTH);
    expect((await reader.ask(HEALTH)).extensions?.responseCache?.hit).not.toBe(true);
    const refused = `{ meetings(first: -1) { edges { cursor } } }`;
    expect((await reader.ask(refused)).errors).toBeDefined();
    const second = await reader.ask(refused);
    expect(second.errors).toBeDefined();
    expect(second.extensions?.responseCache?.hit).not.toBe(true);
  });
});
