// health
CALL dbms.components() YIELD name, versions, edition
WHERE name = 'Neo4j Kernel'
RETURN versions[0] AS version, edition
;
MATCH (n) RETURN count(n) AS nodeCount

// articlesByIds
CALL () {
UNWIND $_0_keys AS key
MATCH (a:Article {id: key})
RETURN key, a {.id, .url, .source, .title, .author, .place, .placeBasis, publishedAt: toString(a.publishedAt)} AS row}
WITH key, collect(row) AS rows
RETURN 0 AS part, key, rows

// articleBodies
CALL () {
UNWIND $_0_keys AS key
MATCH (a:Article {id: key})
RETURN key, a.body AS row}
WITH key, collect(row) AS rows
RETURN 0 AS part, key, rows

// peopleNamedIn
CALL () {
UNWIND $_0_keys AS key
MATCH (:Article {id: key})-[:MENTIONS]->(p:Person)
RETURN key, p.id AS row
ORDER BY key, p.nameKey, p.id}
WITH key, collect(row) AS rows
RETURN 0 AS part, key, rows

// meetingsReportedIn
CALL () {
UNWIND $_0_keys AS key
MATCH (:Article {id: key})-[:REPORTS]->(m:Meeting)
RETURN key, m.id AS row
ORDER BY key, m.date, m.id}
WITH key, collect(row) AS rows
RETURN 0 AS part, key, rows

// listArticles
MATCH (a:Article)
WITH a, coalesce(a.publishedAt.epochMillis, $undated) AS at
WHERE $after IS NULL OR at < $after[0] OR (at = $after[0] AND a.id > $after[1])
RETURN a {.id, .url, .source, .title, .author, .place, .placeBasis, publishedAt: toString(a.publishedAt)} AS row, [at, a.id] AS key
ORDER BY at DESC, a.id
LIMIT $limit

// meetingsByIds
CALL () {
UNWIND $_0_keys AS key
MATCH (m:Meeting {id: key})
RETURN key, m {.id, date: toString(m.date), .title, .kind, dateInferred: toString(m.dateInferred), .partOfDay} AS row}
WITH key, collect(row) AS rows
RETURN 0 AS part, key, rows

// listMeetings
MATCH (m:Meeting)
WHERE m.date >= date($from) AND m.date <= date($upTo)
  AND ($after IS NULL OR m.date < date($after[0]) OR m.id > $after[1])
  AND ($kind IS NULL OR m.kind = $kind)
  AND ($chairedBy IS NULL OR EXISTS { (m)<-[:CHAIRED]-(:Person {id: $chairedBy}) })
  AND ($participant IS NULL OR EXISTS { (m)<-[:CHAIRED|SPOKE_AT|ATTENDED]-(:Person {id: $participant}) })
  AND ($organizer IS NULL OR EXISTS { (m)-[:ORGANIZED_BY]->(:Organization {id: $organizer}) })
  AND all(token IN $tokens WHERE (' ' + m.searchText + ' ') CONTAINS token)
RETURN m {.id, date: toString(m.date), .title, .kind, dateInferred: toString(m.dateInferred), .partOfDay} AS row, [toString(m.date), m.id] AS key
ORDER BY m.date DESC, m.id
LIMIT $limit

// listMeetings chairedBy
MATCH (:Person {id: $chairedBy})-[:CHAIRED]->(m:Meeting) WITH DISTINCT m
WHERE m.date >= date($from) AND m.date <= date($upTo)
  AND ($after IS NULL OR m.date < date($after[0]) OR m.id > $after[1])
  AND ($kind IS NULL OR m.kind = $kind)
  AND ($chairedBy IS NULL OR EXISTS { (m)<-[:CHAIRED]-(:Person {id: $chairedBy}) })
  AND ($participant IS NULL OR EXISTS { (m)<-[:CHAIRED|SPOKE_AT|ATTENDED]-(:Person {id: $participant}) })
  AND ($organizer IS NULL OR EXISTS { (m)-[:ORGANIZED_BY]->(:Organization {id: $organizer}) })
  AND all(token IN $tokens WHERE (' ' + m.searchText + ' ') CONTAINS token)
RETURN m {.id, date: toString(m.date), .title, .kind, dateInferred: toString(m.dateInferred), .partOfDay} AS row, [toString(m.date), m.id] AS key
ORDER BY m.date DESC, m.id
LIMIT $limit

// listMeetings participant
MATCH (:Person {id: $participant})-[:CHAIRED|SPOKE_AT|ATTENDED]->(m:Meeting) WITH DISTINCT m
WHERE m.date >= date($from) AND m.date <= date($upTo)
  AND ($after IS NULL OR m.date < date($after[0]) OR m.id > $after[1])
  AND ($kind IS NULL OR m.kind = $kind)
  AND ($chairedBy IS NULL OR EXISTS { (m)<-[:CHAIRED]-(:Person {id: $chairedBy}) })
  AND ($participant IS NULL OR EXISTS { (m)<-[:CHAIRED|SPOKE_AT|ATTENDED]-(:Person {id: $participant}) })
  AND ($organizer IS NULL OR EXISTS { (m)-[:ORGANIZED_BY]->(:Organization {id: $organizer}) })
  AND all(token IN $tokens WHERE (' ' + m.searchText + ' ') CONTAINS token)
RETURN m {.id, date: toString(m.date), .title, .kind, dateInferred: toString(m.dateInferred), .partOfDay} AS row, [toString(m.date), m.id] AS key
ORDER BY m.date DESC, m.id
LIMIT $limit

// listMeetings organizer
MATCH (:Organization {id: $organizer})<-[:ORGANIZED_BY]-(m:Meeting) WITH DISTINCT m
WHERE m.date >= date($from) AND m.date <= date($upTo)
  AND ($after IS NULL OR m.date < date($after[0]) OR m.id > $after[1])
  AND ($kind IS NULL OR m.kind = $kind)
  AND ($chairedBy IS NULL OR EXISTS { (m)<-[:CHAIRED]-(:Person {id: $chairedBy}) })
  AND ($participant IS NULL OR EXISTS { (m)<-[:CHAIRED|SPOKE_AT|ATTENDED]-(:Person {id: $participant}) })
  AND ($organizer IS NULL OR EXISTS { (m)-[:ORGANIZED_BY]->(:Organization {id: $organizer}) })
  AND all(token IN $tokens WHERE (' ' + m.searchText + ' ') CONTAINS token)
RETURN m {.id, date: toString(m.date), .title, .kind, dateInferred: toString(m.dateInferred), .partOfDay} AS row, [toString(m.date), m.id] AS key
ORDER BY m.date DESC, m.id
LIMIT $limit

// meetingsOrganizedBy
CALL () {
UNWIND $_0_keys AS key
CALL (key) {
  MATCH (:Organization {id: key})<-[:ORGANIZED_BY]-(m:Meeting)
  WITH DISTINCT m
  WHERE m.date >= date($_0_from) AND m.date <= date($_0_upTo)
  AND ($_0_after IS NULL OR m.date < date($_0_after[0]) OR m.id > $_0_after[1])
  RETURN m ORDER BY m.date DESC, m.id LIMIT $_0_limit
}
RETURN key, {row: m {.id, date: toString(m.date), .title, .kind, dateInferred: toString(m.dateInferred), .partOfDay}, key: [toString(m.date), m.id]} AS row
ORDER BY key, m.date DESC, m.id}
WITH key, collect(row) AS rows
RETURN 0 AS part, key, rows

