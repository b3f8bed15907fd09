/**
 * `export --format ftm|csv` writes the graph for other tools, streaming from Neo4j (one row at a
 * time, written with backpressure), so its size is bounded by the output, not by memory.
 *
 * - ftm: FollowTheMoney entities as JSON lines (Aleph, `ftm` tools, OpenSanctions' pipeline), to
 *   standard output or `--out FILE`;
 * - csv: one table per kind into `--out DIR` (people.csv, tenures.csv, …), UTF-8 with a BOM.
 */
import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { finished } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import type { GraphHandle } from './ingest.js';
import { openGraph } from './lifecycle.js';
import { messageOf, write } from './shared.js';

export interface ExportIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  cwd: string;
  connect?: (log: (line: string) => void) => Promise<GraphHandle>;
}

const USAGE = `usage: export --format ftm [--out FILE]
       export --format csv --out DIR

--format ftm   FollowTheMoney entities, one JSON object a line (Person, Organization, Position,
               Occupancy, Event for meetings, Article and Documentation for the sources); to
               standard output unless --out names a file
--format csv   one table per kind (people, organizations, positions, tenures, meetings,
               participations, articles) as DIR/<kind>.csv, UTF-8 with a byte-order mark
`;

export async function runExport(argv: string[], partial: Partial<ExportIo> = {}): Promise<number> {
  const io: ExportIo = { stdout: partial.stdout ?? process.stdout, stderr: partial.stderr ?? process.stderr, cwd: partial.cwd ?? process.cwd(), connect: partial.connect };
  let values: { format?: string; out?: string; help?: boolean };
  try {
    ({ values } = parseArgs({ args: argv, options: { format: { type: 'string' }, out: { type: 'string' }, help: { type: 'boolean', short: 'h' } } }));
  } catch (e) {
    io.stderr.write(`export: ${messageOf(e)}\n\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    io.stdout.write(USAGE);
    return 0;
  }
  const usage = (why: string): number => (io.stderr.write(`export: ${why}\n\n${USAGE}`), 2);
  if (values.format !== 'ftm' && values.format !== 'csv') return usage(values.format === undefined ? '--format is required (ftm or csv)' : `unknown format "${values.format}" (ftm or csv)`);
  if (values.format === 'csv' && !values.out) return usage('--format csv needs --out DIR (one file per table)');

  const log = (line: string): void => void io.stderr.write(`${line}\n`);
  const graph = await (io.connect ?? ((l) => openGraph(loadConfig().neo4j, l)))(log);
  const started = performance.now();
  try {
    const counts = values.format === 'ftm' ? await exportFtm(graph, values.out ? path.resolve(io.cwd, values.out) : null, io.stdout) : await exportCsv(graph, path.resolve(io.cwd, values.out!));
    log(`export: ${counts} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    return 0;
  } finally {
    await graph.close();
  }
}

async function exportFtm(graph: GraphHandle, file: string | null, stdout: NodeJS.WritableStream): Promise<string> {
  const { ftmEntities } = await import('../graph/export/ftm-stream.js');
  const out = file ? createWriteStream(file) : stdout;
  const bySchema = new Map<string, number>();
  for await (const entity of ftmEntities(graph.driver)) {
    bySchema.set(entity.schema, (bySchema.get(entity.schema) ?? 0) + 1);
    await write(out, `${JSON.stringify(entity)}\n`);
  }
  if (file) {
    out.end();
    await finished(out as NodeJS.WritableStream & import('node:stream').Writable);
  }
  const total = [...bySchema.values()].reduce((a, b) => a + b, 0);
  return `${total} FtM entities (${[...bySchema].map(([s, n]) => `${n} ${s}`).join(', ')})${file ? ` to ${file}` : ''}`;
}

async function exportCsv(graph: GraphHandle, dir: string): Promise<string> {
  const { BOM, CSV_TABLES, csvLine } = await import('../graph/export/csv.js');
  const { streamRows } = await import('../graph/export/stream.js');
  await mkdir(dir, { recursive: true });
  const written: string[] = [];
  for (const t of CSV_TABLES) {
    const out = createWriteStream(path.join(dir, `${t.name}.csv`));
    await write(out, BOM + csvLine(t.header));
    let rows = 0;
    for await (const row of streamRows<unknown>(graph.driver, t.query, { only: null })) {
      for (const line of t.lines(row)) {
        await write(out, csvLine(line));
        rows++;
      }
    }
    out.end();
    await finished(out);
    written.push(`${t.name} ${rows}`);
  }
  return `CSV tables in ${dir}: ${written.join(', ')} rows`;
}
