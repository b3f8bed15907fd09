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
    // The page of bodies, their meetings, the meetings' chairs with their people.
    expect(twenty.queries, JSON.stringify(twenty)).toBeLessThanOrEqual(3);
    expect((await count(2)).queries).toBeLessThanOrEqual(twenty.queries);
  });
});

describe('round trips for a search', () => {
  it('are the search alone, however many hits of however many kinds: each hit brings its node', async () => {
    // "Ban" heads the names of boards and steering committees, and meeting titles name a "Ban Chấp hành".
    const { driver: counted, queries } = recording(driver);
    const data = await ok(apiClient(counted)(`query($text: String!) { search(text: $text, first: 30) { kind label node { id ... on Meeting { title } ... on Person { name } ... on Organization { name } } } }`, { text: 'ban' }));
    const kinds = new Set(data.search.map((h: any) => h.kind));
    expect(kinds.size, JSON.stringify(data.search.map((h: any) => h.label))).toBeGreaterThan(1);
    // Each node answered as its own type, with its own fields, from the hit's row.
    expect(data.search.every((h: any) => (h.node.title ?? h.node.name) === h.label)).toBe(true);
    expect(queries.length, JSON.stringify(queries.map((q) => q.query.slice(0, 60)))).toBe(1);
  });
});

describe('round trips for a page of meetings with their chairs and organizers', () => {
  it('are a small constant, the same for 20 meetings as for 2', async () => {
    const twenty = await roundTrips(20);
    expect(twenty.rows).toBe(20);
    expect(twenty.chairs).toBeGreaterThan(10);
    // The page, the chairs with their people and the evidence's articles, the organizers, the chairs' posts that day, the organizers' parents.
    expect(twenty.queries, JSON.stringify(twenty)).toBeLessThanOrEqual(5);
    const two = await roundTrips(2);
    expect(two.queries).toBe(twenty.queries);
  });

  it('are one when each meeting shows who chaired it: the chairs leave with the page', async () => {
    const { driver: counted, queries } = recording(driver);
    const data = await ok(apiClient(counted)('{ meetings(first: 20) { edges { node { id date title chairs { person { id name } } } } } }'));
    expect(data.meetings.edges.some((e: any) => e.node.chairs.length > 0)).toBe(true);
    expect(queries).toHaveLength(1);
    // The same chairs as asked without the page: each meeting by id.
    for (const { node } of data.meetings.edges.slice(0, 5)) {
      const alone = await ok(apiClient(driver)('query($id: ID!) { node(id: $id) { ... on Meeting { chairs { person { id name } } } } }', { id: node.id }));
      expect(node.chairs).toEqual(alone.node.chairs);
    }
  });
});

describe('the statements of a list of participations', () => {
  // Keyed by the ids given, or by the ids of the page it is sent with.
  const chairsQuery = (queries: { query: string }[]) => queries.filter((q) => /UNWIND (\$\w*keys|rowIds) AS key/u.test(q.query) && q.query.includes('CHAIRED|SPOKE_AT|ATTENDED'));

  it('are left out of the read when the query does not show them', async () => {
    const { driver: counted, queries } = recording(driver);
    const data = await ok(apiClient(counted)('{ meetings(first: 10) { edges { node { chairs { person { name } } } } } }'));
    expect(data.meetings.edges.some((e: any) => e.node.chairs.length > 0)).toBe(true);
    expect(chairsQuery(queries)).toHaveLength(1);
    expect(chairsQuery(queries)[0]!.query).not.toContain('r.sentence');
    // Nor are the articles read: nothing shown depends on them.
    expect(chairsQuery(queries)[0]!.query).not.toContain(':Article');
  });

  it('are left out when only the speech roles are shown, which are the same as with the statements', async () => {
    const ask = (fields: string) => {
      const { driver: counted, queries } = recording(driver);
      return ok(apiClient(counted)(`{ meetings(first: 20) { edges { node { id participants { role speechRole ${fields} person { id } } } } } }`)).then((data) => ({ data, queries }));
    };
    const roles = (data: any) => data.meetings.edges.map((e: any) => e.node.participants.map((p: any) => [p.person.id, p.role, p.speechRole]));
    const withStatements = await ask('evidence { sentence }');
    const without = await ask('');
    expect(roles(without.data)).toEqual(roles(withStatements.data));
    expect(roles(without.data).flat().some(([, , speechRole]: string[]) => speechRole !== null)).toBe(true);
    const participantsQuery = chairsQuery(without.queries);
    expect(participantsQuery).toHaveLength(1);
    expect(participantsQuery[0]!.query).toContain(':Article');
    expect(participantsQuery[0]!.query).not.toContain('r.sentence');
  });

  it('are read when a fragment asks for them, and a second place in the query without them does not take their place', async () => {
    const { driver: counted, queries } = recording(driver);
    const data = await ok(apiClient(counted)(`{ meetings(first: 10) { edges { node {
      plain: chairs { person { name } }
      shown: chairs { ...Said }
    } } } }
    fragment Said on Participation { person { name } evidence { sentence article { title } } }`));
    const chaired = data.meetings.edges.filter((e: any) => e.node.shown.length > 0);
    expect(chaired.length).toBeGreaterThan(0);
    for (const { node } of chaired) {
      expect(node.shown.map((c: any) => c.person.name)).toEqual(node.plain.map((c: any) => c.person.name));
      for (const chair of node.shown) expect(chair.evidence.length, JSON.stringify(chair)).toBeGreaterThan(0);
      expect(node.shown[0].evidence[0].sentence).toContain(node.shown[0].person.name.split(' ').at(-1));
    }
    expect(chairsQuery(queries).some((q) => q.query.includes('r.sentence'))).toBe(true);
  });
});

