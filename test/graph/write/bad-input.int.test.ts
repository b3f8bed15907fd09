/**
 * Bad input at the writer's door, on the real Neo4j: each refusal names its reason and leaves the
 * graph as it was, alone or inside a batch; what is only partly usable is stored with a warning and
 * without junk (no impossible day, no person from another script, NFD and NFC alike).
 */
import { describe, expect, it } from 'vitest';
import { ingestArticle, ingestMany } from '../../../src/graph/write/ingest.js';
import type { IngestOutcome } from '../../../src/graph/write/types.js';
import {
  goodArticle, IMPOSSIBLE_MEETING_DAY, IMPOSSIBLE_PUBLICATION_DAY, MIXED_SCRIPTS, refusedInputs, TWO_HUNDRED_ATTENDEES, TWO_HUNDRED_NAMES,
} from '../../helpers/bad-articles.js';
import { countsByLabel, dumpGraph, resetGraph, useEmptyGraph } from '../../helpers/graph.js';
import { LE_CHAN_2023 } from '../../helpers/invented-articles.js';

const graph = useEmptyGraph();
const input = (name: string, text: string) => ({ source: `test/${name}.txt`, url: null, text });

async function column<T>(cypher: string): Promise<T[]> {
  const { records } = await graph().executeQuery(cypher);
  return records.map((r) => r.get(0) as T);
}

describe('refused by ingestArticle', () => {
  it.each(refusedInputs().map((r) => [r.name, r] as const))('%s: refused by name, nothing stored', async (_name, bad) => {
    await ingestArticle(graph(), LE_CHAN_2023);
    const before = await dumpGraph(graph());
    await expect(ingestArticle(graph(), input(bad.name, bad.text))).rejects.toThrow(bad.reason);
    expect(await dumpGraph(graph())).toEqual(before);
  });
});

describe('refused inside a batch', () => {
  it('each bad input gets its own error and the good article around them goes in', async () => {
    const bad = refusedInputs();
    const outcomes: IngestOutcome[] = [];
    await ingestMany(graph(), [...bad.map((b) => input(b.name, b.text)), LE_CHAN_2023], { batchSize: 50, onOutcome: (o) => outcomes.push(o) });
    expect(outcomes.map((o) => o.ok)).toEqual([...bad.map(() => false), true]);
    bad.forEach((b, i) => expect(!outcomes[i]!.ok && outcomes[i]!.error).toMatch(b.reason));
    await resetGraph(graph());
    await ingestArticle(graph(), LE_CHAN_2023);
    const alone = await dumpGraph(graph());
    await resetGraph(graph());
    await ingestMany(graph(), [...bad.map((b) => input(b.name, b.text)), LE_CHAN_2023], { batchSize: 50, onOutcome: () => {} });
    expect(await dumpGraph(graph())).toEqual(alone);
  });
});

describe('stored with a warning', () => {
  it('31/2 for the meeting: the warning names it and no fact is dated to it', async () => {
    const result = await ingestArticle(graph(), input('impossible-day', IMPOSSIBLE_MEETING_DAY));
    expect(result.warnings).toContainEqual(expect.stringMatching(/impossible date 31\/2; left without a date/u));
    expect(await column('MATCH (m:Meeting) RETURN m.date')).toEqual([null]);
    expect(await column('MATCH (t:Tenure) RETURN toString(t.firstSeen)')).toEqual(['2023-03-06']);
  });

  it('31/02 as the publication date: the warning names it and nothing is dated at all', async () => {
    const result = await ingestArticle(graph(), input('impossible-publication', IMPOSSIBLE_PUBLICATION_DAY));
    expect(result.warnings).toContain('impossible publication date 31/02/2023');
    expect(await column('MATCH (a:Article) RETURN a.publishedAt')).toEqual([null]);
    expect(await column('MATCH (m:Meeting) RETURN m.date')).toEqual([null]);
  });

  it('names in other scripts: a warning, and no person made of them (an English name is still a name)', async () => {
    const result = await ingestArticle(graph(), input('mixed-scripts', MIXED_SCRIPTS));
    expect(result.warnings).toContainEqual(expect.stringMatching(/script other than Vietnamese's Latin letters \("Ильин"\)/u));
    expect(await column('MATCH (p:Person) RETURN p.id ORDER BY p.id')).toEqual(['person:john-smith', 'person:nguyen-van-binh']);
  });
});

describe('stored as if it were clean', () => {
  it('NFD text gives the same graph, with the same ids, as NFC', async () => {
    const text = goodArticle();
    await ingestArticle(graph(), input('article', text.normalize('NFC')));
    const nfc = await dumpGraph(graph());
    await resetGraph(graph());
    const result = await ingestArticle(graph(), input('article', text.normalize('NFD')));
    expect(result.status).toBe('new');
    expect(await dumpGraph(graph())).toEqual(nfc);
    expect(await column('MATCH (p:Person) RETURN p.id')).toEqual(['person:nguyen-van-binh']);
  });

  it('an article naming 200 people stores all of them in its one transaction', async () => {
    const result = await ingestArticle(graph(), input('two-hundred', TWO_HUNDRED_ATTENDEES));
    expect(result.status).toBe('new');
    expect((await countsByLabel(graph())).ATTENDED).toBe(200);
    const names = await column<string>('MATCH (p:Person)-[:ATTENDED]->(:Meeting) RETURN p.name');
    expect(names.sort()).toEqual([...TWO_HUNDRED_NAMES].sort());
    expect(result.counts.nodesCreated).toBeGreaterThan(200);
  });
});
