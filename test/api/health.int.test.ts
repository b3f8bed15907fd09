import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/api/yoga.js';
import { createDriver } from '../../src/graph/driver.js';
import { deleteLabel, testDriver, uniqueLabel } from '../helpers/neo4j.js';
import { freePort } from '../helpers/free-port.js';

async function queryHealth(driver: Driver, log: (line: string) => void = () => {}) {
  const app = createApp({ driver, apiKey: null, log }, { logging: false });
  const response = await app.fetch('http://yoga/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ health { ok neo4jVersion edition nodeCount error } }' }),
  });
  return { status: response.status, body: (await response.json()) as { data?: { health: Record<string, unknown> }; errors?: unknown[] } };
}

describe('health query through the Yoga server', () => {
  let driver: Driver;
  const label = uniqueLabel();

  beforeAll(() => {
    driver = testDriver();
  });

  afterAll(async () => {
    await deleteLabel(driver, label);
    await driver.close();
  });

  it('reports the Neo4j 5 version and a node count that follows writes', async () => {
    const before = await queryHealth(driver);
    expect(before.status).toBe(200);
    expect(before.body.errors).toBeUndefined();
    expect(before.body.data?.health).toMatchObject({ ok: true, error: null });
    expect(before.body.data?.health.neo4jVersion).toMatch(/^5\.\d+/);

    await driver.executeQuery(`UNWIND range(1, 3) AS i CREATE (:${label} {i: i})`);
    const after = await queryHealth(driver);
    expect(after.body.data?.health.nodeCount).toBe(Number(before.body.data?.health.nodeCount) + 3);
  });

  it('says the database is unavailable instead of failing when Neo4j cannot be reached, and why only in the server log', async () => {
    const port = await freePort();
    const unreachable = createDriver(`bolt://127.0.0.1:${port}`, null);
    const logged: string[] = [];
    try {
      const { status, body } = await queryHealth(unreachable, (line) => logged.push(line));
      expect(status).toBe(200);
      expect(body.data?.health).toEqual({ ok: false, neo4jVersion: null, edition: null, nodeCount: null, error: 'Neo4j is unavailable' });
      expect(JSON.stringify(body)).not.toContain(String(port));
      expect(logged).toEqual([expect.stringMatching(new RegExp(`^Neo4j is unavailable: .*ECONNREFUSED 127\\.0\\.0\\.1:${port}`, 'u'))]);
    } finally {
      await unreachable.close();
    }
  });
});

describe('GET /ready', () => {
  it('200 "ready" while Neo4j answers', async () => {
    const driver = testDriver();
    try {
      const response = await createApp({ driver, apiKey: null }, { logging: false }).fetch('http://yoga/ready');
      expect([response.status, await response.text()]).toEqual([200, 'ready']);
    } finally {
      await driver.close();
    }
  });

  it('503 "unavailable" with no host, port or driver message when Neo4j cannot be reached; the reason goes to the server log, once while it stays the same', async () => {
    const port = await freePort();
    const unreachable = createDriver(`bolt://127.0.0.1:${port}`, null);
    const logged: string[] = [];
    try {
      const app = createApp({ driver: unreachable, apiKey: null, log: (line) => logged.push(line) }, { logging: false });
      for (let probe = 0; probe < 3; probe++) {
        const response = await app.fetch('http://yoga/ready');
        expect(response.status).toBe(503);
        expect(await response.text()).toBe('unavailable');
      }
      expect(logged).toEqual([expect.stringMatching(new RegExp(`^Neo4j is unavailable: .*ECONNREFUSED 127\\.0\\.0\\.1:${port}`, 'u'))]);
    } finally {
      await unreachable.close();
    }
  });
});
