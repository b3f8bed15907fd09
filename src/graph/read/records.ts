/** The one way the reads run Cypher: an auto-routed read query, asked once, retried when worth it. */
import neo4j, { isRetryableError, type Driver, type Record as Neo4jRecord } from 'neo4j-driver';

export type Params = Record<string, unknown>;

/**
 * An auto-commit read: one round trip (RUN and PULL pipelined), where a managed transaction adds
 * BEGIN and COMMIT and the bookmark bookkeeping, about twice the time of a small read. The driver
 * does not retry an auto-commit query; a read that fails for a reason worth retrying (a lost
 * connection, a restarting database) is asked again as a managed read, which retries for as long
 * as the driver's maxTransactionRetryTime.
 */
export async function readRecords(driver: Driver, query: string, params: Params): Promise<Neo4jRecord[]> {
  // A projection marker that reached here would be a Cypher syntax error; say which mistake it is.
  if (query.includes('⟦')) throw new Error('a read was sent without being shaped for its fields (graph/read/shape.ts)');
  const session = driver.session({ defaultAccessMode: neo4j.session.READ });
  try {
    return (await session.run(query, params)).records;
  } catch (error) {
    if (!isRetryableError(error)) throw error;
  } finally {
    await session.close();
  }
  return (await driver.executeQuery(query, params, { routing: 'READ' })).records;
}
