/**
 * The benchmark's results as one JSON document and as Markdown tables, with the ratios the targets
 * are stated in: ours/raw p50 (one client), ours/@neo4j/graphql requests/s (1 and 32 clients), and
 * each operation's p50 at the largest size over the smallest.
 */
import type { ExtractionResult } from './extraction.js';
import type { IngestSpeed } from './ingest-speed.js';
import type { BuildRecord } from './manifest.js';
import { IMPLEMENTATIONS, IMPLEMENTATION_NAMES, OPERATION_NAMES, OPERATION_TITLES, type Implementation, type OperationName } from './operations.js';
import { CONCURRENCIES, STEADY, type Cell, type ReadsResult } from './reads.js';

/** The targets (issue 21): within 1.5 × the floor at one client, 1.1 × the library's throughput, no more memory than it. */
export const TARGETS = { oursOverRawP50: 1.5, oursOverLibraryRps: 1.1, largestOverSmallestP50: 1.5, oursOverLibraryPeakRss: 1 } as const;

export interface SizeResult {
  articles: number;
  reused: boolean;
  build: BuildRecord;
  reads: ReadsResult;
}

export interface BenchReport {
  date: string;
  mode: 'quick' | 'full';
  commit: string;
  machine: { cpus: number; cpuModel: string; ramGiB: number; os: string };
  versions: Record<string, string>;
  settings: { seed: number; batchSize: number; seconds: number; warmUpSeconds: number; sampleSize: number; database: string };
  extraction: ExtractionResult;
  ingest: IngestSpeed;
  sizes: SizeResult[];
  wallSeconds: number;
}

export interface Ratio {
  articles: number;
  operation: OperationName;
  connections: number;
  value: number;
}

const cellOf = (cells: readonly Cell[], operation: OperationName, implementation: Implementation, connections: number): Cell | undefined =>
  cells.find((c) => c.operation === operation && c.implementation === implementation && c.connections === connections);

/** ours/raw p50 at one client: 1.0 is the floor, the target is ≤ 1.3. */
export function oursOverRawP50(sizes: readonly SizeResult[]): Ratio[] {
  return sizes.flatMap(({ articles, reads }) => OPERATION_NAMES.flatMap((operation) => {
    const ours = cellOf(reads.cells, operation, 'ours', 1);
    const raw = cellOf(reads.cells, operation, 'raw', 1);
    return ours && raw ? [{ articles, operation, connections: 1, value: ours.p50Ms / raw.p50Ms }] : [];
  }));
}

/** ours/@neo4j/graphql requests per second at each concurrency: the target is ≥ 1. */
export function oursOverLibraryRps(sizes: readonly SizeResult[]): Ratio[] {
  return sizes.flatMap(({ articles, reads }) => OPERATION_NAMES.flatMap((operation) => CONCURRENCIES.flatMap((connections) => {
    const ours = cellOf(reads.cells, operation, 'ours', connections);
    const library = cellOf(reads.cells, operation, 'library', connections);
    return ours && library ? [{ articles, operation, connections, value: ours.requestsPerSecond / library.requestsPerSecond }] : [];
  })));
}

/** Our p50 at one client on the largest graph over the smallest, when more than one size ran: the target is ≤ 1.5. */
export function largestOverSmallestP50(sizes: readonly SizeResult[]): Ratio[] {
  if (sizes.length < 2) return [];
  const ordered = [...sizes].sort((a, b) => a.articles - b.articles);
  const smallest = ordered[0]!;
  const largest = ordered[ordered.length - 1]!;
  return OPERATION_NAMES.flatMap((operation) => {
    const small = cellOf(smallest.reads.cells, operation, 'ours', 1);
    const large = cellOf(largest.reads.cells, operation, 'ours', 1);
    return small && large ? [{ articles: largest.articles, operation, connections: 1, value: large.p50Ms / small.p50Ms }] : [];
  });
}