// meetingParticipants bare
CALL () {
UNWIND $_0_keys AS key
CALL (key) {
MATCH (p:Person)-[r:CHAIRED|SPOKE_AT|ATTENDED]->(m:Meeting {id: key})
WHERE $_0_edge IS NULL OR type(r) = $_0_edge
WITH p, m, type(r) AS edge, r
WITH p, m, edge, [] AS evidence, [] AS speechRoles, collect(r.coChair) AS coChairs
RETURN {
  personId: p.id, meetingId: m.id, meetingDate: toString(m.date),
  person: p {.id, .name, .province, aliases: coalesce(p.aliases, [])}, meeting: null,
  role: CASE edge WHEN 'CHAIRED' THEN 'chair' WHEN 'SPOKE_AT' THEN 'speaker' ELSE 'attendee' END,
  speechRole: speechRoles[0], coChair: any(c IN coChairs WHERE c), evidence: evidence
} AS row
ORDER BY m.date IS NULL, m.date DESC, m.id, CASE edge WHEN 'CHAIRED' THEN 0 WHEN 'SPOKE_AT' THEN 1 ELSE 2 END, p.name, p.id}
RETURN key, row}
WITH key, collect(row) AS rows
RETURN 0 AS part, key, rows

// meetingParticipants speechRole
CALL () {
UNWIND $_0_keys AS key
CALL (key) {
MATCH (p:Person)-[r:CHAIRED|SPOKE_AT|ATTENDED]->(m:Meeting {id: key})
WHERE $_0_edge IS NULL OR type(r) = $_0_edge
MATCH (a:Article {id: r.article})
WITH p, m, type(r) AS edge, r, a
ORDER BY a.publishedAt, a.id
WITH p, m, edge, [] AS evidence, collect(r.role) AS speechRoles, collect(r.coChair) AS coChairs
RETURN {
  personId: p.id, meetingId: m.id, meetingDate: toString(m.date),
  person: p {.id, .name, .province, aliases: coalesce(p.aliases, [])}, meeting: null,
  role: CASE edge WHEN 'CHAIRED' THEN 'chair' WHEN 'SPOKE_AT' THEN 'speaker' ELSE 'attendee' END,
  speechRole: speechRoles[0], coChair: any(c IN coChairs WHERE c), evidence: evidence
} AS row
ORDER BY m.date IS NULL, m.date DESC, m.id, CASE edge WHEN 'CHAIRED' THEN 0 WHEN 'SPOKE_AT' THEN 1 ELSE 2 END, p.name, p.id}
RETURN key, row}
WITH key, collect(row) AS rows
RETURN 0 AS part, key, rows

// meetingParticipants evidence
CALL () {
UNWIND $_0_keys AS key
CALL (key) {
MATCH (p:Person)-[r:CHAIRED|SPOKE_AT|ATTENDED]->(m:Meeting {id: key})
WHERE $_0_edge IS NULL OR type(r) = $_0_edge
MATCH (a:Article {id: r.article})
WITH p, m, type(r) AS edge, r, a
ORDER BY a.publishedAt, a.id
WITH p, m, edge, collect({article: a {.id, .url, .source, .title, .author, .place, .placeBasis, publishedAt: toString(a.publishedAt)}, sentence: r.sentence, date: toString(coalesce(r.asOf, date(a.publishedAt)))}) AS evidence, collect(r.role) AS speechRoles, collect(r.coChair) AS coChairs
RETURN {
  personId: p.id, meetingId: m.id, meetingDate: toString(m.date),
  person: p {.id, .name, .province, aliases: coalesce(p.aliases, [])}, meeting: null,
  role: CASE edge WHEN 'CHAIRED' THEN 'chair' WHEN 'SPOKE_AT' THEN 'speaker' ELSE 'attendee' END,
  speechRole: speechRoles[0], coChair: any(c IN coChairs WHERE c), evidence: evidence
} AS row
ORDER BY m.date IS NULL, m.date DESC, m.id, CASE edge WHEN 'CHAIRED' THEN 0 WHEN 'SPOKE_AT' THEN 1 ELSE 2 END, p.name, p.id}
RETURN key, row}
WITH key, collect(row) AS rows
RETURN 0 AS part, key, rows

// meetingChairs
CALL () {
UNWIND $_0_keys AS key
CALL (key) {
MATCH (p:Person)-[r:CHAIRED|SPOKE_AT|ATTENDED]->(m:Meeting {id: key})
WHERE $_0_edge IS NULL OR type(r) = $_0_edge
MATCH (a:Article {id: r.article})
WITH p, m, type(r) AS edge, r, a
ORDER BY a.publishedAt, a.id
WITH p, m, edge, collect({article: a {.id, .url, .source, .title, .author, .place, .placeBasis, publishedAt: toString(a.publishedAt)}, sentence: r.sentence, date: toString(coalesce(r.asOf, date(a.publishedAt)))}) AS evidence, collect(r.role) AS speechRoles, collect(r.coChair) AS coChairs
RETURN {
  personId: p.id, meetingId: m.id, meetingDate: toString(m.date),
  person: p {.id, .name, .province, aliases: coalesce(p.aliases, [])}, meeting: null,
  role: CASE edge WHEN 'CHAIRED' THEN 'chair' WHEN 'SPOKE_AT' THEN 'speaker' ELSE 'attendee' END,
  speechRole: speechRoles[0], coChair: any(c IN coChairs WHERE c), evidence: evidence
} AS row
ORDER BY m.date IS NULL, m.date DESC, m.id, CASE edge WHEN 'CHAIRED' THEN 0 WHEN 'SPOKE_AT' THEN 1 ELSE 2 END, p.name, p.id}
RETURN key, row}
WITH key, collect(row) AS rows
RETURN 0 AS part, key, rows

// meetingOrganizers
CALL () {
UNWIND $_0_keys AS key
MATCH (:Meeting {id: key})-[:ORGANIZED_BY]->(o:Organization)
RETURN key, o {.id, .name, .kind, .aliases, ceasedOn: toString(o.ceasedOn), .ceasedReason, .scope,
  parentId: head(COLLECT { MATCH (o)-[:PART_OF]->(parent:Organization) RETURN parent.id ORDER BY parent.id }),
  successorId: head(COLLECT { MATCH (o)-[:SUCCEEDED_BY]->(next:Organization) RETURN next.id ORDER BY next.id }),
  place: head(COLLECT { MATCH (o)-[:IN_PLACE]->(place:Place) RETURN place {.id, .name, .kind, ceasedOn: toString(place.ceasedOn), .ceasedReason,
  successorId: head(COLLECT { MATCH (place)-[:MERGED_INTO]->(next:Place) RETURN next.id ORDER BY next.id })} ORDER BY place.id })} AS row
ORDER BY key, o.nameKey, o.id}
WITH key, collect(row) AS rows
RETURN 0 AS part, key, rows

// meetingReports
CALL () {
UNWIND $_0_keys AS key
MATCH (a:Article)-[r:REPORTS]->(:Meeting {id: key})
RETURN key, {meetingId: key, evidence: {article: a {.id, .url, .source, .title, .author, .place, .placeBasis, publishedAt: toString(a.publishedAt)}, sentence: r.sentence, date: toString(coalesce(r.asOf, date(a.publishedAt)))}} AS row
ORDER BY key, a.publishedAt, a.id}
WITH key, collect(row) AS rows
RETURN 0 AS part, key, rows

