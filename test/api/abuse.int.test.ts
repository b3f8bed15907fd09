/**
 * Abuse of the API over real HTTP, on listening servers configured as `serve` configures them: each
 * limit lets a request at it through and refuses one just over it, bad articles are refused
 * by name and the server keeps answering, and production turns the playground and open CORS off.
 */
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIMITS } from '../../src/api/limits.js';
import { closeServer, listen } from '../../src/api/server.js';
import { appOptions, createApp } from '../../src/api/yoga.js';
import { loadConfig } from '../../src/config.js';
import { refusedInputs } from '../helpers/bad-articles.js';
import { freePort } from '../helpers/free-port.js';
import { countsByLabel, useEmptyGraph } from '../helpers/graph.js';

const KEY = 'a-long-random-curator-key-0123456789';
const graph = useEmptyGraph();
const servers: Server[] = [];

/** A server as `serve` builds it from these environment variables; its base URL. */
async function serve(env: Record<string, string>): Promise<string> {
  const port = await freePort();
  servers.push(await listen(createApp({ driver: graph(), apiKey: KEY }, { ...appOptions(loadConfig(env)), logging: false }), port));
  return `http://127.0.0.1:${port}/graphql`;
}

let dev = '';
let production = '';
let listed = '';
beforeAll(async () => {
  dev = await serve({});
  production = await serve({ NODE_ENV: 'production' });
  listed = await serve({ NODE_ENV: 'production', CORS_ORIGINS: 'https://news.example, http://localhost:5173' });
});
afterAll(async () => {
  await Promise.all(servers.map(closeServer));
});

interface Answer {
  status: number;
  errors?: { message: string; extensions?: { code?: string; reason?: string } }[];
  data?: Record<string, unknown> | null;
}

async function post(body: string, headers: Record<string, string> = {}, url = dev): Promise<Answer> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  return { status: response.status, ...((await response.json()) as object) };
}
const ask = (query: string, variables?: Record<string, unknown>, headers?: Record<string, string>) => post(JSON.stringify({ query, variables }), headers);

const nested = (parents: number): string => `{ organizations(first: 1) { edges { node ${'{ parent '.repeat(parents)}{ id }${' }'.repeat(parents)} } } }`;
const aliases = (n: number): string => `{ ${Array.from({ length: n }, (_, i) => `a${i}: health { ok }`).join(' ')} }`;
// The query around the list is 11 tokens, and the lexer counts the end of the document as one more.
const ids = (tokens: number): string => `{ nodes(ids: [${Array(tokens - 12).fill('"x"').join(' ')}]) { id } }`;
// graphql-armor estimates this query at 12.875 a row asked for.
const meetings = (first: number): string => `{ meetings(first: ${first}) { edges { node { id } } } }`;
const COST_ROWS = Math.floor(LIMITS.cost / 12.875);

const limitRefusal = { extensions: { code: 'BAD_USER_INPUT', reason: 'LIMIT' } };

