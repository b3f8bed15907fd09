/**
 * The writer's Cypher. Every statement is parameterized and UNWINDs a batch of rows; nothing is
 * built from strings. Dates are stored as Neo4j dates so the API can compare them in the index.
 */

/** Takes each article's write lock first (in id order, so concurrent batches cannot deadlock on them) and reads what is stored. */
export const LOCK_ARTICLES = `
UNWIND $ids AS id
MERGE (a:Article {id: id})
SET a.ingestLock = true
RETURN id, a.contentHash AS contentHash, a.extractorVersion AS extractorVersion`;

/**
 * A replaced article's own facts go; what they pointed at is collected for the clean-up after the new version is written.
 * The DISTINCT_FROM edges it wrote stay: the two people it set apart are still two nodes, and the new
 * version, resolving its names to them, has no reason to set them apart again. An edge goes with its
 * person when the clean-up removes one no article names any more.
 */
export const DETACH_ARTICLE_FACTS = `
UNWIND $ids AS id
MATCH (a:Article {id: id})
CALL (a) {
  OPTIONAL MATCH (a)<-[e:EVIDENCED_BY]-(t:Tenure)-[:OF]->(pos:Position)
  OPTIONAL MATCH (pos)-[:IN]->(o:Organization)
  DELETE e
  RETURN collect(DISTINCT t.id) AS tenureIds, collect(DISTINCT pos.id) AS positionIds, collect(DISTINCT o.id) AS postBodyIds
}
CALL (a) {
  OPTIONAL MATCH (a)-[:REPORTS]->(m:Meeting)<-[r:CHAIRED|SPOKE_AT|ATTENDED]-(:Person)
  WHERE r.article = a.id
  DELETE r
}
CALL (a) {
  OPTIONAL MATCH (a)-[r:REPORTS]->(m:Meeting)
  OPTIONAL MATCH (m)-[:ORGANIZED_BY]->(o:Organization)
  DELETE r
  RETURN collect(DISTINCT m.id) AS meetingIds, collect(DISTINCT o.id) AS organizerIds
}
CALL (a) {
  OPTIONAL MATCH (a)-[r:MENTIONS]->(p:Person)
  DELETE r
  RETURN collect(DISTINCT p.id) AS personIds
}
RETURN tenureIds, positionIds, meetingIds, personIds, postBodyIds + organizerIds AS organizationIds`;

/**
 * Locks each name of $slugs (a NameLock node per name, taken in the list's order, so callers sort it).
 * Whoever resolves or curates people of a name holds its lock until commit, so two processes never
 * both decide "new person", and a curator's merge or split never interleaves with a resolution.
 */
export const LOCK_NAMES = `
UNWIND $slugs AS slug
MERGE (lock:NameLock {id: 'name:' + slug})
SET lock.locked = true`;

/**
 * The people already in the graph under the names of this batch, with what resolution compares and
 * what curators recorded; the names are locked first (LOCK_NAMES). A person a curator merged another
 * name into is found by that name too, through aliasSlugs: an index scan over the few people who have it.
 */
export const PERSON_CANDIDATES = `${LOCK_NAMES}
WITH collect(slug) AS slugs
CALL (slugs) {
  UNWIND slugs AS slug
  MATCH (p:Person {slug: slug})
  RETURN p
  UNION
  MATCH (p:Person) WHERE p.aliasSlugs IS NOT NULL AND any(s IN p.aliasSlugs WHERE s IN slugs)
  RETURN p
}
CALL (p) {
  OPTIONAL MATCH (p)-[:HOLDS]->(:Tenure)-[:OF]->(pos:Position)
  OPTIONAL MATCH (pos)-[:IN]->(:Organization)-[:IN_PLACE]->(pl:Place)
  RETURN collect(DISTINCT pos.id) AS positionIds, collect(DISTINCT pl.name) AS places
}
RETURN p.id AS id, p.slug AS slug, p.nameKey AS nameKey, p.province AS province, positionIds, places,
  coalesce(p.aliases, []) AS aliases, coalesce(p.mergedIds, []) AS mergedIds,
  [article IN coalesce(p.pinnedArticles, []) WHERE article IN $articleIds] AS pinnedArticles`;

/** A place's lineage (lineage.ts) follows from its name and kind, so every article that names it says the same: set, not merged. */
export const WRITE_PLACES = `
UNWIND $rows AS row
MERGE (p:Place {id: row.id})
ON CREATE SET p.name = row.name, p.kind = row.kind
SET p.kind = coalesce(p.kind, row.kind),
  p.ceasedOn = CASE WHEN row.ceasedOn IS NULL THEN p.ceasedOn ELSE date(row.ceasedOn) END,
  p.ceasedReason = coalesce(row.ceasedReason, p.ceasedReason)`;