// organizationsByIds
CALL () {
UNWIND $_0_keys AS key
MATCH (o:Organization {id: key})
RETURN key, o {.id, .name, .kind, .aliases, ceasedOn: toString(o.ceasedOn), .ceasedReason, .scope,
  parentId: head(COLLECT { MATCH (o)-[:PART_OF]->(parent:Organization) RETURN parent.id ORDER BY parent.id }),
  successorId: head(COLLECT { MATCH (o)-[:SUCCEEDED_BY]->(next:Organization) RETURN next.id ORDER BY next.id }),
  place: head(COLLECT { MATCH (o)-[:IN_PLACE]->(place:Place) RETURN place {.id, .name, .kind, ceasedOn: toString(place.ceasedOn), .ceasedReason,
  successorId: head(COLLECT { MATCH (place)-[:MERGED_INTO]->(next:Place) RETURN next.id ORDER BY next.id })} ORDER BY place.id })} AS row}
WITH key, collect(row) AS rows
RETURN 0 AS part, key, rows

// listOrganizations
MATCH (o:Organization)
WHERE o.nameKey >= $fromKey
  AND ($after IS NULL OR o.nameKey > $after[0] OR o.id > $after[1])
  AND ($kind IS NULL OR o.kind = $kind)
  AND all(token IN $tokens WHERE (' ' + o.searchText + ' ') CONTAINS token)
RETURN o {.id, .name, .kind, .aliases, ceasedOn: toString(o.ceasedOn), .ceasedReason, .scope,
  parentId: head(COLLECT { MATCH (o)-[:PART_OF]->(parent:Organization) RETURN parent.id ORDER BY parent.id }),
  successorId: head(COLLECT { MATCH (o)-[:SUCCEEDED_BY]->(next:Organization) RETURN next.id ORDER BY next.id }),
  place: head(COLLECT { MATCH (o)-[:IN_PLACE]->(place:Place) RETURN place {.id, .name, .kind, ceasedOn: toString(place.ceasedOn), .ceasedReason,
  successorId: head(COLLECT { MATCH (place)-[:MERGED_INTO]->(next:Place) RETURN next.id ORDER BY next.id })} ORDER BY place.id })} AS row, [o.nameKey, o.id] AS key
ORDER BY o.nameKey, o.id
LIMIT $limit

// childOrganizations
CALL () {
UNWIND $_0_keys AS key
MATCH (o:Organization)-[:PART_OF]->(:Organization {id: key})
RETURN key, o {.id, .name, .kind, .aliases, ceasedOn: toString(o.ceasedOn), .ceasedReason, .scope,
  parentId: head(COLLECT { MATCH (o)-[:PART_OF]->(parent:Organization) RETURN parent.id ORDER BY parent.id }),
  successorId: head(COLLECT { MATCH (o)-[:SUCCEEDED_BY]->(next:Organization) RETURN next.id ORDER BY next.id }),
  place: head(COLLECT { MATCH (o)-[:IN_PLACE]->(place:Place) RETURN place {.id, .name, .kind, ceasedOn: toString(place.ceasedOn), .ceasedReason,
  successorId: head(COLLECT { MATCH (place)-[:MERGED_INTO]->(next:Place) RETURN next.id ORDER BY next.id })} ORDER BY place.id })} AS row
ORDER BY key, o.nameKey, o.id}
WITH key, collect(row) AS rows
RETURN 0 AS part, key, rows

// membersAsOf
CALL () {
UNWIND $_0_keys AS key
WITH key, date($_0_date) AS on
MATCH (p:Person)-[:HOLDS]->(t:Tenure)-[:OF]->(pos:Position)-[:IN]->(:Organization {id: key})
WITH key, p, t, pos, on, CASE
  WHEN t.firstSeen IS NULL OR t.firstSeen > on OR CASE WHEN pos.ceasedOn IS NOT NULL AND (t.endedBy IS NULL OR pos.ceasedOn < t.endedBy) THEN pos.ceasedOn ELSE t.endedBy END <= on THEN null
  WHEN t.lastSeen >= on THEN 'seen'
  WHEN t.lastSeen >= on - duration({years: $_0_termYears}) THEN 'lastSeen'
END AS basis
WHERE basis IS NOT NULL
WITH key, p, t, pos, basis, on, {id: t.id, personId: p.id, person: p {.id, .name, .province, aliases: coalesce(p.aliases, [])}, firstSeen: toString(t.firstSeen), lastSeen: toString(t.lastSeen),
  position: pos {.id, .title, .name, organizationId: head(COLLECT { MATCH (pos)-[:IN]->(body:Organization) RETURN body.id })},
  endedBy: toString(CASE WHEN pos.ceasedOn IS NOT NULL AND (t.endedBy IS NULL OR pos.ceasedOn < t.endedBy) THEN pos.ceasedOn ELSE t.endedBy END), endBasis: CASE WHEN pos.ceasedOn IS NOT NULL AND (t.endedBy IS NULL OR pos.ceasedOn < t.endedBy) THEN 'bodyCeased' WHEN t.endedBy IS NOT NULL THEN 'former' END,
  endReason: CASE WHEN pos.ceasedOn IS NOT NULL AND (t.endedBy IS NULL OR pos.ceasedOn < t.endedBy) THEN pos.ceasedReason WHEN t.endedBy IS NOT NULL THEN 'an article calls the post former (nguyên)' END, observations: t.observations, acting: t.acting, concurrent: t.concurrent} AS tenure
RETURN key, tenure {.*, basis: basis, asOf: toString(on), succeeded: basis = 'lastSeen' AND EXISTS {
  MATCH (pos)<-[:OF]-(next:Tenure) WHERE next <> t AND next.firstSeen > t.lastSeen AND next.firstSeen <= on
}} AS row
ORDER BY key, basis = 'lastSeen', pos.name, p.name, t.id}
WITH key, collect(row) AS rows
RETURN 0 AS part, key, rows

// peopleByIds
CALL () {
UNWIND $_0_keys AS key
MATCH (p:Person {id: key})
RETURN key, p {.id, .name, .province, aliases: coalesce(p.aliases, [])} AS row}
WITH key, collect(row) AS rows
RETURN 0 AS part, key, rows

// listPeople
MATCH (p:Person)
WHERE p.nameKey >= $fromKey
  AND ($after IS NULL OR p.nameKey > $after[0] OR p.id > $after[1])
  AND true
  AND all(token IN $tokens WHERE (' ' + p.searchText + ' ') CONTAINS token)
RETURN p {.id, .name, .province, aliases: coalesce(p.aliases, [])} AS row, [p.nameKey, p.id] AS key
ORDER BY p.nameKey, p.id
LIMIT $limit

