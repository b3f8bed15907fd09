/**
 * The writer fuzzed on the real Neo4j: 10,000 generated inputs (articles of the genre's sentence
 * shapes, versions of one URL, repeats, junk) through ingestMany in batches. Every input gets an
 * outcome, every refusal is one of the writer's own by name (no database error, no crash), and the
 * graph keeps its invariants: nothing without its evidence, nothing orphaned, nothing doubled.
 */
import { describe, expect, it } from 'vitest';
import { ingestMany } from '../../../src/graph/write/ingest.js';
import type { IngestOutcome } from '../../../src/graph/write/types.js';
import { writerInputs } from '../../helpers/article-arbitraries.js';
import { countsByLabel, useEmptyGraph } from '../../helpers/graph.js';

const INPUTS = 10_000;
const SEED = 20261203;

/** The refusals prepareInput and the extraction make; anything else would be a crash or a database failure. */
const REFUSAL = /: (empty text|no letters|binary content|binary or wrongly decoded content|looks like HTML|publication date \d{4}-\d{2}-\d{2} is in the future)/u;

/** Each query counts what must not exist. */
const INVARIANTS: Record<string, string> = {
  'a tenure without evidence': 'MATCH (t:Tenure) WHERE NOT (t)-[:EVIDENCED_BY]->(:Article) RETURN count(t)',
  'a tenure without exactly one holder and one post': 'MATCH (t:Tenure) WHERE COUNT { (:Person)-[:HOLDS]->(t) } <> 1 OR COUNT { (t)-[:OF]->(:Position) } <> 1 RETURN count(t)',
  'a tenure whose span is not its evidence': `MATCH (t:Tenure) CALL (t) { MATCH (t)-[e:EVIDENCED_BY]->() RETURN count(CASE WHEN NOT e.former THEN e END) AS held, min(CASE WHEN NOT e.former THEN e.asOf END) AS first, max(CASE WHEN NOT e.former THEN e.asOf END) AS last }
    WITH t, held, first, last WHERE t.observations <> held OR coalesce(t.firstSeen <> first, t.firstSeen IS NOT NULL OR first IS NOT NULL) OR coalesce(t.lastSeen <> last, t.lastSeen IS NOT NULL OR last IS NOT NULL) RETURN count(t)`,
  'a meeting no article reports': 'MATCH (m:Meeting) WHERE NOT (m)<-[:REPORTS]-(:Article) RETURN count(m)',
  'a person no article names': 'MATCH (p:Person) WHERE NOT (p)<-[:MENTIONS]-(:Article) RETURN count(p)',
  'a post nobody holds': 'MATCH (p:Position) WHERE NOT (p)<-[:OF]-(:Tenure) RETURN count(p)',
  // A body that took over from a ceased one (2025 reorganization) is pointed at by its predecessor.
  'a body nothing points at': 'MATCH (o:Organization) WHERE NOT (o)<-[:IN]-(:Position) AND NOT (o)<-[:ORGANIZED_BY]-(:Meeting) AND NOT (o)<-[:PART_OF|SUCCEEDED_BY]-(:Organization) RETURN count(o)',
  'a participation citing an article that is not stored': 'MATCH (:Person)-[r:CHAIRED|SPOKE_AT|ATTENDED]->(:Meeting) WHERE NOT EXISTS { MATCH (a:Article {id: r.article}) } RETURN count(r)',
  'evidence without its sentence': "MATCH ()-[e:EVIDENCED_BY|REPORTS]->() WHERE e.sentence IS NULL OR trim(e.sentence) = '' RETURN count(e)",
  'a half-written or still locked article': 'MATCH (a:Article) WHERE a.contentHash IS NULL OR a.ingestLock IS NOT NULL RETURN count(a)',
  // Two URLs may each take the same text as a new version; any other copy is a duplicate.
  'one text stored twice': 'MATCH (a:Article) WITH a.contentHash AS h, count(*) AS n, count(a.url) AS versions WHERE n > 1 AND versions < n RETURN count(h)',
  'one URL stored twice': 'MATCH (a:Article) WHERE a.url IS NOT NULL WITH a.url AS u, count(*) AS n WHERE n > 1 RETURN count(u)',
  'one id on two nodes': 'MATCH (n) WHERE NOT n:NameLock WITH n.id AS id, count(*) AS c WHERE c > 1 RETURN count(id)',
  'a person in another script': "MATCH (p:Person) WHERE p.name =~ '.*[\\\\x{0400}-\\\\x{04FF}].*' RETURN count(p)",
};

const graph = useEmptyGraph();

describe(`the writer, fuzzed with ${INPUTS.toLocaleString('en')} inputs (seed ${SEED})`, () => {
  it('answers every input, refuses only by name, and leaves a graph that keeps its invariants', { timeout: 600_000 }, async () => {
    const inputs = writerInputs(INPUTS, SEED);
    const outcomes: IngestOutcome[] = [];
    await ingestMany(graph(), inputs, { batchSize: 1000, onOutcome: (o) => outcomes.push(o) });

    expect(outcomes).toHaveLength(INPUTS);
    const crashes = outcomes.flatMap((o) => (!o.ok && !REFUSAL.test(o.error) ? [o.error] : []));
    expect(crashes).toEqual([]);
    const statuses = { new: 0, unchanged: 0, replaced: 0, failed: 0 };
    for (const o of outcomes) statuses[o.ok ? o.status : 'failed']++;
    for (const [status, n] of Object.entries(statuses)) expect(n, status).toBeGreaterThan(100);

    const counts = await countsByLabel(graph());
    expect(counts.Article).toBe(statuses.new);
    expect(counts.Tenure).toBeGreaterThan(1000);
    expect(counts.Meeting).toBeGreaterThan(1000);
    const broken: Record<string, number> = {};
    for (const [what, cypher] of Object.entries(INVARIANTS)) {
      const { records } = await graph().executeQuery(cypher);
      broken[what] = records[0]!.get(0) as number;
    }
    expect(broken).toEqual(Object.fromEntries(Object.keys(INVARIANTS).map((k) => [k, 0])));
  });
});
