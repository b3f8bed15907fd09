import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { quiesce } from '../../bench/quiesce.js';
import { createDriver } from '../../src/graph/driver.js';
import { ownNeo4j, type OwnNeo4j } from '../helpers/own-neo4j.js';

// Counts to a billion: minutes of work, which only termination ends within the test.
const LONG_QUERY = 'UNWIND range(1, 1000000000) AS x WITH x WHERE x < 0 RETURN count(x)';

// A database of its own: quiesce ends whatever else runs, and the shared one serves other test files meanwhile.
let neo4j: OwnNeo4j;
let driver: Driver;
beforeAll(async () => {
  neo4j = await ownNeo4j();
  await neo4j.start();
  driver = createDriver(neo4j.uri, null);
}, 120_000);
afterAll(async () => {
  await driver?.close();
  await neo4j?.remove();
});

describe('quiesce between benchmark cells', () => {
  it('returns at once with nothing ended when the database is idle', async () => {
    expect(await quiesce(driver, 1_000)).toBe(0);
  });

  it('ends a query a client left running, which then fails as terminated', async () => {
    const session = driver.session();
    const running = session.run(LONG_QUERY).then(
      () => 'finished',
      (error: { code?: string }) => error.code ?? 'failed',
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await quiesce(driver, 200)).toBe(1);
    expect(await running).toMatch(/Terminated/u);
    await session.close();
    expect(await quiesce(driver, 200)).toBe(0);
  });
});