// rolesAsOf
CALL () {
UNWIND $_0_keys AS key
WITH key, date($_0_date) AS on
MATCH (p:Person {id: key})-[:HOLDS]->(t:Tenure)-[:OF]->(pos:Position)
WITH key, p, t, pos, on, CASE
  WHEN t.firstSeen IS NULL OR t.firstSeen > on OR CASE WHEN pos.ceasedOn IS NOT NULL AND (t.endedBy IS NULL OR pos.ceasedOn < t.endedBy) THEN pos.ceasedOn ELSE t.endedBy END <= on THEN null
  WHEN t.lastSeen >= on THEN 'seen'
  WHEN t.lastSeen >= on - duration({years: $_0_termYears}) THEN 'lastSeen'
END AS basis
WHERE basis IS NOT NULL
WITH key, p, t, pos, basis, on, {id: t.id, personId: p.id, person: null, firstSeen: toString(t.firstSeen), lastSeen: toString(t.lastSeen),
  position: pos {.id, .title, .name, organizationId: head(COLLECT { MATCH (pos)-[:IN]->(body:Organization) RETURN body.id })},
  endedBy: toString(CASE WHEN pos.ceasedOn IS NOT NULL AND (t.endedBy IS NULL OR pos.ceasedOn < t.endedBy) THEN pos.ceasedOn ELSE t.endedBy END), endBasis: CASE WHEN pos.ceasedOn IS NOT NULL AND (t.endedBy IS NULL OR pos.ceasedOn < t.endedBy) THEN 'bodyCeased' WHEN t.endedBy IS NOT NULL THEN 'former' END,
  endReason: CASE WHEN pos.ceasedOn IS NOT NULL AND (t.endedBy IS NULL OR pos.ceasedOn < t.endedBy) THEN pos.ceasedReason WHEN t.endedBy IS NOT NULL THEN 'an article calls the post former (nguyên)' END, observations: t.observations, acting: t.acting, concurrent: t.concurrent} AS tenure
RETURN key, tenure {.*, basis: basis, asOf: toString(on), succeeded: basis = 'lastSeen' AND EXISTS {
  MATCH (pos)<-[:OF]-(next:Tenure) WHERE next <> t AND next.firstSeen > t.lastSeen AND next.firstSeen <= on
}} AS row
ORDER BY key, basis = 'lastSeen', pos.name, p.name, t.id}
WITH key, collect(row) AS rows
RETURN 0 AS part, key, rows

// personMeetings bare
CALL () {
UNWIND $_0_keys AS key
CALL (key) {
MATCH (p:Person {id: key})-[r:CHAIRED|SPOKE_AT|ATTENDED]->(m:Meeting)
WHERE $_0_edge IS NULL OR type(r) = $_0_edge
WITH p, m, type(r) AS edge, r
WITH p, m, edge, [] AS evidence, [] AS speechRoles, collect(r.coChair) AS coChairs
RETURN {
  personId: p.id, meetingId: m.id, meetingDate: toString(m.date),
  person: null, meeting: m {.id, date: toString(m.date), .title, .kind, dateInferred: toString(m.dateInferred), .partOfDay},
  role: CASE edge WHEN 'CHAIRED' THEN 'chair' WHEN 'SPOKE_AT' THEN 'speaker' ELSE 'attendee' END,
  speechRole: speechRoles[0], coChair: any(c IN coChairs WHERE c), evidence: evidence
} AS row
ORDER BY m.date IS NULL, m.date DESC, m.id, CASE edge WHEN 'CHAIRED' THEN 0 WHEN 'SPOKE_AT' THEN 1 ELSE 2 END, p.name, p.id}
RETURN key, row}
WITH key, collect(row) AS rows
RETURN 0 AS part, key, rows

// personMeetings speechRole
CALL () {
UNWIND $_0_keys AS key
CALL (key) {
MATCH (p:Person {id: key})-[r:CHAIRED|SPOKE_AT|ATTENDED]->(m:Meeting)
WHERE $_0_edge IS NULL OR type(r) = $_0_edge
MATCH (a:Article {id: r.article})
WITH p, m, type(r) AS edge, r, a
ORDER BY a.publishedAt, a.id
WITH p, m, edge, [] AS evidence, collect(r.role) AS speechRoles, collect(r.coChair) AS coChairs
RETURN {
  personId: p.id, meetingId: m.id, meetingDate: toString(m.date),
  person: null, meeting: m {.id, date: toString(m.date), .title, .kind, dateInferred: toString(m.dateInferred), .partOfDay},
  role: CASE edge WHEN 'CHAIRED' THEN 'chair' WHEN 'SPOKE_AT' THEN 'speaker' ELSE 'attendee' END,
  speechRole: speechRoles[0], coChair: any(c IN coChairs WHERE c), evidence: evidence
} AS row
ORDER BY m.date IS NULL, m.date DESC, m.id, CASE edge WHEN 'CHAIRED' THEN 0 WHEN 'SPOKE_AT' THEN 1 ELSE 2 END, p.name, p.id}
RETURN key, row}
WITH key, collect(row) AS rows
RETURN 0 AS part, key, rows

// personMeetings evidence
CALL () {
UNWIND $_0_keys AS key
CALL (key) {
MATCH (p:Person {id: key})-[r:CHAIRED|SPOKE_AT|ATTENDED]->(m:Meeting)
WHERE $_0_edge IS NULL OR type(r) = $_0_edge
MATCH (a:Article {id: r.article})
WITH p, m, type(r) AS edge, r, a
ORDER BY a.publishedAt, a.id
WITH p, m, edge, collect({article: a {.id, .url, .source, .title, .author, .place, .placeBasis, publishedAt: toString(a.publishedAt)}, sentence: r.sentence, date: toString(coalesce(r.asOf, date(a.publishedAt)))}) AS evidence, collect(r.role) AS speechRoles, collect(r.coChair) AS coChairs
RETURN {
  personId: p.id, meetingId: m.id, meetingDate: toString(m.date),
  person: null, meeting: m {.id, date: toString(m.date), .title, .kind, dateInferred: toString(m.dateInferred), .partOfDay},
  role: CASE edge WHEN 'CHAIRED' THEN 'chair' WHEN 'SPOKE_AT' THEN 'speaker' ELSE 'attendee' END,
  speechRole: speechRoles[0], coChair: any(c IN coChairs WHERE c), evidence: evidence
} AS row
ORDER BY m.date IS NULL, m.date DESC, m.id, CASE edge WHEN 'CHAIRED' THEN 0 WHEN 'SPOKE_AT' THEN 1 ELSE 2 END, p.name, p.id}
RETURN key, row}
WITH key, collect(row) AS rows
RETURN 0 AS part, key, rows

// keptApart
CALL () {
UNWIND $_0_keys AS key
MATCH (:Person {id: key})-[d:DISTINCT_FROM]-(other:Person)
RETURN key, {personId: key, otherId: other.id, reason: d.reason, articleId: d.article} AS row
ORDER BY key, other.id}
WITH key, collect(row) AS rows
RETURN 0 AS part, key, rows

