// peopleByIds + rolesAsOf + meetingOrganizers, batched
CALL () {
UNWIND $_0_keys AS key
MATCH (p:Person {id: key})
RETURN key, p {.id, .name, .province, aliases: coalesce(p.aliases, [])} AS row}
WITH key, collect(row) AS rows
RETURN 0 AS part, key, rows
UNION ALL
CALL () {
UNWIND $_1_keys AS key
WITH key, date($_1_date) AS on
MATCH (p:Person {id: key})-[:HOLDS]->(t:Tenure)-[:OF]->(pos:Position)
WITH key, p, t, pos, on, CASE
  WHEN t.firstSeen IS NULL OR t.firstSeen > on OR t.endedBy <= on THEN null
  WHEN t.lastSeen >= on THEN 'seen'
  WHEN t.lastSeen >= on - duration({years: $_1_termYears}) THEN 'lastSeen'
END AS basis
WHERE basis IS NOT NULL
WITH key, p, t, pos, basis, on, {id: t.id, personId: p.id, person: null, firstSeen: toString(t.firstSeen), lastSeen: toString(t.lastSeen), endedBy: toString(t.endedBy),
  observations: t.observations, acting: t.acting, concurrent: t.concurrent, position: pos {.id, .title, .name, organizationId: head(COLLECT { MATCH (pos)-[:IN]->(body:Organization) RETURN body.id })}} AS tenure
RETURN key, tenure {.*, basis: basis, asOf: toString(on), succeeded: basis = 'lastSeen' AND EXISTS {
  MATCH (pos)<-[:OF]-(next:Tenure) WHERE next <> t AND next.firstSeen > t.lastSeen AND next.firstSeen <= on
}} AS row
ORDER BY key, basis = 'lastSeen', pos.name, p.name, t.id}
WITH key, collect(row) AS rows
RETURN 1 AS part, key, rows
UNION ALL
CALL () {
UNWIND $_2_keys AS key
MATCH (:Meeting {id: key})-[:ORGANIZED_BY]->(o:Organization)
RETURN key, o {.id, .name, .kind, .aliases,
  parentId: head(COLLECT { MATCH (o)-[:PART_OF]->(parent:Organization) RETURN parent.id ORDER BY parent.id }),
  place: head(COLLECT { MATCH (o)-[:IN_PLACE]->(place:Place) RETURN place {.id, .name, .kind} ORDER BY place.id })} AS row
ORDER BY key, o.nameKey, o.id}
WITH key, collect(row) AS rows
RETURN 2 AS part, key, rows
