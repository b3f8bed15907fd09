/** The soak (`npm run soak`) for a short while: the API under load beside an ingest, then still answering. */
import { describe, expect, inject, it } from 'vitest';
import { startScript } from '../helpers/cli.js';
import { useEmptyGraph } from '../helpers/graph.js';

interface SoakReport {
  requests: number;
  answered: number;
  refusedByLimits: number;
  unintendedErrors: number;
  ingest: { rounds: number; articles: number; failures: string[] };
  rssMb: { start: number; middle: number; end: number; max: number };
  healthAfter: { ok: boolean } | null;
}

async function soak(seconds: number): Promise<{ code: number | null; report: SoakReport | null; stderr: string }> {
  const args = ['--duration', String(seconds), '--connections', '4', '--articles-per-round', '100', '--neo4j-uri', inject('neo4jUri')];
  const { code, stdout, stderr } = await startScript('bench/soak.ts', args).done;
  return { code, report: stdout.trim() ? (JSON.parse(stdout) as SoakReport) : null, stderr };
}

describe('the soak, bounded', () => {
  useEmptyGraph();

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