// personTimelines bare
CALL () {
UNWIND $_0_keys AS key
CALL (key) {
  CALL (key) {
MATCH (p:Person {id: key})-[:HOLDS]->(t:Tenure)-[:OF]->(pos:Position)
RETURN {id: t.id, personId: p.id, person: null, firstSeen: toString(t.firstSeen), lastSeen: toString(t.lastSeen),
  position: pos {.id, .title, .name, organizationId: head(COLLECT { MATCH (pos)-[:IN]->(body:Organization) RETURN body.id })},
  endedBy: toString(CASE WHEN pos.ceasedOn IS NOT NULL AND (t.endedBy IS NULL OR pos.ceasedOn < t.endedBy) THEN pos.ceasedOn ELSE t.endedBy END), endBasis: CASE WHEN pos.ceasedOn IS NOT NULL AND (t.endedBy IS NULL OR pos.ceasedOn < t.endedBy) THEN 'bodyCeased' WHEN t.endedBy IS NOT NULL THEN 'former' END,
  endReason: CASE WHEN pos.ceasedOn IS NOT NULL AND (t.endedBy IS NULL OR pos.ceasedOn < t.endedBy) THEN pos.ceasedReason WHEN t.endedBy IS NOT NULL THEN 'an article calls the post former (nguyên)' END, observations: t.observations, acting: t.acting, concurrent: t.concurrent} AS row
ORDER BY coalesce(t.firstSeen, t.endedBy), pos.name, p.name, t.id} RETURN {kind: 'tenure', row: row} AS row
  UNION ALL
  CALL (key) {
MATCH (p:Person {id: key})-[r:CHAIRED|SPOKE_AT|ATTENDED]->(m:Meeting)
WHERE $_0_edge IS NULL OR type(r) = $_0_edge
WITH p, m, type(r) AS edge, r
WITH p, m, edge, [] AS evidence, [] AS speechRoles, collect(r.coChair) AS coChairs
RETURN {
  personId: p.id, meetingId: m.id, meetingDate: toString(m.date),
  person: null, meeting: m {.id, date: toString(m.date), .title, .kind, dateInferred: toString(m.dateInferred), .partOfDay},
  role: CASE edge WHEN 'CHAIRED' THEN 'chair' WHEN 'SPOKE_AT' THEN 'speaker' ELSE 'attendee' END,
  speechRole: speechRoles[0], coChair: any(c IN coChairs WHERE c), evidence: evidence
} AS row
ORDER BY m.date IS NULL, m.date DESC, m.id, CASE edge WHEN 'CHAIRED' THEN 0 WHEN 'SPOKE_AT' THEN 1 ELSE 2 END, p.name, p.id} RETURN {kind: 'meeting', row: row} AS row}
RETURN key, row}
WITH key, collect(row) AS rows
RETURN 0 AS part, key, rows

// personTimelines speechRole
CALL () {
UNWIND $_0_keys AS key
CALL (key) {
  CALL (key) {
MATCH (p:Person {id: key})-[:HOLDS]->(t:Tenure)-[:OF]->(pos:Position)
RETURN {id: t.id, personId: p.id, person: null, firstSeen: toString(t.firstSeen), lastSeen: toString(t.lastSeen),
  position: pos {.id, .title, .name, organizationId: head(COLLECT { MATCH (pos)-[:IN]->(body:Organization) RETURN body.id })},
  endedBy: toString(CASE WHEN pos.ceasedOn IS NOT NULL AND (t.endedBy IS NULL OR pos.ceasedOn < t.endedBy) THEN pos.ceasedOn ELSE t.endedBy END), endBasis: CASE WHEN pos.ceasedOn IS NOT NULL AND (t.endedBy IS NULL OR pos.ceasedOn < t.endedBy) THEN 'bodyCeased' WHEN t.endedBy IS NOT NULL THEN 'former' END,
  endReason: CASE WHEN pos.ceasedOn IS NOT NULL AND (t.endedBy IS NULL OR pos.ceasedOn < t.endedBy) THEN pos.ceasedReason WHEN t.endedBy IS NOT NULL THEN 'an article calls the post former (nguyên)' END, observations: t.observations, acting: t.acting, concurrent: t.concurrent} AS row
ORDER BY coalesce(t.firstSeen, t.endedBy), pos.name, p.name, t.id} RETURN {kind: 'tenure', row: row} AS row
  UNION ALL
  CALL (key) {
MATCH (p:Person {id: key})-[r:CHAIRED|SPOKE_AT|ATTENDED]->(m:Meeting)
WHERE $_0_edge IS NULL OR type(r) = $_0_edge
MATCH (a:Article {id: r.article})
WITH p, m, type(r) AS edge, r, a
ORDER BY a.publishedAt, a.id
WITH p, m, edge, [] AS evidence, collect(r.role) AS speechRoles, collect(r.coChair) AS coChairs
RETURN {
  personId: p.id, meetingId: m.id, meetingDate: toString(m.date),
  person: null, meeting: m {.id, date: toString(m.date), .title, .kind, dateInferred: toString(m.dateInferred), .partOfDay},
  role: CASE edge WHEN 'CHAIRED' THEN 'chair' WHEN 'SPOKE_AT' THEN 'speaker' ELSE 'attendee' END,
  speechRole: speechRoles[0], coChair: any(c IN coChairs WHERE c), evidence: evidence
} AS row
ORDER BY m.date IS NULL, m.date DESC, m.id, CASE edge WHEN 'CHAIRED' THEN 0 WHEN 'SPOKE_AT' THEN 1 ELSE 2 END, p.name, p.id} RETURN {kind: 'meeting', row: row} AS row}
RETURN key, row}
WITH key, collect(row) AS rows
RETURN 0 AS part, key, rows

// personTimelines evidence
CALL () {
UNWIND $_0_keys AS key
CALL (key) {
  CALL (key) {
MATCH (p:Person {id: key})-[:HOLDS]->(t:Tenure)-[:OF]->(pos:Position)
RETURN {id: t.id, personId: p.id, person: null, firstSeen: toString(t.firstSeen), lastSeen: toString(t.lastSeen),
  position: pos {.id, .title, .name, organizationId: head(COLLECT { MATCH (pos)-[:IN]->(body:Organization) RETURN body.id })},
  endedBy: toString(CASE WHEN pos.ceasedOn IS NOT NULL AND (t.endedBy IS NULL OR pos.ceasedOn < t.endedBy) THEN pos.ceasedOn ELSE t.endedBy END), endBasis: CASE WHEN pos.ceasedOn IS NOT NULL AND (t.endedBy IS NULL OR pos.ceasedOn < t.endedBy) THEN 'bodyCeased' WHEN t.endedBy IS NOT NULL THEN 'former' END,
  endReason: CASE WHEN pos.ceasedOn IS NOT NULL AND (t.endedBy IS NULL OR pos.ceasedOn < t.endedBy) THEN pos.ceasedReason WHEN t.endedBy IS NOT NULL THEN 'an article calls the post former (nguyên)' END, observations: t.observations, acting: t.acting, concurrent: t.concurrent} AS row
ORDER BY coalesce(t.firstSeen, t.endedBy), pos.name, p.name, t.id} RETURN {kind: 'tenure', row: row} AS row
  UNION ALL
  CALL (key) {
MATCH (p:Person {id: key})-[r:CHAIRED|SPOKE_AT|ATTENDED]->(m:Meeting)
WHERE $_0_edge IS NULL OR type(r) = $_0_edge
MATCH (a:Article {id: r.article})
WITH p, m, type(r) AS edge, r, a
ORDER BY a.publishedAt, a.id
WITH p, m, edge, collect({article: a {.id, .url, .source, .title, .author, .place, .placeBasis, publishedAt: toString(a.publishedAt)}, sentence: r.sentence, date: toString(coalesce(r.asOf, date(a.publishedAt)))}) AS evidence, collect(r.role) AS speechRoles, collect(r.coChair) AS coChairs
RETURN {
  personId: p.id, meetingId: m.id, meetingDate: toString(m.date),
  person: null, meeting: m {.id, date: toString(m.date), .title, .kind, dateInferred: toString(m.dateInferred), .partOfDay},
  role: CASE edge WHEN 'CHAIRED' THEN 'chair' WHEN 'SPOKE_AT' THEN 'speaker' ELSE 'attendee' END,
  speechRole: speechRoles[0], coChair: any(c IN coChairs WHERE c), evidence: evidence
} AS row
ORDER BY m.date IS NULL, m.date DESC, m.id, CASE edge WHEN 'CHAIRED' THEN 0 WHEN 'SPOKE_AT' THEN 1 ELSE 2 END, p.name, p.id} RETURN {kind: 'meeting', row: row} AS row}
RETURN key, row}
WITH key, collect(row) AS rows
RETURN 0 AS part, key, rows

