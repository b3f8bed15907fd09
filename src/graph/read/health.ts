import type { Driver, Record as Neo4jRecord } from 'neo4j-driver';

export interface HealthRow {
  neo4jVersion: string;
  edition: string;
  nodeCount: number;
}

// One row: the server's version and edition. dbms.components is available to every user.
const SERVER_COMPONENTS = `
CALL dbms.components() YIELD name, versions, edition
WHERE name = 'Neo4j Kernel'
RETURN versions[0] AS version, edition`;

// One row: the number of nodes, read from the count store (constant time).
const NODE_COUNT = 'MATCH (n) RETURN count(n) AS nodeCount';

/**
 * Auto-commit queries, not managed transactions: a health probe must answer now, and the
 * driver's transaction retries would hold a caller for up to 30 s while Neo4j is down.
 */
export async function readHealth(driver: Driver): Promise<HealthRow> {
  const session = driver.session({ defaultAccessMode: 'READ' });
  try {
    const components = await session.run(SERVER_COMPONENTS);
    const count = await session.run(NODE_COUNT);
    return toHealthRow(components.records[0], count.records[0]);
  } finally {
    await session.close();
  }
}

function toHealthRow(component: Neo4jRecord | undefined, count: Neo4jRecord | undefined): HealthRow {
  return {
    neo4jVersion: String(component?.get('version') ?? 'unknown'),
    edition: String(component?.get('edition') ?? 'unknown'),
    nodeCount: Number(count?.get('nodeCount') ?? 0),
  };
}