/** The targets each ratio misses, in words: "timeline at 10,000 (c=1): ours/raw p50 2.10 > 1.3". */
export function missedTargets(sizes: readonly SizeResult[]): string[] {
  const where = (r: Ratio) => `${r.operation} at ${r.articles.toLocaleString('en')} (c=${r.connections})`;
  return [
    ...oursOverRawP50(sizes).filter((r) => r.value > TARGETS.oursOverRawP50).map((r) => `${where(r)}: ours/raw p50 ${r.value.toFixed(2)} > ${TARGETS.oursOverRawP50}`),
    ...oursOverLibraryRps(sizes).filter((r) => r.value < TARGETS.oursOverLibraryRps).map((r) => `${where(r)}: ours/@neo4j/graphql req/s ${r.value.toFixed(2)} < ${TARGETS.oursOverLibraryRps}`),
    ...largestOverSmallestP50(sizes).filter((r) => r.value > TARGETS.largestOverSmallestP50).map((r) => `${where(r)}: p50 over the smallest graph's ${r.value.toFixed(2)} > ${TARGETS.largestOverSmallestP50}`),
    ...sizes.filter(({ reads: { peakRssMb } }) => peakRssMb.ours > TARGETS.oursOverLibraryPeakRss * peakRssMb.library)
      .map(({ articles, reads: { peakRssMb } }) => `at ${articles.toLocaleString('en')}: our peak RSS ${Math.round(peakRssMb.ours)} MiB > @neo4j/graphql's ${Math.round(peakRssMb.library)}`),
  ];
}

const int = (n: number): string => Math.round(n).toLocaleString('en');
const ms = (n: number): string => (n < 1 ? n.toFixed(2) : n < 10 ? n.toFixed(1) : int(n));

function readsTable(size: SizeResult): string[] {
  const head = CONCURRENCIES.flatMap((c) => [`c=${c} p50 ms`, `c=${c} p99 ms`, `c=${c} req/s`]);
  const lines = [
    `| operation | server | ${head.join(' | ')} | failures |`,
    `|---|---|${head.map(() => '---:').join('|')}|---:|`,
  ];
  for (const operation of OPERATION_NAMES) {
    for (const implementation of IMPLEMENTATIONS) {
      const cells = CONCURRENCIES.map((c) => cellOf(size.reads.cells, operation, implementation, c));
      const values = cells.flatMap((c) => (c ? [ms(c.p50Ms), ms(c.p99Ms), int(c.requestsPerSecond)] : ['–', '–', '–']));
      const failures = cells.reduce((sum, c) => sum + (c?.failures ?? 0), 0);
      lines.push(`| ${operation} | ${IMPLEMENTATION_NAMES[implementation]} | ${values.join(' | ')} | ${failures} |`);
    }
  }
  return lines;
}

function ratioTable(sizes: readonly SizeResult[]): string[] {
  const articles = sizes.map((s) => s.articles);
  const lookup = (ratios: Ratio[], n: number, operation: OperationName, c: number) => ratios.find((r) => r.articles === n && r.operation === operation && r.connections === c)?.value.toFixed(2) ?? '–';
  const raw = oursOverRawP50(sizes);
  const library = oursOverLibraryRps(sizes);
  const scale = largestOverSmallestP50(sizes);
  const columns = [
    ...articles.map((n) => ({ title: `ours/raw p50, ${int(n)}`, value: (op: OperationName) => lookup(raw, n, op, 1) })),
    ...articles.flatMap((n) => CONCURRENCIES.map((c) => ({ title: `ours/@neo4j req/s c=${c}, ${int(n)}`, value: (op: OperationName) => lookup(library, n, op, c) }))),
    ...(scale.length ? [{ title: `p50 ${int(Math.max(...articles))}/${int(Math.min(...articles))}`, value: (op: OperationName) => lookup(scale, Math.max(...articles), op, 1) }] : []),
  ];
  return [
    `| operation | ${columns.map((c) => c.title).join(' | ')} |`,
    `|---|${columns.map(() => '---:').join('|')}|`,
    ...OPERATION_NAMES.map((op) => `| ${op} | ${columns.map((c) => c.value(op)).join(' | ')} |`),
  ];
}