export const WRITE_PLACE_LINKS = `
UNWIND $rows AS row
MATCH (p:Place {id: row.id}), (q:Place {id: row.parentId})
MERGE (p)-[:PART_OF]->(q)`;

/** A body's lineage and scope follow from its name and id (lineage.ts, keys.ts): set on every write, the same each time. */
export const WRITE_ORGANIZATIONS = `
UNWIND $rows AS row
MERGE (o:Organization {id: row.id})
ON CREATE SET o.name = row.name, o.nameKey = row.nameKey, o.kind = row.kind, o.aliases = [], o.scope = row.scope
SET o.ceasedOn = CASE WHEN row.ceasedOn IS NULL THEN o.ceasedOn ELSE date(row.ceasedOn) END,
  o.ceasedReason = coalesce(row.ceasedReason, o.ceasedReason)
SET o.aliases = o.aliases + [alias IN row.aliases WHERE NOT alias IN o.aliases]
SET o.searchText = CASE
  WHEN o.searchText IS NULL THEN row.searchText
  WHEN o.searchText CONTAINS row.searchText THEN o.searchText
  ELSE o.searchText + ' ' + row.searchText END`;

export const WRITE_ORGANIZATION_LINKS = `
UNWIND $rows AS row
MATCH (o:Organization {id: row.id})
CALL (o, row) {
  WITH o, row WHERE row.parentId IS NOT NULL
  MATCH (parent:Organization {id: row.parentId})
  MERGE (o)-[:PART_OF]->(parent)
}
CALL (o, row) {
  WITH o, row WHERE row.placeId IS NOT NULL
  MATCH (place:Place {id: row.placeId})
  MERGE (o)-[:IN_PLACE]->(place)
}`;

/**
 * The 2025 reorganization: a merged province into the one it went into, a ceased body into the body
 * that took over (lineage.ts), each edge dated with the day of the change.
 */
export const WRITE_PLACE_LINEAGE = `
UNWIND $rows AS row
MATCH (p:Place {id: row.id}), (next:Place {id: row.successorId})
MERGE (p)-[m:MERGED_INTO]->(next)
SET m.on = date(row.ceasedOn)`;

export const WRITE_ORGANIZATION_LINEAGE = `
UNWIND $rows AS row
MATCH (o:Organization {id: row.id}), (next:Organization {id: row.successorId})
MERGE (o)-[s:SUCCEEDED_BY]->(next)
SET s.on = date(row.ceasedOn)`;

export const WRITE_PEOPLE = `
UNWIND $rows AS row
MERGE (p:Person {id: row.id})
ON CREATE SET p.name = row.name, p.nameKey = row.nameKey, p.slug = row.slug, p.province = row.province, p.searchText = row.searchText`;

/**
 * Links are made once, when the node is created: a post already in the graph is already in its body.
 * The day its body ceased is kept on the post too, so that a tenure's end is read without a hop to the body.
 */
export const WRITE_POSITIONS = `
UNWIND $rows AS row
MERGE (pos:Position {id: row.id})
ON CREATE SET pos.title = row.title, pos.name = row.name, pos.created = true
SET pos.ceasedOn = CASE WHEN row.ceasedOn IS NULL THEN pos.ceasedOn ELSE date(row.ceasedOn) END,
  pos.ceasedReason = coalesce(row.ceasedReason, pos.ceasedReason)
WITH pos, row WHERE pos.created AND row.organizationId IS NOT NULL
MATCH (o:Organization {id: row.organizationId})
CREATE (pos)-[:IN]->(o)
REMOVE pos.created`;

export const WRITE_TENURES = `
UNWIND $rows AS row
MERGE (t:Tenure {id: row.id})
ON CREATE SET t.acting = row.acting, t.concurrent = row.concurrent, t.observations = 0, t.created = true
ON MATCH SET t.concurrent = t.concurrent OR row.concurrent
WITH t, row WHERE t.created
MATCH (p:Person {id: row.personId}), (pos:Position {id: row.positionId})
CREATE (p)-[:HOLDS]->(t), (t)-[:OF]->(pos)
REMOVE t.created`;

