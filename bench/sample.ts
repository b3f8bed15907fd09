/**
 * The inputs the operations are asked with: keys drawn from the graph itself, spread evenly over it
 * (every k-th candidate by id, so the same graph gives the same sample), and kept only when the
 * answer fits one page (operations.ts, MAX_ROWS), so all three servers can answer it whole.
 */
import neo4j, { type Driver } from 'neo4j-driver';
import { fullTextQuery } from '../src/graph/read/search.js';
import { searchText } from '../src/graph/write/keys.js';
import { MAX_ROWS, SEARCH_LIMIT, type OperationInputs, type OperationName } from './operations.js';
import { heldOnCypher, sharedTitles } from './servers/held-on.js';

export type Sample = { [K in OperationName]: OperationInputs[K][] };

/** `count` items spread evenly over `items`, in their order. */
export function spread<T>(items: readonly T[], count: number): T[] {
  if (items.length <= count) return [...items];
  return Array.from({ length: count }, (_, i) => items[Math.floor((i * items.length) / count)]!);
}

async function column<T>(driver: Driver, query: string, params: Record<string, unknown> = {}): Promise<T[]> {
  const { records } = await driver.executeQuery(query, params, { routing: neo4j.routing.READ });
  return records.map((r) => r.get(0) as T);
}

/** People with several posts whose timeline fits a page. */
const PEOPLE = `
MATCH (p:Person) WHERE COUNT { (p)-[:HOLDS]->() } >= 2
  AND COUNT { (p)-[:HOLDS]->() } + COUNT { MATCH (p)-[r:CHAIRED|SPOKE_AT|ATTENDED]->(m:Meeting) RETURN DISTINCT m, type(r) } <= ${MAX_ROWS}
RETURN p.id ORDER BY p.id`;

const BODIES_WITH_MEETINGS = `
MATCH (o:Organization) WHERE COUNT { (o)<-[:ORGANIZED_BY]-(m:Meeting) WHERE m.date IS NOT NULL } >= 2
RETURN o.id ORDER BY o.id`;

const MEETING_DAYS = `
MATCH (:Organization {id: $id})<-[:ORGANIZED_BY]-(m:Meeting) WHERE m.date IS NOT NULL
WITH DISTINCT m RETURN toString(m.date) ORDER BY m.date`;

/** A body and the middle day of one of its posts' tenures. */
const TENURE_DAYS = `
MATCH (t:Tenure)-[:OF]->(:Position)-[:IN]->(o:Organization) WHERE t.lastSeen > t.firstSeen
RETURN [o.id, toString(t.firstSeen + duration({days: duration.inDays(t.firstSeen, t.lastSeen).days / 2}))] ORDER BY t.id`;

const MEMBER_COUNT = `MATCH (this:Organization {id: $organizationId}) ${heldOnCypher('$shared')} RETURN count(*)`;

const NAMES = 'MATCH (p:Person) RETURN p.name ORDER BY p.id';
const HITS = "CALL db.index.fulltext.queryNodes('search_text', $query) YIELD node RETURN count(*)";

const MEETINGS = `
MATCH (m:Meeting) WHERE EXISTS { (m)<-[:CHAIRED|SPOKE_AT|ATTENDED]-(:Person) }
RETURN m.id ORDER BY m.id`;

/** Up to MAX_ROWS meetings of a body from its middle day on: a window that several of its meetings fall in. */
function window(days: readonly string[]): { from: string; to: string } {
  const start = Math.floor(days.length / 2) - 1;
  let end = Math.min(days.length - 1, start + 30);
  while (days.filter((d) => d >= days[start]! && d <= days[end]!).length > MAX_ROWS) end--;
  return { from: days[start]!, to: days[end]! };
}

async function keep<T>(candidates: readonly T[], size: number, fits: (candidate: T) => Promise<boolean>): Promise<T[]> {
  const kept: T[] = [];
  for (const candidate of spread(candidates, size * 2)) {
    if (kept.length === size) break;
    if (await fits(candidate)) kept.push(candidate);
  }
  return kept;
}

export async function drawSample(driver: Driver, size: number): Promise<Sample> {
  const shared = await sharedTitles(driver);
  const timeline = spread(await column<string>(driver, PEOPLE), size).map((personId) => ({ personId }));
  const chairs = await Promise.all(spread(await column<string>(driver, BODIES_WITH_MEETINGS), size).map(async (organizationId) => ({
    organizationId, ...window(await column<string>(driver, MEETING_DAYS, { id: organizationId })),
  })));
  const members = await keep((await column<[string, string]>(driver, TENURE_DAYS)).map(([organizationId, on]) => ({ organizationId, on })), size,
    async (input) => (await column<number>(driver, MEMBER_COUNT, { ...input, shared }))[0]! <= MAX_ROWS);
  const texts = [...new Set((await column<string>(driver, NAMES)).map((name) => searchText(name)))];
  const search = await keep(texts.map((text) => ({ text })), size,
    async ({ text }) => (await column<number>(driver, HITS, { query: fullTextQuery(text) }))[0]! <= SEARCH_LIMIT);
  const meeting = spread(await column<string>(driver, MEETINGS), size).map((meetingId) => ({ meetingId }));
  return { timeline, chairs, members, search, meeting };
}