// placesByIds
CALL () {
UNWIND $_0_keys AS key
MATCH (place:Place {id: key})
RETURN key, place {.id, .name, .kind, ceasedOn: toString(place.ceasedOn), .ceasedReason,
  successorId: head(COLLECT { MATCH (place)-[:MERGED_INTO]->(next:Place) RETURN next.id ORDER BY next.id })} AS row}
WITH key, collect(row) AS rows
RETURN 0 AS part, key, rows

// positionsByIds
CALL () {
UNWIND $_0_keys AS key
MATCH (pos:Position {id: key})
RETURN key, pos {.id, .title, .name, organizationId: head(COLLECT { MATCH (pos)-[:IN]->(body:Organization) RETURN body.id })} AS row}
WITH key, collect(row) AS rows
RETURN 0 AS part, key, rows

// positionsIn
CALL () {
UNWIND $_0_keys AS key
MATCH (pos:Position)-[:IN]->(:Organization {id: key})
RETURN key, pos {.id, .title, .name, organizationId: head(COLLECT { MATCH (pos)-[:IN]->(body:Organization) RETURN body.id })} AS row
ORDER BY key, pos.name, pos.id}
WITH key, collect(row) AS rows
RETURN 0 AS part, key, rows

// positionTenures
CALL () {
UNWIND $_0_keys AS key
CALL (key) {
MATCH (p:Person)-[:HOLDS]->(t:Tenure)-[:OF]->(pos:Position {id: key})
RETURN {id: t.id, personId: p.id, person: p {.id, .name, .province, aliases: coalesce(p.aliases, [])}, firstSeen: toString(t.firstSeen), lastSeen: toString(t.lastSeen),
  position: pos {.id, .title, .name, organizationId: head(COLLECT { MATCH (pos)-[:IN]->(body:Organization) RETURN body.id })},
  endedBy: toString(CASE WHEN pos.ceasedOn IS NOT NULL AND (t.endedBy IS NULL OR pos.ceasedOn < t.endedBy) THEN pos.ceasedOn ELSE t.endedBy END), endBasis: CASE WHEN pos.ceasedOn IS NOT NULL AND (t.endedBy IS NULL OR pos.ceasedOn < t.endedBy) THEN 'bodyCeased' WHEN t.endedBy IS NOT NULL THEN 'former' END,
  endReason: CASE WHEN pos.ceasedOn IS NOT NULL AND (t.endedBy IS NULL OR pos.ceasedOn < t.endedBy) THEN pos.ceasedReason WHEN t.endedBy IS NOT NULL THEN 'an article calls the post former (nguyên)' END, observations: t.observations, acting: t.acting, concurrent: t.concurrent} AS row
ORDER BY coalesce(t.firstSeen, t.endedBy), pos.name, p.name, t.id}
RETURN key, row}
WITH key, collect(row) AS rows
RETURN 0 AS part, key, rows

// search
CALL db.index.fulltext.queryNodes('search_text', $query, {limit: $fetch}) YIELD node, score
WITH node, score, [l IN labels(node) WHERE l IN $kinds][0] AS kind
WHERE kind IS NOT NULL
WITH node, score, kind ORDER BY score DESC, node.id LIMIT $limit
RETURN node.id AS id, kind, coalesce(node.name, node.title) AS label, score, CASE kind
  WHEN 'Person' THEN head(COLLECT { MATCH (node)-[:HOLDS]->(t:Tenure)-[:OF]->(pos:Position) RETURN pos.name ORDER BY t.lastSeen DESC, pos.name })
  WHEN 'Meeting' THEN toString(node.date)
  ELSE head(COLLECT { MATCH (node)-[:IN_PLACE]->(place:Place) RETURN place.name })
END AS detail, CASE kind
  WHEN 'Person' THEN node {.id, .name, .province, aliases: coalesce(node.aliases, [])}
  WHEN 'Meeting' THEN node {.id, date: toString(node.date), .title, .kind, dateInferred: toString(node.dateInferred), .partOfDay}
  ELSE node {.id, .name, .kind, .aliases, ceasedOn: toString(node.ceasedOn), .ceasedReason, .scope,
  parentId: head(COLLECT { MATCH (node)-[:PART_OF]->(parent:Organization) RETURN parent.id ORDER BY parent.id }),
  successorId: head(COLLECT { MATCH (node)-[:SUCCEEDED_BY]->(next:Organization) RETURN next.id ORDER BY next.id }),
  place: head(COLLECT { MATCH (node)-[:IN_PLACE]->(place:Place) RETURN place {.id, .name, .kind, ceasedOn: toString(place.ceasedOn), .ceasedReason,
  successorId: head(COLLECT { MATCH (place)-[:MERGED_INTO]->(next:Place) RETURN next.id ORDER BY next.id })} ORDER BY place.id })}
END AS row
ORDER BY score DESC, id

// tenuresByIds
CALL () {
UNWIND $_0_keys AS key
MATCH (p:Person)-[:HOLDS]->(t:Tenure {id: key})-[:OF]->(pos:Position)
RETURN key, {id: t.id, personId: p.id, person: p {.id, .name, .province, aliases: coalesce(p.aliases, [])}, firstSeen: toString(t.firstSeen), lastSeen: toString(t.lastSeen),
  position: pos {.id, .title, .name, organizationId: head(COLLECT { MATCH (pos)-[:IN]->(body:Organization) RETURN body.id })},
  endedBy: toString(CASE WHEN pos.ceasedOn IS NOT NULL AND (t.endedBy IS NULL OR pos.ceasedOn < t.endedBy) THEN pos.ceasedOn ELSE t.endedBy END), endBasis: CASE WHEN pos.ceasedOn IS NOT NULL AND (t.endedBy IS NULL OR pos.ceasedOn < t.endedBy) THEN 'bodyCeased' WHEN t.endedBy IS NOT NULL THEN 'former' END,
  endReason: CASE WHEN pos.ceasedOn IS NOT NULL AND (t.endedBy IS NULL OR pos.ceasedOn < t.endedBy) THEN pos.ceasedReason WHEN t.endedBy IS NOT NULL THEN 'an article calls the post former (nguyên)' END, observations: t.observations, acting: t.acting, concurrent: t.concurrent} AS row}
WITH key, collect(row) AS rows
RETURN 0 AS part, key, rows

// tenuresOf Person
CALL () {
UNWIND $_0_keys AS key
CALL (key) {
MATCH (p:Person {id: key})-[:HOLDS]->(t:Tenure)-[:OF]->(pos:Position)
RETURN {id: t.id, personId: p.id, person: null, firstSeen: toString(t.firstSeen), lastSeen: toString(t.lastSeen),
  position: pos {.id, .title, .name, organizationId: head(COLLECT { MATCH (pos)-[:IN]->(body:Organization) RETURN body.id })},
  endedBy: toString(CASE WHEN pos.ceasedOn IS NOT NULL AND (t.endedBy IS NULL OR pos.ceasedOn < t.endedBy) THEN pos.ceasedOn ELSE t.endedBy END), endBasis: CASE WHEN pos.ceasedOn IS NOT NULL AND (t.endedBy IS NULL OR pos.ceasedOn < t.endedBy) THEN 'bodyCeased' WHEN t.endedBy IS NOT NULL THEN 'former' END,
  endReason: CASE WHEN pos.ceasedOn IS NOT NULL AND (t.endedBy IS NULL OR pos.ceasedOn < t.endedBy) THEN pos.ceasedReason WHEN t.endedBy IS NOT NULL THEN 'an article calls the post former (nguyên)' END, observations: t.observations, acting: t.acting, concurrent: t.concurrent} AS row
ORDER BY coalesce(t.firstSeen, t.endedBy), pos.name, p.name, t.id}
RETURN key, row}
WITH key, collect(row) AS rows
RETURN 0 AS part, key, rows