export const WRITE_MEETINGS = `
UNWIND $rows AS row
MERGE (m:Meeting {id: row.id})
ON CREATE SET m.date = CASE WHEN row.date IS NULL THEN null ELSE date(row.date) END,
  m.dateInferred = CASE WHEN row.dateInferred IS NULL THEN null ELSE date(row.dateInferred) END,
  m.partOfDay = row.partOfDay, m.kind = row.kind, m.title = row.title, m.searchText = row.searchText, m.created = true
WITH m, row WHERE m.created
CALL (m, row) {
  UNWIND row.organizerIds AS organizerId
  MATCH (o:Organization {id: organizerId})
  CREATE (m)-[:ORGANIZED_BY]->(o)
}
REMOVE m.created`;

/**
 * The article and every edge it owns. The article's lock is held and a replaced version's edges are
 * gone, so each edge is new: CREATE, not MERGE. Participation edges carry the article that states
 * them, so replacing one article removes only its own.
 */
export const WRITE_ARTICLES = `
UNWIND $rows AS row
MATCH (a:Article {id: row.id})
SET a += row.props
REMOVE a.ingestLock
SET a.publishedAt = CASE WHEN row.props.publishedAt IS NULL THEN null ELSE datetime(row.props.publishedAt) END
WITH a, row
CALL (a, row) {
  UNWIND row.people AS id
  MATCH (p:Person {id: id})
  CREATE (a)-[:MENTIONS]->(p)
}
CALL (a, row) {
  UNWIND row.keptApart AS k
  MATCH (p:Person {id: k.id}), (q:Person {id: k.otherId})
  MERGE (p)-[d:DISTINCT_FROM]->(q)
  ON CREATE SET d.reason = k.reason, d.article = a.id
}
CALL (a, row) {
  UNWIND row.evidence AS e
  MATCH (t:Tenure {id: e.tenureId})
  WITH t, e, CASE WHEN e.asOf IS NULL THEN null ELSE date(e.asOf) END AS asOf
  CREATE (t)-[:EVIDENCED_BY {sentence: e.sentence, text: e.text, asOf: asOf, former: e.former, qualifier: e.qualifier}]->(a)
  // New evidence widens the span in place; only a replaced article's tenures are recomputed from all of theirs.
  SET t.observations = t.observations + CASE WHEN e.former THEN 0 ELSE 1 END,
    t.firstSeen = CASE WHEN e.former OR asOf IS NULL OR asOf >= t.firstSeen THEN t.firstSeen ELSE asOf END,
    t.lastSeen = CASE WHEN e.former OR asOf IS NULL OR asOf <= t.lastSeen THEN t.lastSeen ELSE asOf END,
    t.endedBy = CASE WHEN NOT e.former OR asOf IS NULL OR asOf >= t.endedBy THEN t.endedBy ELSE asOf END
}
CALL (a, row) {
  UNWIND row.reports AS r
  MATCH (m:Meeting {id: r.meetingId})
  CREATE (a)-[:REPORTS {sentence: r.sentence}]->(m)
}
CALL (a, row) {
  UNWIND row.chaired AS c
  MATCH (p:Person {id: c.personId}), (m:Meeting {id: c.meetingId})
  CREATE (p)-[:CHAIRED {article: a.id, sentence: c.sentence, coChair: c.coChair}]->(m)
}
CALL (a, row) {
  UNWIND row.spoke AS s
  MATCH (p:Person {id: s.personId}), (m:Meeting {id: s.meetingId})
  CREATE (p)-[:SPOKE_AT {article: a.id, sentence: s.sentence, role: s.role}]->(m)
}
CALL (a, row) {
  UNWIND row.attended AS s
  MATCH (p:Person {id: s.personId}), (m:Meeting {id: s.meetingId})
  CREATE (p)-[:ATTENDED {article: a.id, sentence: s.sentence}]->(m)
}`;

/**
 * A tenure's span is what its evidence shows: first and last dates at which an article states the
 * post as held; a "former" statement only bounds when it had ended. A tenure with no evidence left goes.
 */
export const RECOMPUTE_TENURES = `
UNWIND $ids AS id
MATCH (t:Tenure {id: id})
CALL (t) {
  OPTIONAL MATCH (t)-[e:EVIDENCED_BY]->(:Article)
  RETURN count(e) AS all,
    count(CASE WHEN NOT e.former THEN e END) AS held,
    min(CASE WHEN NOT e.former THEN e.asOf END) AS firstSeen,
    max(CASE WHEN NOT e.former THEN e.asOf END) AS lastSeen,
    min(CASE WHEN e.former THEN e.asOf END) AS endedBy
}
FOREACH (_ IN CASE WHEN all = 0 THEN [1] ELSE [] END | DETACH DELETE t)
FOREACH (_ IN CASE WHEN all > 0 THEN [1] ELSE [] END |
  SET t.observations = held, t.firstSeen = firstSeen, t.lastSeen = lastSeen, t.endedBy = endedBy)`;

