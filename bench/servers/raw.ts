/**
 * The floor: each operation as one hand-written Cypher query through neo4j-driver, behind the least
 * HTTP handling that serves JSON (node:http, POST /<operation> with the input as the body).
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import neo4j, { isDate, type Driver } from 'neo4j-driver';
import { fullTextQuery } from '../../src/graph/read/search.js';
import { MAX_ROWS, SEARCH_LIMIT, type OperationName } from '../operations.js';
import { heldOnCypher, sharedTitles } from './held-on.js';

const QUERIES: Record<OperationName, string> = {
  timeline: `
OPTIONAL MATCH (p:Person {id: $personId})
RETURN p.name AS name,
  COLLECT { MATCH (p)-[:HOLDS]->(t:Tenure)-[:OF]->(pos:Position)
    RETURN {id: t.id, firstSeen: t.firstSeen, lastSeen: t.lastSeen, position: pos.name} } AS tenures,
  COLLECT { MATCH (p)-[r:CHAIRED|SPOKE_AT|ATTENDED]->(m:Meeting) WITH DISTINCT m, type(r) AS edge
    RETURN {id: m.id, title: m.title, date: m.date, edge: edge} } AS meetings`,
  chairs: `
MATCH (:Organization {id: $organizationId})<-[:ORGANIZED_BY]-(m:Meeting)
WITH DISTINCT m WHERE m.date >= date($from) AND m.date <= date($to)
RETURN m.id AS id, m.date AS date, m.title AS title,
  COLLECT { MATCH (p:Person)-[:CHAIRED]->(m) RETURN DISTINCT p {.id, .name} } AS chairs
ORDER BY m.date DESC, m.id LIMIT ${MAX_ROWS}`,
  members: `
MATCH (this:Organization {id: $organizationId})
${heldOnCypher('$shared')}
RETURN p.id AS personId, p.name AS name, pos.name AS position
ORDER BY pos.name, p.name, t.id LIMIT ${MAX_ROWS}`,
  search: `
CALL db.index.fulltext.queryNodes('search_text', $query, {limit: ${SEARCH_LIMIT * 5}}) YIELD node, score
WHERE node:Person
RETURN node.id AS id, node.name AS name ORDER BY score DESC, id LIMIT ${SEARCH_LIMIT}`,
  meeting: `
OPTIONAL MATCH (m:Meeting {id: $meetingId})
RETURN m {.id, .title, .kind, .date} AS meeting,
  COLLECT { MATCH (m)-[:ORGANIZED_BY]->(o:Organization) RETURN o {.id, .name} } AS organizers,
  COLLECT { MATCH (p:Person)-[r:CHAIRED|SPOKE_AT|ATTENDED]->(m)
    RETURN {edge: type(r), personId: p.id, name: p.name, articleId: r.article, sentence: r.sentence} } AS participations,
  COLLECT { MATCH (a:Article)-[r:REPORTS]->(m) RETURN {articleId: a.id, sentence: r.sentence} } AS reports`,
};

/** Only these answer with one row (an object); the others with their rows. */
const SINGLE_ROW: ReadonlySet<OperationName> = new Set(['timeline', 'meeting']);

/** Dates as "YYYY-MM-DD", as both GraphQL servers write them. */
const replacer = (_key: string, value: unknown): unknown => (isDate(value) ? value.toString() : value);

async function readJson(request: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>;
}

export async function createRawServer(driver: Driver): Promise<Server> {
  const shared = await sharedTitles(driver);
  return createServer((request, response) => {
    const operation = request.url?.slice(1) as OperationName;
    if (request.method !== 'POST' || !(operation in QUERIES)) {
      response.writeHead(404).end();
      return;
    }
    void (async () => {
      try {
        const input = await readJson(request);
        const params = operation === 'search' ? { query: fullTextQuery(String(input.text)) } : { ...input, shared };
        // An auto-commit read, as ours makes (src/graph/read/run.ts): the cheapest call the driver has.
        const session = driver.session({ defaultAccessMode: neo4j.session.READ });
        const { records } = await session.run(QUERIES[operation], params).finally(() => session.close());
        const rows = records.map((r) => r.toObject());
        response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(SINGLE_ROW.has(operation) ? rows[0] : rows, replacer));
      } catch (error) {
        response.writeHead(500, { 'content-type': 'text/plain' }).end(`${operation}: ${error instanceof Error ? error.message : String(error)}`);
      }
    })();
  });
}