// tenuresOf Organization
CALL () {
UNWIND $_0_keys AS key
CALL (key) {
MATCH (p:Person)-[:HOLDS]->(t:Tenure)-[:OF]->(pos:Position)-[:IN]->(:Organization {id: key})
RETURN {id: t.id, personId: p.id, person: p {.id, .name, .province, aliases: coalesce(p.aliases, [])}, firstSeen: toString(t.firstSeen), lastSeen: toString(t.lastSeen),
  position: pos {.id, .title, .name, organizationId: head(COLLECT { MATCH (pos)-[:IN]->(body:Organization) RETURN body.id })},
  endedBy: toString(CASE WHEN pos.ceasedOn IS NOT NULL AND (t.endedBy IS NULL OR pos.ceasedOn < t.endedBy) THEN pos.ceasedOn ELSE t.endedBy END), endBasis: CASE WHEN pos.ceasedOn IS NOT NULL AND (t.endedBy IS NULL OR pos.ceasedOn < t.endedBy) THEN 'bodyCeased' WHEN t.endedBy IS NOT NULL THEN 'former' END,
  endReason: CASE WHEN pos.ceasedOn IS NOT NULL AND (t.endedBy IS NULL OR pos.ceasedOn < t.endedBy) THEN pos.ceasedReason WHEN t.endedBy IS NOT NULL THEN 'an article calls the post former (nguyên)' END, observations: t.observations, acting: t.acting, concurrent: t.concurrent} AS row
ORDER BY coalesce(t.firstSeen, t.endedBy), pos.name, p.name, t.id}
RETURN key, row}
WITH key, collect(row) AS rows
RETURN 0 AS part, key, rows

// tenuresOf Position
CALL () {
UNWIND $_0_keys AS key
CALL (key) {
MATCH (p:Person)-[:HOLDS]->(t:Tenure)-[:OF]->(pos:Position {id: key})
RETURN {id: t.id, personId: p.id, person: p {.id, .name, .province, aliases: coalesce(p.aliases, [])}, firstSeen: toString(t.firstSeen), lastSeen: toString(t.lastSeen),
  position: pos {.id, .title, .name, organizationId: head(COLLECT { MATCH (pos)-[:IN]->(body:Organization) RETURN body.id })},
  endedBy: toString(CASE WHEN pos.ceasedOn IS NOT NULL AND (t.endedBy IS NULL OR pos.ceasedOn < t.endedBy) THEN pos.ceasedOn ELSE t.endedBy END), endBasis: CASE WHEN pos.ceasedOn IS NOT NULL AND (t.endedBy IS NULL OR pos.ceasedOn < t.endedBy) THEN 'bodyCeased' WHEN t.endedBy IS NOT NULL THEN 'former' END,
  endReason: CASE WHEN pos.ceasedOn IS NOT NULL AND (t.endedBy IS NULL OR pos.ceasedOn < t.endedBy) THEN pos.ceasedReason WHEN t.endedBy IS NOT NULL THEN 'an article calls the post former (nguyên)' END, observations: t.observations, acting: t.acting, concurrent: t.concurrent} AS row
ORDER BY coalesce(t.firstSeen, t.endedBy), pos.name, p.name, t.id}
RETURN key, row}
WITH key, collect(row) AS rows
RETURN 0 AS part, key, rows

// tenuresAsOf Person
CALL () {
UNWIND $_0_keys AS key
WITH key, date($_0_date) AS on
MATCH (p:Person {id: key})-[:HOLDS]->(t:Tenure)-[:OF]->(pos:Position)
WITH key, p, t, pos, on, CASE
  WHEN t.firstSeen IS NULL OR t.firstSeen > on OR CASE WHEN pos.ceasedOn IS NOT NULL AND (t.endedBy IS NULL OR pos.ceasedOn < t.endedBy) THEN pos.ceasedOn ELSE t.endedBy END <= on THEN null
  WHEN t.lastSeen >= on THEN 'seen'
  WHEN t.lastSeen >= on - duration({years: $_0_termYears}) THEN 'lastSeen'
END AS basis
WHERE basis IS NOT NULL
WITH key, p, t, pos, basis, on, {id: t.id, personId: p.id, person: null, firstSeen: toString(t.firstSeen), lastSeen: toString(t.lastSeen),
  position: pos {.id, .title, .name, organizationId: head(COLLECT { MATCH (pos)-[:IN]->(body:Organization) RETURN body.id })},
  endedBy: toString(CASE WHEN pos.ceasedOn IS NOT NULL AND (t.endedBy IS NULL OR pos.ceasedOn < t.endedBy) THEN pos.ceasedOn ELSE t.endedBy END), endBasis: CASE WHEN pos.ceasedOn IS NOT NULL AND (t.endedBy IS NULL OR pos.ceasedOn < t.endedBy) THEN 'bodyCeased' WHEN t.endedBy IS NOT NULL THEN 'former' END,
  endReason: CASE WHEN pos.ceasedOn IS NOT NULL AND (t.endedBy IS NULL OR pos.ceasedOn < t.endedBy) THEN pos.ceasedReason WHEN t.endedBy IS NOT NULL THEN 'an article calls the post former (nguyên)' END, observations: t.observations, acting: t.acting, concurrent: t.concurrent} AS tenure
RETURN key, tenure {.*, basis: basis, asOf: toString(on), succeeded: basis = 'lastSeen' AND EXISTS {
  MATCH (pos)<-[:OF]-(next:Tenure) WHERE next <> t AND next.firstSeen > t.lastSeen AND next.firstSeen <= on
}} AS row
ORDER BY key, basis = 'lastSeen', pos.name, p.name, t.id}
WITH key, collect(row) AS rows
RETURN 0 AS part, key, rows

// tenuresAsOf Organization
CALL () {
UNWIND $_0_keys AS key
WITH key, date($_0_date) AS on
MATCH (p:Person)-[:HOLDS]->(t:Tenure)-[:OF]->(pos:Position)-[:IN]->(:Organization {id: key})
WITH key, p, t, pos, on, CASE
  WHEN t.firstSeen IS NULL OR t.firstSeen > on OR CASE WHEN pos.ceasedOn IS NOT NULL AND (t.endedBy IS NULL OR pos.ceasedOn < t.endedBy) THEN pos.ceasedOn ELSE t.endedBy END <= on THEN null
  WHEN t.lastSeen >= on THEN 'seen'
  WHEN t.lastSeen >= on - duration({years: $_0_termYears}) THEN 'lastSeen'
END AS basis
WHERE basis IS NOT NULL
WITH key, p, t, pos, basis, on, {id: t.id, personId: p.id, person: p {.id, .name, .province, aliases: coalesce(p.aliases, [])}, firstSeen: toString(t.firstSeen), lastSeen: toString(t.lastSeen),
  position: pos {.id, .title, .name, organizationId: head(COLLECT { MATCH (pos)-[:IN]->(body:Organization) RETURN body.id })},
  endedBy: toString(CASE WHEN pos.ceasedOn IS NOT NULL AND (t.endedBy IS NULL OR pos.ceasedOn < t.endedBy) THEN pos.ceasedOn ELSE t.endedBy END), endBasis: CASE WHEN pos.ceasedOn IS NOT NULL AND (t.endedBy IS NULL OR pos.ceasedOn < t.endedBy) THEN 'bodyCeased' WHEN t.endedBy IS NOT NULL THEN 'former' END,
  endReason: CASE WHEN pos.ceasedOn IS NOT NULL AND (t.endedBy IS NULL OR pos.ceasedOn < t.endedBy) THEN pos.ceasedReason WHEN t.endedBy IS NOT NULL THEN 'an article calls the post former (nguyên)' END, observations: t.observations, acting: t.acting, concurrent: t.concurrent} AS tenure
RETURN key, tenure {.*, basis: basis, asOf: toString(on), succeeded: basis = 'lastSeen' AND EXISTS {
  MATCH (pos)<-[:OF]-(next:Tenure) WHERE next <> t AND next.firstSeen > t.lastSeen AND next.firstSeen <= on
}} AS row
ORDER BY key, basis = 'lastSeen', pos.name, p.name, t.id}
WITH key, collect(row) AS rows
RETURN 0 AS part, key, rows