/**
 * Nodes a replaced article left without evidence: meetings nobody reports, people no article names,
 * posts nobody holds, and bodies nothing points at (then those above them, their parents and successors, which may be left so too).
 * A person a curator merged others into or assigned articles to stays, with its curated edges: the
 * curation is a fact of its own, and the next version of the article may name the person again.
 */
const ORPHAN_BODIES = (ids: string) => `
CALL (up1, up2, up3) {
  UNWIND ${ids} AS id
  MATCH (o:Organization {id: id})
  WHERE NOT (o)<-[:IN]-(:Position) AND NOT (o)<-[:ORGANIZED_BY]-(:Meeting) AND NOT (o)<-[:PART_OF|SUCCEEDED_BY]-(:Organization)
  DETACH DELETE o
}`;
/** The bodies one step up from `ids`: the body each is part of, and the body that took over from it (2025 reorganization). */
const UP = (ids: string, as: string, scope: string) => `
CALL (${scope}) {
  UNWIND ${ids} AS id
  OPTIONAL MATCH (:Organization {id: id})-[:PART_OF|SUCCEEDED_BY]->(up:Organization)
  RETURN collect(DISTINCT up.id) AS ${as}
}`;
/**
 * Bodies are removed from the replaced article's own upwards, one level per subquery so that each
 * level sees the one below already gone: "Ban Thường vụ Tỉnh ủy Hải Dương", then "Tỉnh ủy Hải Dương"
 * and "Ban Thường vụ Thành ủy Hải Phòng" (its successor), then "Thành ủy Hải Phòng".
 */
export const REMOVE_ORPHANS = `
CALL {
  UNWIND $meetingIds AS id
  MATCH (m:Meeting {id: id}) WHERE NOT (m)<-[:REPORTS]-(:Article)
  DETACH DELETE m
}
CALL {
  UNWIND $personIds AS id
  MATCH (p:Person {id: id}) WHERE NOT (p)<-[:MENTIONS]-(:Article) AND p.mergedIds IS NULL AND p.pinnedArticles IS NULL
  OPTIONAL MATCH (p)-[:HOLDS]->(t:Tenure)
  DETACH DELETE p, t
}
CALL {
  UNWIND $positionIds AS id
  MATCH (pos:Position {id: id}) WHERE NOT (pos)<-[:OF]-(:Tenure)
  DETACH DELETE pos
}
${UP('$organizationIds', 'up1', '')}
${UP('up1', 'up2', 'up1')}
${UP('up2', 'up3', 'up2')}
${ORPHAN_BODIES('$organizationIds')}
${ORPHAN_BODIES('up1')}
${ORPHAN_BODIES('up2')}
${ORPHAN_BODIES('up3')}`;

/**
 * A stored page fetched again with the same text (its bytes or validators changed: a re-rendered
 * sidebar, a new ETag): only what the next fetch needs is updated, so it can be skipped by a 304
 * or by its bytes' hash instead of being fetched and read again every time.
 */
export const RECORD_FETCH = `
UNWIND $rows AS row
MATCH (a:Article {id: row.id})
SET a.httpEtag = row.httpEtag, a.httpLastModified = row.httpLastModified, a.pageHash = row.pageHash, a.fetchedAt = row.fetchedAt`;

/** Articles this batch did not write: unlocked, and the ones the lock itself created are removed again. */
export const RELEASE_ARTICLES = `
UNWIND $ids AS id
MATCH (a:Article {id: id})
REMOVE a.ingestLock
WITH a WHERE a.contentHash IS NULL
DELETE a`;

/** A new article whose text is already stored under another URL or file: the first one stored. */
export const SAME_CONTENT = `
UNWIND $rows AS row
MATCH (a:Article {contentHash: row.contentHash})
WHERE a.id <> row.id
RETURN row.id AS id, min(a.id) AS sameAs`;

/**
 * Every transaction that changes what a read can see ends here: the graph's version becomes a new
 * random token. API processes key their response caches by it (graph/read/version.ts), so a write
 * made through any one of them, or by `ingest` beside them, retires every answer cached before it.
 * A token, not a counter: a database wiped and rebuilt must not meet an old version again. Taken
 * last, so the one row every writer locks is held only for the commit.
 */
export const BUMP_GRAPH_VERSION = `
MERGE (v:GraphVersion {id: 'graph'})
SET v.token = randomUUID(), v.changedAt = datetime()`;
