/**
 * "Held on a day" for the two servers that are not ours, in Cypher alone: the rule of
 * src/graph/read/tenures.ts (seen between the first and last statement; else last seen within a
 * term, not ended, its body not ceased, and not passed on in a post one person holds at a time). Ours decides the last
 * part in TypeScript (isSharedTitle); here the graph's shared titles are listed once at start.
 */
import type { Driver } from 'neo4j-driver';
import { isSharedTitle } from '../../src/extract/patterns.js';
import { TERM_YEARS } from '../../src/graph/read/tenures.js';

/** Tenures `t` (held by `p`, of `pos`) of the body bound to `this` held on $on; `shared` is a Cypher list of titles. */
export const heldOnCypher = (shared: string): string => `
MATCH (this)<-[:IN]-(pos:Position)<-[:OF]-(t:Tenure)<-[:HOLDS]-(p:Person)
WITH p, t, pos, date($on) AS on
WHERE t.firstSeen IS NOT NULL AND t.firstSeen <= on AND (t.endedBy IS NULL OR t.endedBy > on) AND (pos.ceasedOn IS NULL OR pos.ceasedOn > on)
  AND (t.lastSeen >= on OR (t.lastSeen >= on - duration({years: ${TERM_YEARS}})
    AND (pos.title IN ${shared} OR NOT EXISTS { MATCH (pos)<-[:OF]-(next:Tenure) WHERE next <> t AND next.firstSeen > t.lastSeen AND next.firstSeen <= on })))`;

/** The titles of the graph's posts that several people hold at once ("Phó Chủ tịch"). */
export async function sharedTitles(driver: Driver): Promise<string[]> {
  const { records } = await driver.executeQuery('MATCH (pos:Position) RETURN DISTINCT pos.title AS title', {}, { routing: 'READ' });
  return records.map((r) => r.get('title') as string).filter(isSharedTitle).sort();
}
