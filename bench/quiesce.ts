/**
 * Between two cells of the read benchmark the database must be idle. When a load ends, a slow
 * server may still have queries running in Neo4j for requests its client has given up on (32 of the
 * library's chairs at 1M take seconds each); left alone they run on into the next cell and slow
 * whatever is measured there. Such queries are waited for a little, then ended.
 */
import type { Driver } from 'neo4j-driver';

const OTHERS = `SHOW TRANSACTIONS YIELD transactionId, currentQuery
WHERE NOT currentQuery STARTS WITH 'SHOW TRANSACTIONS'
RETURN collect(transactionId) AS ids`;

async function runningTransactions(driver: Driver): Promise<string[]> {
  const { records } = await driver.executeQuery(OTHERS);
  return records[0]!.get('ids') as string[];
}

/** Waits up to `waitMs` for the database's other transactions to end, then terminates those left; how many that was. */
export async function quiesce(driver: Driver, waitMs = 5_000): Promise<number> {
  const deadline = performance.now() + waitMs;
  let ids = await runningTransactions(driver);
  while (ids.length > 0 && performance.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    ids = await runningTransactions(driver);
  }
  if (ids.length === 0) return 0;
  await driver.executeQuery('TERMINATE TRANSACTIONS $ids', { ids });
  return ids.length;
}
