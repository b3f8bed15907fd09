/**
 * The explorer page served beside the API: its addresses answer index.html (deep links survive a
 * reload), its hashed assets are cached for good, and everything else still reaches GraphQL. No
 * database: the queries here never reach one.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeServer, listen } from '../../src/api/server.js';
import { withExplorerPage } from '../../src/api/static.js';
import { createApp } from '../../src/api/yoga.js';
import { createDriver } from '../../src/graph/driver.js';
import { freePort } from '../helpers/free-port.js';

const INDEX = '<!doctype html><title>explorer</title>';
const app = createApp({ driver: createDriver('bolt://127.0.0.1:9', null), apiKey: null }, { logging: false, graphiql: false });

async function serve(dist: string): Promise<{ base: string; server: Server }> {
  const port = await freePort();
  return { base: `http://127.0.0.1:${port}`, server: await listen(withExplorerPage(app, dist), port) };
}

describe('with the page built', () => {
  const dist = mkdtempSync(path.join(tmpdir(), 'explorer-dist-'));
  let base = '';
  let server: Server;
  beforeAll(async () => {
    mkdirSync(path.join(dist, 'assets'));
    writeFileSync(path.join(dist, 'index.html'), INDEX);
    writeFileSync(path.join(dist, 'assets', 'index-abc123.js'), 'console.log(1)');
    ({ base, server } = await serve(dist));
  });
  afterAll(async () => {
    await closeServer(server);
    rmSync(dist, { recursive: true, force: true });
  });

  it.each(['/', '/person/dao-khanh-ha?date=2024-07-03', '/meeting/2022-12-27/ban-chi-dao-35-quan-ngo-quyen/hoi-nghi-tong-ket', '/org/x.y', '/article/a'])(
    'answers the page address %s with index.html',
    async (address) => {
      const response = await fetch(`${base}${address}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/html/u);
      expect(await response.text()).toBe(INDEX);
    },
  );

  it('serves a hashed asset as immutable, and a missing one as not found', async () => {
    const asset = await fetch(`${base}/assets/index-abc123.js`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toContain('immutable');
    expect((await fetch(`${base}/assets/gone.js`)).status).toBe(404);
  });

  it('leaves /graphql and addresses that are not the page to the API', async () => {
    const graphql = await fetch(`${base}/graphql?query=${encodeURIComponent('{ __typename }')}`, { headers: { accept: 'application/json' } });
    expect(await graphql.json()).toEqual({ data: { __typename: 'Query' } });
    const other = await fetch(`${base}/people/x`);
    expect(other.status).toBe(404);
    expect(await other.text()).not.toBe(INDEX);
  });
});

describe('without a build', () => {
  it('says how to build the page, and still answers GraphQL', async () => {
    const empty = mkdtempSync(path.join(tmpdir(), 'explorer-dist-'));
    const { base, server } = await serve(empty);
    try {
      const page = await fetch(`${base}/person/dao-khanh-ha`);
      expect(page.status).toBe(503);
      expect(await page.text()).toContain('npm run build:web');
      const graphql = await fetch(`${base}/graphql?query=${encodeURIComponent('{ __typename }')}`, { headers: { accept: 'application/json' } });
      expect(await graphql.json()).toEqual({ data: { __typename: 'Query' } });
    } finally {
      await closeServer(server);
      rmSync(empty, { recursive: true, force: true });
    }
  });
});
