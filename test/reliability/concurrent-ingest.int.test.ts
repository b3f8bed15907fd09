/**
 * Four ingests at once, on overlapping parts of one corpus, must leave the graph one ingest of the
 * same parts in order leaves: nothing lost, nothing twice, every person resolved the same way.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { generatedCorpus, writeCorpus } from '../helpers/corpus.js';
import { countsByLabel, duplicateIds, factsHash, resetGraph, useEmptyGraph } from '../helpers/graph.js';

const ARTICLES = 240;
// Each part overlaps the next by half and the last spans the middle, so most articles are written by two or three processes.
const PARTS: [number, number][] = [[0, 120], [60, 180], [120, 240], [30, 210]];

describe('four ingest processes at once', () => {
  const graph = useEmptyGraph();
  const dir = mkdtempSync(path.join(tmpdir(), 'concurrent-ingest-'));
  const corpus = generatedCorpus(ARTICLES, 13);
  const files = PARTS.map(([from, to], i) => writeCorpus(path.join(dir, `part-${i}.jsonl`), corpus.slice(from, to)));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('leave the graph that one process ingesting the same parts in order leaves', async () => {
    const driver = graph();
    const inOrder = await runCli(['ingest', ...files, '--quiet']);
    expect(inOrder.code, inOrder.stderr).toBe(0);
    const expected = { counts: await countsByLabel(driver), facts: await factsHash(driver) };
    expect(expected.counts.Article).toBe(ARTICLES);

    await resetGraph(driver);
    // Small batches, so the four interleave many transactions instead of a few.
    const runs = await Promise.all(files.map((file) => runCli(['ingest', file, '--quiet', '--batch-size', '10'])));
    for (const run of runs) expect(run.code, run.stderr).toBe(0);
    expect(await duplicateIds(driver)).toEqual([]);
    expect(await countsByLabel(driver)).toEqual(expected.counts);
    expect(await factsHash(driver)).toBe(expected.facts);
  }, 240_000);
});
