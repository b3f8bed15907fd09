/**
 * `extract --jsonl` reads {"id","text","url"} lines on stdin and writes one {"id", ...Extraction} line
 * per input line, in order. `extract FILE…` prints the same objects, pretty. Results are the only
 * thing on stdout; a line that cannot be read still yields a line, with warnings, so outputs and
 * inputs stay aligned for whoever zips them.
 */
import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import type { Extraction } from '../extract/types.js';
import { emptyExtraction, messageOf, pipelineExtract, safeExtract, write, type ExtractFn } from './shared.js';

export type { ExtractFn } from './shared.js';

export interface ExtractIo {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  /** The extractor; the pipeline's by default. Tests pass their own. */
  extract?: ExtractFn;
}

const USAGE = `usage: extract --jsonl < in.jsonl > out.jsonl
       extract FILE…

--jsonl   one {"id","text","url"} object a line on stdin, one {"id", ...extraction} a line on stdout
FILE…     plain-text articles; prints one pretty object each
`;

const ID_RE = /"id"\s*:\s*("(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?)/u;

type Id = string | number | null;
type Output = { id: Id } & Extraction;

/** The id of a line that is not valid JSON, when it can still be seen, so the line stays traceable. */
function salvageId(line: string): Id {
  const m = ID_RE.exec(line);
  if (!m?.[1]) return null;
  try {
    const v: unknown = JSON.parse(m[1]);
    return typeof v === 'string' || typeof v === 'number' ? v : null;
  } catch {
    return null;
  }
}

function processLine(extract: ExtractFn, line: string, lineNo: number): Output {
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch (e) {
    return { id: salvageId(line), ...emptyExtraction([`line ${lineNo}: not valid JSON (${messageOf(e)})`]) };
  }
  if (record === null || typeof record !== 'object' || Array.isArray(record)) {
    return { id: null, ...emptyExtraction([`line ${lineNo}: not a JSON object`]) };
  }
  const r = record as Record<string, unknown>;
  const id: Id = typeof r.id === 'string' || typeof r.id === 'number' ? r.id : null;
  const url = typeof r.url === 'string' ? r.url : null;
  if (typeof r.text !== 'string') {
    return { id, ...emptyExtraction([`line ${lineNo}: no "text" string`]) };
  }
  const extraction = safeExtract(extract, r.text, url);
  if (r.text.trim() === '') extraction.warnings.push('empty text');
  return { id, ...extraction };
}

async function runJsonl(io: ExtractIo, extract: ExtractFn): Promise<number> {
  const lines = createInterface({ input: io.stdin, crlfDelay: Infinity });
  // A consumer that stops reading (`| head`) is not our failure: stop quietly instead of crashing on EPIPE.
  let outputClosed = false;
  const onOutputError = (): void => {
    outputClosed = true;
    lines.close();
  };
  io.stdout.on('error', onOutputError);
  let lineNo = 0;
  try {
    for await (const line of lines) {
      if (outputClosed) break;
      lineNo++;
      if (line.trim() === '') continue;
      await write(io.stdout, `${JSON.stringify(processLine(extract, line, lineNo))}\n`);
    }
  } catch (e) {
    if (outputClosed) return 0;
    io.stderr.write(`extract: cannot read stdin: ${messageOf(e)}\n`);
    return 1;
  } finally {
    io.stdout.removeListener('error', onOutputError);
  }
  return 0;
}

async function runFiles(io: ExtractIo, extract: ExtractFn, files: string[]): Promise<number> {
  let code = 0;
  for (const file of files) {
    let out: Output;
    try {
      const text = await readFile(file, 'utf8');
      out = { id: file, ...safeExtract(extract, text, null) };
    } catch (e) {
      io.stderr.write(`extract: cannot read ${file}: ${messageOf(e)}\n`);
      out = { id: file, ...emptyExtraction([`cannot read file: ${messageOf(e)}`]) };
      code = 1;
    }
    await write(io.stdout, `${JSON.stringify(out, null, 2)}\n`);
  }
  return code;
}

export async function runExtract(argv: string[], io: Partial<ExtractIo> = {}): Promise<number> {
  const full: ExtractIo = {
    stdin: io.stdin ?? process.stdin,
    stdout: io.stdout ?? process.stdout,
    stderr: io.stderr ?? process.stderr,
  };
  if (argv.includes('--help') || argv.includes('-h')) {
    full.stdout.write(USAGE);
    return 0;
  }
  const files = argv.filter((a) => a !== '--jsonl');
  if (!argv.includes('--jsonl') && files.length === 0) {
    full.stderr.write(USAGE);
    return 2;
  }
  const unknown = files.filter((a) => a.startsWith('--'));
  if (unknown.length > 0) {
    full.stderr.write(`extract: unknown option ${unknown.join(' ')}\n${USAGE}`);
    return 2;
  }
  const extract = io.extract ?? (await pipelineExtract());
  return argv.includes('--jsonl') ? runJsonl(full, extract) : runFiles(full, extract, files);
}
