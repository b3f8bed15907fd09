/**
 * The export's reads: one query per kind, each streamed row by row (a node per row, with what it
 * needs from its neighbours collected per node, so memory is one row however large the graph).
 * `$only` (a list of ids, or null for everything) narrows every query to one person's or one
 * body's part of the graph (scope.ts). Dates leave as text (YYYY-MM-DD), as both formats write them.
 */

export const EXPORT_ARTICLES = `
MATCH (a:Article)
WHERE $only IS NULL OR a.id IN $only
RETURN a.id AS id, a.url AS url, a.source AS source, a.title AS title, toString(a.publishedAt) AS publishedAt, a.author AS author, a.place AS place`;

// The articles that name each person, for the link from article to person (FtM Documentation).
export const EXPORT_PEOPLE = `
MATCH (p:Person)
WHERE $only IS NULL OR p.id IN $only
RETURN p.id AS id, p.name AS name, coalesce(p.aliases, []) AS aliases, p.province AS province,
  COLLECT { MATCH (a:Article)-[:MENTIONS]->(p) WHERE $only IS NULL OR a.id IN $only RETURN a.id ORDER BY a.id } AS articleIds`;

export const EXPORT_ORGANIZATIONS = `
MATCH (o:Organization)
WHERE $only IS NULL OR o.id IN $only
OPTIONAL MATCH (o)-[:PART_OF]->(parent:Organization)
OPTIONAL MATCH (o)-[:IN_PLACE]->(place:Place)
RETURN o.id AS id, o.name AS name, o.kind AS kind, coalesce(o.aliases, []) AS aliases, parent.id AS parentId, place.name AS place`;

export const EXPORT_POSITIONS = `
MATCH (pos:Position)
WHERE $only IS NULL OR pos.id IN $only
OPTIONAL MATCH (pos)-[:IN]->(o:Organization)
RETURN pos.id AS id, pos.title AS title, pos.name AS name, o.id AS organizationId, o.name AS organizationName`;

// A tenure with the articles that state it (and a sentence of each), oldest first: an occupancy's sources.
export const EXPORT_TENURES = `
MATCH (p:Person)-[:HOLDS]->(t:Tenure)-[:OF]->(pos:Position)
WHERE $only IS NULL OR t.id IN $only
OPTIONAL MATCH (pos)-[:IN]->(o:Organization)
RETURN t.id AS id, p.id AS personId, p.name AS personName, pos.id AS positionId, pos.name AS positionName, o.name AS organizationName,
  toString(t.firstSeen) AS firstSeen, toString(t.lastSeen) AS lastSeen, toString(t.endedBy) AS endedBy,
  coalesce(t.acting, false) AS acting, coalesce(t.observations, 0) AS observations,
  COLLECT {
    MATCH (t)-[e:EVIDENCED_BY]->(a:Article)
    WITH a, min(e.asOf) AS asOf, min(e.sentence) AS sentence
    RETURN {id: a.id, url: a.url, sentence: sentence} ORDER BY asOf, a.id
  } AS articles`;

// A meeting with its organizers, its participants by role (the article and sentence of each) and the articles that report it.
export const EXPORT_MEETINGS = `
MATCH (m:Meeting)
WHERE $only IS NULL OR m.id IN $only
RETURN m.id AS id, toString(m.date) AS date, m.partOfDay AS partOfDay, m.kind AS kind, m.title AS title,
  COLLECT { MATCH (m)-[:ORGANIZED_BY]->(o:Organization) RETURN {id: o.id, name: o.name} ORDER BY o.id } AS organizers,
  COLLECT {
    MATCH (p:Person)-[r:CHAIRED|SPOKE_AT|ATTENDED]->(m)
    RETURN {personId: p.id, personName: p.name, role: type(r), article: r.article, sentence: r.sentence} ORDER BY type(r), p.id, r.article
  } AS participants,
  COLLECT { MATCH (a:Article)-[:REPORTS]->(m) RETURN {id: a.id, url: a.url} ORDER BY a.id } AS articles`;
