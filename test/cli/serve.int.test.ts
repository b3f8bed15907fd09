import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, describe, expect, it } from 'vitest';
import { EXAMPLES } from '../../src/api/playground.js';
import { freePort } from '../helpers/free-port.js';

const ROOT = path.resolve(import.meta.dirname, '../..');

interface Started {
  child: ChildProcess;
  javaPid: number;
  /** What serve logged up to "GraphQL at". */
  log: string[];
}

/** Runs the `serve` command as a user would (its own local Neo4j), until it says it is ready. */
function startServe(env: Record<string, string>): Promise<Started> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/index.ts', 'serve'], {
    cwd: ROOT,
    env: { ...process.env, NEO4J_URI: '', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    const lines: string[] = [];
    createInterface({ input: child.stderr! }).on('line', (line) => {
      lines.push(line);
      const match = /\(local, pid (\d+)\); GraphQL at/.exec(line);
      if (match) resolve({ child, javaPid: Number(match[1]), log: lines });
    });
    child.once('exit', (code) => reject(new Error(`serve exited with ${code}:\n${lines.join('\n')}`)));
  });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function waitUntil(condition: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (condition()) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return condition();
}

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
      expect(await response.json()).toEqual({ data: { health: { ok: true, neo4jVersion: expect.stringMatching(/^5\.26\./) } } });
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
      expect(isAlive(javaPid)).toBe(true);
    } finally {
      // The worst case: no signal handler runs. The launcher must notice its parent is gone.
      child.kill('SIGKILL');
    }
    expect(await waitUntil(() => !isAlive(javaPid), 30_000)).toBe(true);
  });

  it('finds the seed already loaded on the next start, and stops Neo4j cleanly on SIGTERM', async () => {
    const { child, javaPid, log } = await startServe({ PORT: String(await freePort()), NEO4J_BOLT_PORT: String(await freePort()), NEO4J_DATA_DIR: dataDir });
    expect(log.join('\n')).toMatch(/seed: 2 articles \(0 new, 2 unchanged, 0 replaced, 0 failed\)/u);
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(isAlive(javaPid)).toBe(false);
  });
});
