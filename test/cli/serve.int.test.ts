import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EXAMPLES } from '../../src/api/playground.js';
import { freePort } from '../helpers/free-port.js';
import { isAlive, startServe, waitUntil } from '../helpers/serve.js';

describe('the serve command (npm start)', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'neo4j-serve-test-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('loads seed/ before serving, answers the health query and the playground examples over HTTP, and a killed server leaves no Java process behind', async () => {
    const port = await freePort();
    const { child, javaPid, log } = await startServe({ PORT: String(port), NEO4J_BOLT_PORT: String(await freePort()), NEO4J_DATA_DIR: dataDir });
    try {
      const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ health { ok neo4jVersion } }' }),
      });
      expect(await response.json()).toMatchObject({ data: { health: { ok: true, neo4jVersion: expect.stringMatching(/^5\.26\./) } } });
      expect(log.join('\n')).toMatch(/seed: 2 articles \(2 new, 0 unchanged, 0 replaced, 0 failed\)/u);
      for (const example of EXAMPLES) {
        const answer = await fetch(`http://127.0.0.1:${port}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: example.query, variables: example.variables }),
        });
        const body = (await answer.json()) as { errors?: unknown };
        expect(body.errors, example.name).toBeUndefined();
        if (example.name === 'WhoChaired') expect(JSON.stringify(body)).toMatch(/Trịnh Quang Trường[\s\S]*Đào Khánh Hà|Đào Khánh Hà[\s\S]*Trịnh Quang Trường/u);
      }
      expect(await waitUntil(() => log.some((line) => line.startsWith('playground examples warmed up in')), 60_000), log.join('\n')).toBe(true);
      expect(isAlive(javaPid!)).toBe(true);
    } finally {
      // The worst case: no signal handler runs. The launcher must notice its parent is gone.
      child.kill('SIGKILL');
    }
    expect(await waitUntil(() => !isAlive(javaPid!), 30_000)).toBe(true);
    // A Neo4j of its own to start, the seed, the examples, the warm-up (up to 60 s) and the launcher's exit:
    // about 55 s on a busy 2-core machine, over the suite's 60 s default.
  }, 180_000);

  it('finds the seed already loaded on the next start, and stops Neo4j cleanly on SIGTERM', async () => {
    const { child, javaPid, log, exited } = await startServe({ PORT: String(await freePort()), NEO4J_BOLT_PORT: String(await freePort()), NEO4J_DATA_DIR: dataDir });
    expect(log.join('\n')).toMatch(/seed: 2 articles \(0 new, 2 unchanged, 0 replaced, 0 failed\)/u);
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(isAlive(javaPid!)).toBe(false);
  }, 120_000);
});