// tenuresAsOf Position
CALL () {
UNWIND $_0_keys AS key
WITH key, date($_0_date) AS on
MATCH (p:Person)-[:HOLDS]->(t:Tenure)-[:OF]->(pos:Position {id: key})
WITH key, p, t, pos, on, CASE
  WHEN t.firstSeen IS NULL OR t.firstSeen > on OR CASE WHEN pos.ceasedOn IS NOT NULL AND (t.endedBy IS NULL OR pos.ceasedOn < t.endedBy) THEN pos.ceasedOn ELSE t.endedBy END <= on THEN null
  WHEN t.lastSeen >= on THEN 'seen'
  WHEN t.lastSeen >= on - duration({years: $_0_termYears}) THEN 'lastSeen'
END AS basis
WHERE basis IS NOT NULL
WITH key, p, t, pos, basis, on, {id: t.id, personId: p.id, person: p {.id, .name, .province, aliases: coalesce(p.aliases, [])}, firstSeen: toString(t.firstSeen), lastSeen: toString(t.lastSeen),
  position: pos {.id, .title, .name, organizationId: head(COLLECT { MATCH (pos)-[:IN]->(body:Organization) RETURN body.id })},
  endedBy: toString(CASE WHEN pos.ceasedOn IS NOT NULL AND (t.endedBy IS NULL OR pos.ceasedOn < t.endedBy) THEN pos.ceasedOn ELSE t.endedBy END), endBasis: CASE WHEN pos.ceasedOn IS NOT NULL AND (t.endedBy IS NULL OR pos.ceasedOn < t.endedBy) THEN 'bodyCeased' WHEN t.endedBy IS NOT NULL THEN 'former' END,
  endReason: CASE WHEN pos.ceasedOn IS NOT NULL AND (t.endedBy IS NULL OR pos.ceasedOn < t.endedBy) THEN pos.ceasedReason WHEN t.endedBy IS NOT NULL THEN 'an article calls the post former (nguyên)' END, observations: t.observations, acting: t.acting, concurrent: t.concurrent} AS tenure
RETURN key, tenure {.*, basis: basis, asOf: toString(on), succeeded: basis = 'lastSeen' AND EXISTS {
  MATCH (pos)<-[:OF]-(next:Tenure) WHERE next <> t AND next.firstSeen > t.lastSeen AND next.firstSeen <= on
}} AS row
ORDER BY key, basis = 'lastSeen', pos.name, p.name, t.id}
WITH key, collect(row) AS rows
RETURN 0 AS part, key, rows

// tenuresOnDays
CALL () {
UNWIND $_0_keys AS key
WITH key, date($_0_days[key].date) AS on
MATCH (p:Person {id: $_0_days[key].personId})-[:HOLDS]->(t:Tenure)-[:OF]->(pos:Position)
WITH key, p, t, pos, on, CASE
  WHEN t.firstSeen IS NULL OR t.firstSeen > on OR CASE WHEN pos.ceasedOn IS NOT NULL AND (t.endedBy IS NULL OR pos.ceasedOn < t.endedBy) THEN pos.ceasedOn ELSE t.endedBy END <= on THEN null
  WHEN t.lastSeen >= on THEN 'seen'
  WHEN t.lastSeen >= on - duration({years: $_0_termYears}) THEN 'lastSeen'
END AS basis
WHERE basis IS NOT NULL
WITH key, p, t, pos, basis, on, {id: t.id, personId: p.id, person: null, firstSeen: toString(t.firstSeen), lastSeen: toString(t.lastSeen),
  position: pos {.id, .title, .name, organizationId: head(COLLECT { MATCH (pos)-[:IN]->(body:Organization) RETURN body.id })},
  endedBy: toString(CASE WHEN pos.ceasedOn IS NOT NULL AND (t.endedBy IS NULL OR pos.ceasedOn < t.endedBy) THEN pos.ceasedOn ELSE t.endedBy END), endBasis: CASE WHEN pos.ceasedOn IS NOT NULL AND (t.endedBy IS NULL OR pos.ceasedOn < t.endedBy) THEN 'bodyCeased' WHEN t.endedBy IS NOT NULL THEN 'former' END,
  endReason: CASE WHEN pos.ceasedOn IS NOT NULL AND (t.endedBy IS NULL OR pos.ceasedOn < t.endedBy) THEN pos.ceasedReason WHEN t.endedBy IS NOT NULL THEN 'an article calls the post former (nguyên)' END, observations: t.observations, acting: t.acting, concurrent: t.concurrent} AS tenure
RETURN key, tenure {.*, basis: basis, asOf: toString(on), succeeded: basis = 'lastSeen' AND EXISTS {
  MATCH (pos)<-[:OF]-(next:Tenure) WHERE next <> t AND next.firstSeen > t.lastSeen AND next.firstSeen <= on
}} AS row
ORDER BY key, basis = 'lastSeen', pos.name, p.name, t.id}
WITH key, collect(row) AS rows
RETURN 0 AS part, key, rows

// tenureEvidence
CALL () {
UNWIND $_0_keys AS key
WITH key, $_0_asks[key] AS ask
CALL (ask) {
  MATCH (:Tenure {id: ask.tenureId})-[r:EVIDENCED_BY]->(a:Article)
  WITH r, a, CASE WHEN ask.near IS NULL THEN 0 ELSE abs(duration.inDays(r.asOf, date(ask.near)).days) END AS distance
  ORDER BY distance, r.asOf, a.id
  LIMIT $_0_first
  RETURN r, a, distance
}
WITH key, r, a, distance, {article: a {.id, .url, .source, .title, .author, .place, .placeBasis, publishedAt: toString(a.publishedAt)}, sentence: r.sentence, date: toString(coalesce(r.asOf, date(a.publishedAt)))} AS e
RETURN key, e {.*, text: r.text, former: r.former} AS row
ORDER BY key, distance, r.asOf, a.id}
WITH key, collect(row) AS rows
RETURN 0 AS part, key, rows

// whoHeld
CALL db.index.fulltext.queryNodes('search_text', $query) YIELD node AS o
WITH o WHERE o:Organization
MATCH (pos:Position)-[:IN]->(o)
RETURN pos.id AS id, pos.title AS title, pos.name AS name, [o.name] + o.aliases AS bodyNames
ORDER BY pos.name, pos.id
