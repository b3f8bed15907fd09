/** The soak (`npm run soak`) for a short while: the API under load beside an ingest, then still answering. */
import { spawn } from 'node:child_process';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { applySchema } from '../../src/graph/schema.js';
import { cliEnv, ROOT } from '../helpers/cli.js';
import { resetGraph } from '../helpers/graph.js';
import { testDriver } from '../helpers/neo4j.js';

interface SoakReport {
  requests: number;
  answered: number;
  refusedByLimits: number;
  unintendedErrors: number;
  ingest: { rounds: number; articles: number; failures: string[] };
  rssMb: { start: number; middle: number; end: number; max: number };
  healthAfter: { ok: boolean } | null;
}

function soak(seconds: number): Promise<{ code: number | null; report: SoakReport | null; stderr: string }> {
  const args = ['--import', 'tsx', 'bench/soak.ts', '--duration', String(seconds), '--connections', '4', '--articles-per-round', '100', '--neo4j-uri', inject('neo4jUri')];
  const child = spawn(process.execPath, args, { cwd: ROOT, env: cliEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, report: stdout.trim() ? (JSON.parse(stdout) as SoakReport) : null, stderr })));
}

describe('the soak, bounded', () => {
  let driver: Driver;
  beforeAll(async () => {
    driver = testDriver();
    await applySchema(driver);
    await resetGraph(driver);
  });
  afterAll(async () => {
    await resetGraph(driver);
    await driver.close();
  });

  it('20 s of queries beside an ingest: no error but the intended refusals, and the API still answers', async () => {
    const { code, report, stderr } = await soak(20);
    expect(report, stderr).not.toBeNull();
    expect(report!.unintendedErrors, stderr).toBe(0);
    expect(report!.answered).toBeGreaterThan(0);
    expect(report!.refusedByLimits).toBeGreaterThan(0);
    expect(report!.ingest.failures).toEqual([]);
    expect(report!.ingest.articles).toBeGreaterThan(0);
    expect(report!.healthAfter).toMatchObject({ ok: true });
    // Only what a leak would break: a short run's memory is not flat enough to bound closer.
    expect(report!.rssMb.end).toBeLessThan(3 * report!.rssMb.start);
    expect(code, stderr).toBe(0);
  }, 180_000);
});