describe('round trips for one node by id', () => {
  it('are one for a person’s timeline: the person, posts and meetings, and every node the entries name', async () => {
    const { records } = await driver.executeQuery(`MATCH (p:Person) WHERE EXISTS { (p)-[:HOLDS]->() } AND EXISTS { (p)-[:CHAIRED|SPOKE_AT|ATTENDED]->() }
      RETURN p.id AS id ORDER BY p.id LIMIT 1`);
    const { driver: counted, queries } = recording(driver);
    const data = await ok(apiClient(counted)(`query($id: ID!) { node(id: $id) { ... on Person { name timeline { edges { node {
      kind tenure { person { name } position { name } } participation { role person { name } meeting { title } } } } } } } }`, { id: records[0]!.get('id') }));
    const entries = data.node.timeline.edges.map((e: any) => e.node);
    expect(new Set(entries.map((e: any) => e.kind))).toEqual(new Set(['POST', 'MEETING']));
    for (const e of entries) expect((e.tenure ?? e.participation).person.name).toBe(data.node.name);
    expect(entries.filter((e: any) => e.kind === 'MEETING').every((e: any) => e.participation.meeting.title.length > 0)).toBe(true);
    expect(queries.length, JSON.stringify(queries.map((q) => q.query.slice(0, 60)))).toBe(1);
  });

  it('are one for a meeting with its organizers, people, statements and reports', async () => {
    const { records } = await driver.executeQuery(`MATCH (m:Meeting) WHERE EXISTS { (m)<-[:CHAIRED]-() } AND EXISTS { (m)<-[:REPORTS]-() }
      RETURN m.id AS id ORDER BY m.id LIMIT 1`);
    const { driver: counted, queries } = recording(driver);
    const data = await ok(apiClient(counted)(`query($id: ID!) { node(id: $id) { ... on Meeting { title organizers { name }
      participants { role person { name } evidence { sentence article { title } } } reports { sentence article { title } } } } }`, { id: records[0]!.get('id') }));
    expect(data.node.organizers.length).toBeGreaterThan(0);
    expect(data.node.participants.some((p: any) => p.role === 'CHAIR' && p.evidence.length > 0)).toBe(true);
    expect(data.node.reports.length).toBeGreaterThan(0);
    expect(queries.length, JSON.stringify(queries.map((q) => q.query.slice(0, 60)))).toBe(1);
  });

  it('are one for a body’s members on a date given in a variable and asked in a named fragment', async () => {
    const { records } = await driver.executeQuery(`MATCH (o:Organization)<-[:IN]-(:Position)<-[:OF]-(t:Tenure) WHERE t.firstSeen IS NOT NULL
      WITH o, count(t) AS tenures, max(t.firstSeen) AS on ORDER BY tenures DESC, o.id LIMIT 1 RETURN o.id AS id, toString(on) AS on`);
    const { driver: counted, queries } = recording(driver);
    const data = await ok(apiClient(counted)(`query($id: ID!, $on: Date!) { node(id: $id) { id ...Members } }
      fragment Members on Organization { name members(asOf: $on) { edges { node { person { name } position { name } } } } }`,
    { id: records[0]!.get('id'), on: records[0]!.get('on') }));
    expect(data.node.members.edges.length).toBeGreaterThan(0);
    expect(queries.length, JSON.stringify(queries.map((q) => q.query.slice(0, 60)))).toBe(1);
  });

  it('answer a field read ahead as the field alone would: the same entries as a query that does not start from node(id)', async () => {
    const fields = 'name meetings { edges { node { role meeting { title } evidence { sentence } } } }';
    const listed = await ok(apiClient(driver)(`{ people(first: 100) { edges { node { id ${fields} } } } }`));
    const person = listed.people.edges.map((e: any) => e.node).find((p: any) => p.meetings.edges.length > 1);
    expect(person, 'someone in the first page of people with meetings').toBeDefined();
    const byId = await ok(apiClient(driver)(`query($id: ID!) { node(id: $id) { ... on Person { ${fields} } } }`, { id: person.id }));
    expect(byId.node.meetings).toEqual(person.meetings);
  });
});
