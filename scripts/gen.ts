/**
 * Writes a synthetic corpus as JSONL, one `{ id, url, published, text }` per line, to --out or
 * standard output, then one summary line to standard error. Streams with backpressure: memory
 * holds the population and one chunk of lines, however many articles are asked for.
 *
 *   npm run gen -- --articles 100000 --seed 1 [--people 5000] [--cities 3] [--out corpus.jsonl]
 *
 * With --cities K the articles come from K invented cities in turn, each with its own officials,
 * districts and wards, and their bodies often written without their place ("Thành ủy", "UBND quận"):
 * the path where a body is completed from its article's place, or kept as that article's own.
 */
import { createWriteStream } from 'node:fs';
import type { Writable } from 'node:stream';
import { ArgumentError, USAGE, parseGenArgs, type GenArgs } from '../bench/generate/args.js';
import { generateArticles, worldsFor } from '../bench/generate/index.js';

// Lines are encoded straight into buffers of about this size, each handed to the stream whole:
// one write per article, or a string built up and encoded again, would cost more than generating.
const CHUNK_BYTES = 1 << 20;
// UTF-8 takes at most three bytes for one UTF-16 code unit.
const MAX_BYTES_PER_CHAR = 3;

/** Resolves on `event`, or as soon as the stream fails or closes: a closed pipe never leaves us waiting. */
function settled(out: Writable, event: 'drain' | 'finish'): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      for (const e of [event, 'error', 'close']) out.off(e, done);
      resolve();
    };
    for (const e of [event, 'error', 'close']) out.on(e, done);
  });
}

async function run(args: GenArgs): Promise<number> {
  const started = performance.now();
  const worlds = worldsFor(args);
  const out: Writable = args.out ? createWriteStream(args.out) : process.stdout;
  let failure: NodeJS.ErrnoException | null = null;
  out.on('error', (err: NodeJS.ErrnoException) => {
    failure = err;
  });

  let written = 0;
  let bytes = 0;
  let buffer = Buffer.allocUnsafe(CHUNK_BYTES);
  let used = 0;
  const flush = async (): Promise<void> => {
    bytes += used;
    // The stream keeps the buffer until it is written: the next lines go to a new one.
    const ok = out.write(buffer.subarray(0, used));
    buffer = Buffer.allocUnsafe(CHUNK_BYTES);
    used = 0;
    if (!ok && !failure) await settled(out, 'drain');
  };
  for (const { article } of generateArticles(worlds, args.articles)) {
    if (failure) break;
    const line = `${JSON.stringify(article)}\n`;
    const room = line.length * MAX_BYTES_PER_CHAR;
    if (used + room > buffer.length) {
      if (used > 0) await flush();
      if (room > buffer.length) buffer = Buffer.allocUnsafe(room);
    }
    used += buffer.write(line, used);
    written++;
  }
  if (used > 0 && !failure) await flush();
  if (args.out && !failure) {
    out.end();
    await settled(out, 'finish');
  }
  const err = failure as NodeJS.ErrnoException | null;
  // A reader that stops early (`| head`) is not a failure of the generator.
  if (err && err.code !== 'EPIPE') {
    process.stderr.write(`gen: cannot write ${args.out ?? 'standard output'}: ${err.message}\n`);
    return 1;
  }
  const seconds = (performance.now() - started) / 1000;
  const sum = (of: (w: (typeof worlds)[number]) => number): number => worlds.reduce((n, w) => n + of(w), 0);
  process.stderr.write(
    `gen: ${written} articles${err ? ' (reader closed early)' : ''}, seed ${args.seed}, ${worlds.length > 1 ? `${worlds.length} cities, ` : ''}${sum((w) => w.people.length)} people, ` +
      `${sum((w) => w.bodies.length)} bodies (${sum((w) => w.districts.length)} districts, ${sum((w) => w.wards.length)} wards), ` +
      `${(bytes / 1e6).toFixed(1)} MB to ${args.out ?? 'stdout'} in ${seconds.toFixed(2)} s (${Math.round(written / seconds)} articles/s)\n`,
  );
  return 0;
}

async function main(): Promise<void> {
  let args: GenArgs;
  try {
    args = parseGenArgs(process.argv.slice(2));
  } catch (err) {
    if (!(err instanceof ArgumentError)) throw err;
    process.stderr.write(`gen: ${err.message}\n${USAGE}\n`);
    process.exitCode = 2;
    return;
  }
  process.exitCode = await run(args);
}

await main();
