/**
 * The curator's Cypher (curate.ts). Facts move from one person to another as edges: an edge is made
 * again on the new end, with its type, direction and properties, and the old one deleted. Tenures,
 * their names lock and their spans are the writer's own statements (statements.ts).
 */

/** People by id (null for an unknown one), with what a merge or a split reads and rewrites. */
export const PEOPLE = `
UNWIND $ids AS id
OPTIONAL MATCH (p:Person {id: id})
RETURN id, p {.id, .name, .nameKey, .slug, .province, aliases: coalesce(p.aliases, []), mergedIds: coalesce(p.mergedIds, []),
  pinnedArticles: coalesce(p.pinnedArticles, []), mergeNotes: coalesce(p.mergeNotes, [])} AS person`;

/**
 * What a split of $personId by $articleIds needs: the articles naming the person, which of $articleIds
 * exist, the places of the posts those articles give the person (to name the new one as the resolver
 * would), and the ids of people of the same name a new person must not take, with the ids merged into
 * them: the person's own merged ids excepted, since splitting one of them off again gives it back.
 */
export const SPLIT_SUBJECT = `
MATCH (p:Person {id: $personId})
RETURN COLLECT { MATCH (a:Article)-[:MENTIONS]->(p) RETURN a.id } AS named,
  COLLECT { UNWIND $articleIds AS id MATCH (a:Article {id: id}) RETURN a.id } AS known,
  COLLECT {
    MATCH (p)-[:HOLDS]->(t:Tenure)-[e:EVIDENCED_BY]->(a:Article) WHERE a.id IN $articleIds
    MATCH (t)-[:OF]->(:Position)-[:IN]->(:Organization)-[:IN_PLACE]->(pl:Place)
    RETURN DISTINCT pl.name
  } AS places,
  COLLECT { MATCH (q:Person) WHERE q.id STARTS WITH 'person:' + p.slug RETURN q.id } +
  COLLECT {
    CALL (p) {
      MATCH (q:Person {slug: p.slug}) RETURN q
      UNION
      MATCH (q:Person) WHERE q.aliasSlugs IS NOT NULL AND p.slug IN q.aliasSlugs RETURN q
    }
    WITH q WHERE q <> p
    UNWIND coalesce(q.mergedIds, []) AS id
    RETURN id
  } AS taken`;

/** The person's tenures that hold evidence from $articleIds (from any article when null). */
export const TENURES_TO_MOVE = `
MATCH (:Person {id: $personId})-[:HOLDS]->(t:Tenure)-[:OF]->(pos:Position)
MATCH (t)-[e:EVIDENCED_BY]->(a:Article)
WHERE $articleIds IS NULL OR a.id IN $articleIds
RETURN t.id AS id, pos.id AS positionId, t.acting AS acting, 'concurrent' IN collect(e.qualifier) AS concurrent`;

/**
 * Makes `r`, an edge of `from`, again on `to`, unless `to` already has an equal one (same type,
 * direction, other end and properties): two people merged may both have been named by one article.
 */
const COPY_EDGE = `
CALL (r, from, to, other) {
  WITH r, from, to, other
  WHERE startNode(r) = from AND NOT EXISTS { MATCH (to)-[q]->(other) WHERE type(q) = type(r) AND properties(q) = properties(r) }
  CREATE (to)-[q:$(type(r))]->(other)
  SET q = properties(r)
}
CALL (r, from, to, other) {
  WITH r, from, to, other
  WHERE endNode(r) = from AND NOT EXISTS { MATCH (other)-[q]->(to) WHERE type(q) = type(r) AND properties(q) = properties(r) }
  CREATE (other)-[q:$(type(r))]->(to)
  SET q = properties(r)
}
DELETE r`;

/** Evidence from $articleIds (all when null) moves from each row's tenure (`from`) to its new one (`id`). */
export const MOVE_EVIDENCE = `
UNWIND $rows AS row
MATCH (from:Tenure {id: row.from})-[r:EVIDENCED_BY]->(other:Article), (to:Tenure {id: row.id})
WHERE $articleIds IS NULL OR other.id IN $articleIds
${COPY_EDGE}`;

/**
 * Every edge of a person but its posts (mentions, meeting roles, DISTINCT_FROM and whatever else
 * points at people) moves to another: those an article among $articleIds owns (it carries the
 * article's id, or ends at the article), or all when $articleIds is null. Edges to $dropIds go
 * instead: between people merged into one, they would say the person is kept apart from itself.
 */
export const MOVE_EDGES = `
MATCH (from:Person {id: $fromId}), (to:Person {id: $toId})
CALL (from) {
  MATCH (from)-[r]-(other:Person) WHERE other.id IN $dropIds
  DELETE r
}
MATCH (from)-[r]-(other)
WHERE type(r) <> 'HOLDS' AND ($articleIds IS NULL OR r.article IN $articleIds OR other.id IN $articleIds)
${COPY_EDGE}`;

/** A merge's survivor takes the names, ids and pins of the people merged into it ($props: null removes). */
export const UPDATE_PERSON = `
MATCH (p:Person {id: $id})
SET p += $props`;

export const DELETE_PEOPLE = `
UNWIND $ids AS id
MATCH (p:Person {id: id})
DETACH DELETE p`;

/**
 * The person a split makes: the original's names, the split articles pinned to it, and kept apart
 * from the original by a curated edge, which carries no article, so no replaced article removes it.
 * The original keeps its other articles pinned and no longer counts the new id as merged into it.
 */
export const CREATE_SPLIT_PERSON = `
MATCH (p:Person {id: $personId})
CREATE (n:Person {id: $newId})
SET n.name = p.name, n.nameKey = p.nameKey, n.slug = p.slug, n.province = p.province, n.searchText = p.searchText,
  n.aliases = p.aliases, n.aliasSlugs = p.aliasSlugs, n.pinnedArticles = $articleIds
SET p.pinnedArticles = $keptArticles, p.mergedIds = $mergedIds
CREATE (n)-[:DISTINCT_FROM {reason: $reason, curated: true}]->(p)`;

/** What a person has after a curation: tenures, and participations as the reads count them (per meeting and role). */
export const FACT_COUNTS = `
MATCH (p:Person {id: $id})
RETURN COUNT { (p)-[:HOLDS]->(:Tenure) } AS tenures,
  COUNT { MATCH (p)-[r:CHAIRED|SPOKE_AT|ATTENDED]->(m:Meeting) RETURN DISTINCT m, type(r) AS role } AS participations`;