export function markdown(report: BenchReport): string {
  const { machine, versions, settings, extraction, ingest } = report;
  const missed = missedTargets(report.sizes);
  return [
    `# Benchmark, ${report.mode} run, ${report.date}`,
    '',
    `Commit ${report.commit}; ${machine.cpus} × ${machine.cpuModel}, ${machine.ramGiB.toFixed(1)} GiB, ${machine.os}; ${Object.entries(versions).map(([k, v]) => `${k} ${v}`).join(', ')}.`,
    `Database: ${settings.database}. Generated corpus seed ${settings.seed}; ${settings.sampleSize} sampled inputs per operation; every server first warmed on every operation at c=32, in passes of ${settings.warmUpSeconds} s until one pass's req/s are within ${STEADY * 100} % of the one before (${report.sizes.map((s) => `${int(s.articles)}: ${s.reads.warm.passes} passes${s.reads.warm.steady ? '' : ', not steady'}`).join('; ')}), the servers taking turns at going first; then ${settings.seconds} s per cell after ${settings.warmUpSeconds} s of warm-up; wall time ${int(report.wallSeconds)} s.`,
    '',
    '## Extraction and ingest',
    '',
    `- extraction: ${int(extraction.articlesPerSecond)} articles/s on one core (${int(extraction.articles)} generated articles, ${extraction.megabytesPerSecond.toFixed(2)} MB/s of text)`,
    `- ingest of ${int(ingest.articles)} articles on a fresh Neo4j, batches of ${ingest.batchSize}: bulk path ${int(ingest.bulk.articlesPerSecond)} articles/s; floor (plain UNWIND of the same rows, planning excluded) ${int(ingest.floor.articlesPerSecond)} articles/s; bulk/floor ${(ingest.bulk.articlesPerSecond / ingest.floor.articlesPerSecond).toFixed(2)}`,
    ...report.sizes.map((s) => `- graph of ${int(s.articles)} articles: ${s.reused ? 'reused' : 'built in this run'}; its build ran at ${int(s.build.articlesPerSecond)} articles/s (${s.build.resumedFrom ? `resumed from ${int(s.build.resumedFrom)} stored, ` : ''}${int(s.build.seconds)} s, ${int(s.build.nodes)} nodes, ${int(s.build.relationships)} relationships, ${s.build.failed} failed)`),
    '',
    '## Reads',
    '',
    ...OPERATION_NAMES.map((op) => `- **${op}**: ${OPERATION_TITLES[op]}`),
    '',
    ...report.sizes.flatMap((s) => [`### ${int(s.articles)} articles`, '', ...readsTable(s), '']),
    '## Ratios',
    '',
    ...ratioTable(report.sizes),
    '',
    `Targets: ours/raw p50 ≤ ${TARGETS.oursOverRawP50} at one client; ours/@neo4j/graphql req/s ≥ ${TARGETS.oursOverLibraryRps}; p50 at the largest graph ≤ ${TARGETS.largestOverSmallestP50} × the smallest's; our peak RSS ≤ @neo4j/graphql's. "ours, cached" is not in any ratio.`,
    missed.length === 0 ? 'All targets met.' : `Missed:\n${missed.map((m) => `- ${m}`).join('\n')}`,
    '',
    '## Memory: peak RSS of each server process (MiB)',
    '',
    `| articles | ${IMPLEMENTATIONS.map((i) => IMPLEMENTATION_NAMES[i]).join(' | ')} |`,
    `|---:|${IMPLEMENTATIONS.map(() => '---:').join('|')}|`,
    ...report.sizes.map((s) => `| ${int(s.articles)} | ${IMPLEMENTATIONS.map((i) => int(s.reads.peakRssMb[i])).join(' | ')} |`),
    '',
  ].join('\n');
}
