import { describe, expect, it } from 'vitest';
import { connectGraph } from '../../src/graph/driver.js';
import { GraphUnavailableError } from '../../src/graph/errors.js';
import { freePort } from '../helpers/free-port.js';

describe('connectGraph without a reachable Neo4j', () => {
  it('retries a bounded number of times, then names the URI and the variables to check', async () => {
    const uri = `bolt://127.0.0.1:${await freePort()}`;
    const logged: string[] = [];
    const attempt = connectGraph(
      { uri, user: 'neo4j', password: 'x', dataDir: '.data/unused', boltPort: 7687, javaHome: null, connectAttempts: 3, restartAttempts: 5 },
      { firstDelayMs: 10, log: (line) => logged.push(line) },
    );
    await expect(attempt).rejects.toThrow(GraphUnavailableError);
    await expect(attempt).rejects.toThrow(new RegExp(`Cannot connect to Neo4j at ${uri} after 3 attempts.*NEO4J_URI`));
    expect(logged).toHaveLength(2);
  });
});
