/**
 * A list must not cost one database round trip per row: every relation a page asks for is loaded
 * for all its rows at once (per-request DataLoaders). Counted on the real driver, on a graph of
 * generated articles with more meetings than a page.
 */
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateArticles, worldFor } from '../../bench/generate/index.js';
import { applySchema } from '../../src/graph/schema.js';
import { ingestMany } from '../../src/graph/write/ingest.js';
import { apiClient, ok } from '../helpers/api.js';
import { resetGraph } from '../helpers/graph.js';
import { testDriver } from '../helpers/neo4j.js';
import { recording } from '../graph/read/fixture.js';

let driver: Driver;

beforeAll(async () => {
  driver = testDriver();
  await applySchema(driver);
  await resetGraph(driver);
  const world = worldFor({ seed: 7, articles: 60 });
  const inputs = [...generateArticles(world, 60)].map(({ article }) => ({ source: article.id, url: article.url, text: article.text }));
  await ingestMany(driver, inputs, { onOutcome: () => undefined });
});

afterAll(async () => {
  await resetGraph(driver);
  await driver.close();
});

const PAGE = `query($first: Int!) {
  meetings(first: $first) {
    edges { node { id title chairs { person { name } roles { position { name } } evidence { sentence article { title url } } } organizers { name parent { name } } } }
  }
}`;

async function roundTrips(first: number) {
  const { driver: counted, queries } = recording(driver);
  const data = await ok(apiClient(counted)(PAGE, { first }));
  return { rows: data.meetings.edges.length as number, chairs: data.meetings.edges.filter((e: any) => e.node.chairs.length > 0).length as number, queries: queries.length };
}

const BODIES = `query($first: Int!) {
  organizations(first: $first) { edges { node { name meetings(first: 3) { edges { node { title chairs { person { name } } } } } } } }
}`;

describe('round trips for a page of bodies with their latest meetings and chairs', () => {
  it('are the same for 20 bodies as for 2', async () => {
    const count = async (first: number) => {
      const { driver: counted, queries } = recording(driver);
      const data = await ok(apiClient(counted)(BODIES, { first }));
      return { bodies: data.organizations.edges.length as number, meetings: data.organizations.edges.flatMap((e: any) => e.node.meetings.edges).length as number, queries: queries.length };
    };
    const twenty = await count(20);
    expect(twenty.bodies).toBe(20);
    expect(twenty.meetings).toBeGreaterThan(5);
    expect(twenty.queries, JSON.stringify(twenty)).toBeLessThanOrEqual(4);
    expect((await count(2)).queries).toBeLessThanOrEqual(twenty.queries);
  });
});

describe('round trips for a search', () => {
  it('are the search and one load per kind of node found, however many hits', async () => {
    const { driver: counted, queries } = recording(driver);
    const data = await ok(apiClient(counted)(`{ search(text: "hoi nghi", first: 30) { kind node { id ... on Meeting { title } } } }`));
    const kinds = new Set(data.search.map((h: any) => h.kind));
    expect(data.search.length).toBe(30);
    expect(queries.length, JSON.stringify(queries.map((q) => q.query.slice(0, 60)))).toBeLessThanOrEqual(1 + kinds.size);
  });
});

describe('round trips for a page of meetings with their chairs and organizers', () => {
  it('are a small constant, the same for 20 meetings as for 2', async () => {
    const twenty = await roundTrips(20);
    expect(twenty.rows).toBe(20);
    expect(twenty.chairs).toBeGreaterThan(10);
    // The page, the chairs, the organizers, the chairs' people, their posts that day, the evidence's articles, the organizers' parents.
    expect(twenty.queries, JSON.stringify(twenty)).toBeLessThanOrEqual(7);
    const two = await roundTrips(2);
    expect(two.queries).toBe(twenty.queries);
  });
});
