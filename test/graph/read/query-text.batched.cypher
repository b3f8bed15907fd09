// peopleByIds + rolesAsOf + meetingOrganizers, batched, shaped for node name roles acting position organizers kind
CALL () {
UNWIND $_0_keys AS key
MATCH (p:Person {id: key})
RETURN key, p {.id, .name} AS row}
WITH key, collect(row) AS rows
RETURN 0 AS part, key, rows
UNION ALL
CALL () {
UNWIND $_1_keys AS key
WITH key, date($_1_date) AS on
MATCH (p:Person {id: key})-[:HOLDS]->(t:Tenure)-[:OF]->(pos:Position)
WITH key, p, t, pos, on, CASE
  WHEN t.firstSeen IS NULL OR t.firstSeen > on OR CASE WHEN pos.ceasedOn IS NOT NULL AND (t.endedBy IS NULL OR pos.ceasedOn < t.endedBy) THEN pos.ceasedOn ELSE t.endedBy END <= on THEN null
  WHEN t.lastSeen >= on THEN 'seen'
  WHEN t.lastSeen >= on - duration({years: $_1_termYears}) THEN 'lastSeen'
END AS basis
WHERE basis IS NOT NULL
WITH key, p, t, pos, basis, on, {id: t.id, personId: p.id, person: null, firstSeen: toString(t.firstSeen), lastSeen: toString(t.lastSeen),
  position: pos {.id, .title, .name}, acting: t.acting} AS tenure
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
RETURN key, o {.id, .name, .kind} AS row
ORDER BY key, o.nameKey, o.id}
WITH key, collect(row) AS rows
RETURN 2 AS part, key, rows
