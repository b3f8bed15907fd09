/**
 * One person's or one body's part of the graph, as the ids the export's queries are narrowed to
 * (`$only`): what a reader of that person's or body's FtM file needs to check each fact, and no
 * more. References that leave the part (a co-chair of a meeting, a body's parent's parent) are
 * dropped from the entities, so the file stays self-contained.
 */
import type { Driver } from 'neo4j-driver';

// A person: their posts (tenure, post, body), the meetings they took part in and those meetings'
// organizers, and the articles that name them.
const PERSON_SCOPE = `
MATCH (p:Person {id: $id})
CALL (p) {
  RETURN p.id AS id
  UNION
  MATCH (p)-[:HOLDS]->(t:Tenure)-[:OF]->(pos:Position)
  OPTIONAL MATCH (pos)-[:IN]->(o:Organization)
  UNWIND [t.id, pos.id, o.id] AS id
  RETURN id
  UNION
  MATCH (p)-[:CHAIRED|SPOKE_AT|ATTENDED]->(m:Meeting)
  OPTIONAL MATCH (m)-[:ORGANIZED_BY]->(o:Organization)
  UNWIND [m.id, o.id] AS id
  RETURN id
  UNION
  MATCH (a:Article)-[:MENTIONS]->(p)
  RETURN a.id AS id
}
WITH id WHERE id IS NOT NULL
RETURN collect(id) AS ids`;

// A body: itself and its parent, its posts and who held them (with the articles that say so), and
// the meetings it organized (with the articles that report them).
const ORGANIZATION_SCOPE = `
MATCH (o:Organization {id: $id})
CALL (o) {
  RETURN o.id AS id
  UNION
  MATCH (o)-[:PART_OF]->(parent:Organization)
  RETURN parent.id AS id
  UNION
  MATCH (pos:Position)-[:IN]->(o)
  OPTIONAL MATCH (person:Person)-[:HOLDS]->(t:Tenure)-[:OF]->(pos)
  OPTIONAL MATCH (t)-[:EVIDENCED_BY]->(a:Article)
  UNWIND [pos.id, t.id, person.id, a.id] AS id
  RETURN id
  UNION
  MATCH (m:Meeting)-[:ORGANIZED_BY]->(o)
  OPTIONAL MATCH (a:Article)-[:REPORTS]->(m)
  UNWIND [m.id, a.id] AS id
  RETURN id
}
WITH id WHERE id IS NOT NULL
RETURN collect(id) AS ids`;

/** The ids of a person's or body's part of the graph; empty when no such node exists. */
export async function scopeIds(driver: Driver, kind: 'person' | 'organization', id: string): Promise<string[]> {
  const { records } = await driver.executeQuery(kind === 'person' ? PERSON_SCOPE : ORGANIZATION_SCOPE, { id }, { routing: 'READ' });
  return (records[0]?.get('ids') as string[] | undefined) ?? [];
}