describe('query limits: a request at the limit passes, one over it is refused', () => {
  it(`depth ${LIMITS.depth}`, async () => {
    expect((await ask(nested(LIMITS.depth - 4))).errors).toBeUndefined();
    expect((await ask(nested(LIMITS.depth - 3))).errors?.[0]).toMatchObject({ ...limitRefusal, message: `Syntax Error: Query depth limit of ${LIMITS.depth} exceeded, found ${LIMITS.depth + 1}.` });
  });

  it(`${LIMITS.aliases} aliases`, async () => {
    expect((await ask(aliases(LIMITS.aliases))).errors).toBeUndefined();
    expect((await ask(aliases(LIMITS.aliases + 1))).errors?.[0]).toMatchObject({ ...limitRefusal, message: `Syntax Error: Aliases limit of ${LIMITS.aliases} exceeded, found ${LIMITS.aliases + 1}.` });
  });

  it(`${LIMITS.tokens} tokens: at the limit the request reaches the resolver, which refuses that many ids by name`, async () => {
    expect((await ask(ids(LIMITS.tokens))).errors?.[0]?.message).toMatch(/is not an id of this graph/u);
    expect((await ask(ids(LIMITS.tokens + 1))).errors?.[0]).toMatchObject({ ...limitRefusal, message: `Syntax Error: Token limit of ${LIMITS.tokens} exceeded.` });
  });

  it(`an estimated cost of ${LIMITS.cost}: under it the request passes to the page bound, over it is refused first`, async () => {
    expect((await ask(meetings(COST_ROWS))).errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', reason: 'BAD_PAGE_SIZE' } });
    expect((await ask(meetings(COST_ROWS + 1))).errors?.[0]).toMatchObject({ ...limitRefusal, message: expect.stringContaining(`Query Cost limit of ${LIMITS.cost} exceeded`) });
  });

  it('100 rows a page', async () => {
    expect((await ask(meetings(100))).errors).toBeUndefined();
    expect((await ask(meetings(101))).errors?.[0]).toMatchObject({ message: 'first must be a whole number from 0 to 100, got 101', extensions: { reason: 'BAD_PAGE_SIZE' } });
  });
});

describe(`request bodies over ${LIMITS.bodyBytes.toLocaleString('en')} bytes`, () => {
  // Variables the operation does not declare are ignored: padding that reaches the resolvers unread.
  const padded = (bytes: number): string => {
    const shell = JSON.stringify({ query: '{ health { ok } }', variables: { pad: '' } });
    return JSON.stringify({ query: '{ health { ok } }', variables: { pad: 'x'.repeat(bytes - shell.length) } });
  };

  it('pass at the limit and are refused with 413 one byte over it, naming both sizes, before parsing', async () => {
    const under = await post(padded(LIMITS.bodyBytes));
    expect(under.status).toBe(200);
    expect(under.errors).toBeUndefined();
    const over = await post(padded(LIMITS.bodyBytes + 1));
    expect(over.status).toBe(413);
    expect(over.errors?.[0]?.message).toBe(
      `Request body of ${(LIMITS.bodyBytes + 1).toLocaleString('en')} bytes is over the limit of ${LIMITS.bodyBytes.toLocaleString('en')} bytes (4 MiB); an article's text may have at most 1,000,000 characters.`,
    );
  });
});

describe('bad articles through ingestArticle over HTTP', () => {
  const INGEST = 'mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { status warnings } }';
  const auth = { authorization: `Bearer ${KEY}` };

  it('refuses each by name (the 5 MB one by its size, before parsing), stores nothing, and keeps answering', async () => {
    const before = await countsByLabel(graph());
    for (const [i, bad] of refusedInputs().entries()) {
      const answer = await ask(INGEST, { input: { url: `https://example.invalid/bad-${i}.html`, text: bad.text } }, auth);
      if (bad.text.length > 1_000_000) {
        expect(answer.status, bad.name).toBe(413);
        expect(answer.errors?.[0]?.message, bad.name).toMatch(/^Request body of [\d,]+ bytes is over the limit/u);
      } else {
        expect(answer.errors?.[0]?.extensions?.code, bad.name).toBe('BAD_USER_INPUT');
        expect(answer.errors?.[0]?.message, bad.name).toMatch(bad.reason);
      }
      expect((await ask('{ health { ok } }')).data, `answering after ${bad.name}`).toEqual({ health: { ok: true } });
    }
    expect(await countsByLabel(graph())).toEqual(before);
  });

  it('refuses a write without the key or with a wrong one', async () => {
    const article = { input: { url: 'https://example.invalid/a.html', text: 'Sáng 6/3, Ủy ban nhân dân quận Lê Chân họp.' } };
    expect((await ask(INGEST, article)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await ask(INGEST, article, { authorization: `Bearer ${KEY.slice(0, -1)}!` })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await countsByLabel(graph())).toEqual({});
  });
});

describe('production settings', () => {
  const preflight = (url: string, origin: string) =>
    fetch(url, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type, authorization' } });

  it('serves the playground in development only', async () => {
    const page = (url: string) => fetch(url, { headers: { accept: 'text/html' } }).then((r) => r.text());
    expect(await page(dev)).toContain('Officials graph');
    expect(await page(production)).not.toContain('Officials graph');
  });

  it('lets any page call in development, never with the browser’s credentials', async () => {
    const response = await preflight(dev, 'http://localhost:5173');
    expect(response.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    expect(response.headers.get('access-control-allow-credentials')).toBeNull();
  });

  it('lets no other page call in production unless CORS_ORIGINS lists it', async () => {
    expect((await preflight(production, 'https://news.example')).headers.get('access-control-allow-origin')).toBeNull();
    expect((await preflight(listed, 'https://news.example')).headers.get('access-control-allow-origin')).toBe('https://news.example');
    expect((await preflight(listed, 'http://localhost:5173')).headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    expect((await preflight(listed, 'https://evil.example')).headers.get('access-control-allow-origin')).not.toBe('https://evil.example');
  });
});
