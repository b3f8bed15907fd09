// Applied at every start; each statement is idempotent (IF NOT EXISTS).
// Every node has a stable string id (DESIGN.md, "The graph").
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT place_id IF NOT EXISTS FOR (n:Place) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT position_id IF NOT EXISTS FOR (n:Position) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT tenure_id IF NOT EXISTS FOR (n:Tenure) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT meeting_id IF NOT EXISTS FOR (n:Meeting) REQUIRE n.id IS UNIQUE;
// One per person name: the writer locks it while it resolves that name (graph/write/statements.ts).
CREATE CONSTRAINT name_lock_id IF NOT EXISTS FOR (n:NameLock) REQUIRE n.id IS UNIQUE;
// One node holds the graph's version; every write bumps it (graph/write/statements.ts, BUMP_GRAPH_VERSION).
CREATE CONSTRAINT graph_version_id IF NOT EXISTS FOR (n:GraphVersion) REQUIRE n.id IS UNIQUE;
