import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createApp } from '../../src/api/yoga.js';
import { applySchema } from '../../src/graph/schema.js';
import { ingestMany } from '../../src/graph/write/ingest.js';
import { checkAgreement } from '../../bench/agreement.js';
import { generatedInputs } from '../../bench/corpus-inputs.js';
import { OPERATION_NAMES, type Implementation } from '../../bench/operations.js';
import { drawSample } from '../../bench/sample.js';
import { createLibraryServer } from '../../bench/servers/library.js';
import { createRawServer } from '../../bench/servers/raw.js';
import { resetGraph } from '../helpers/graph.js';
import { testDriver } from '../helpers/neo4j.js';

// The benchmark compares three servers only if they answer alike: this keeps the @neo4j/graphql
// type definitions and the raw Cypher true to the graph the writer makes, as the model changes.
const servers: Server[] = [];
let driver: Driver;

const listening = (server: Server): Promise<string> =>
  new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)));

let urls: Record<Implementation, string>;

beforeAll(async () => {
  driver = testDriver();
  await applySchema(driver);
  await resetGraph(driver);
  await ingestMany(driver, generatedInputs(7, 150), { batchSize: 150, onOutcome: (o) => expect(o.ok).toBe(true) });
  servers.push(
    createServer(createApp({ driver, apiKey: null }, { logging: false, graphiql: false })),
    createServer(createApp({ driver, apiKey: null }, { logging: false, graphiql: false, responseCacheEntries: 100 })),
    await createLibraryServer(driver),
    await createRawServer(driver),
  );
  const [ours, cached, library, raw] = await Promise.all(servers.map(listening));
  urls = { ours: ours!, cached: cached!, library: library!, raw: raw! };
});

afterAll(async () => {
  await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
  await resetGraph(driver);
  await driver.close();
});

it('our GraphQL, @neo4j/graphql and raw Cypher give the same answers to the five operations', async () => {
  const sample = await drawSample(driver, 4);
  for (const name of OPERATION_NAMES) expect(sample[name].length, name).toBeGreaterThan(0);
  await expect(checkAgreement(urls, sample)).resolves.toEqual(Object.fromEntries(OPERATION_NAMES.map((n) => [n, sample[n].length])));
});
