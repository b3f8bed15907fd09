import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createDriver } from '../../src/graph/driver.js';
import { startLocalNeo4j } from '../../src/graph/local-neo4j.js';
import { freePort } from '../helpers/free-port.js';

const root = mkdtempSync(path.join(tmpdir(), 'neo4j-local-test-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('the local embedded Neo4j', () => {
  const dataDir = path.join(root, 'kept');

  it('keeps its data across a stop and a second start on the same data directory', async () => {
    const port = await freePort();
    const first = await startLocalNeo4j({ dataDir, boltPort: port, pageCacheMb: 64, log: () => {} });
    let driver = createDriver(first.uri, null);
    await driver.executeQuery("CREATE (:Marker {id: 'kept', name: 'Hải An'})");
    await driver.close();
    await first.stop();
    expect(() => process.kill(first.pid, 0)).toThrow();

    const second = await startLocalNeo4j({ dataDir, boltPort: port, pageCacheMb: 64, log: () => {} });
    driver = createDriver(second.uri, null);
    try {
      const { records } = await driver.executeQuery("MATCH (m:Marker {id: 'kept'}) RETURN m.name AS name");
      expect(records.map((r) => r.get('name'))).toEqual(['Hải An']);
    } finally {
      await driver.close();
      await second.stop();
    }
  });

  it('names the port and the variable to set when the Bolt port is taken', async () => {
    const port = await freePort();
    const blocker: Server = createServer().listen(port, '127.0.0.1');
    try {
      await expect(startLocalNeo4j({ dataDir: path.join(root, 'busy'), boltPort: port, log: () => {} })).rejects.toThrow(
        new RegExp(`Port ${port} on 127\\.0\\.0\\.1 is already in use.*NEO4J_BOLT_PORT`),
      );
    } finally {
      blocker.close();
    }
  });
});

describe('the local Neo4j without Java', () => {
  it('says which Java it looked for and what to install', async () => {
    await expect(
      startLocalNeo4j({ dataDir: path.join(root, 'nojava'), boltPort: await freePort(), javaHome: '/nonexistent/jdk', log: () => {} }),
    ).rejects.toThrow(/Java was not found \(\/nonexistent\/jdk\/bin\/java\)\. Install Java 17\+ and Maven/);
  });
});
