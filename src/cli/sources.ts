/**
 * Command-line paths → a stream of articles for the writer. A path that cannot be read becomes a
 * failure in the stream, in its place, and reading goes on: one bad file must not cost a long run.
 *
 * - a `.jsonl` file: one article per non-empty line `{"id"?, "url"?, "text"}`, read line by line;
 * - a folder: its files, recursively, in name order, hidden files and folders skipped;
 * - a saved web page (.html, .htm): its article and metadata (html-article.ts), or a skip for a tag page;
 * - any other file: one article;
 * - `-`: JSON lines on standard input, as a `.jsonl` file (`npm run gen … | npm run ingest -- -`).
 *
 * Each article's `source` (its identity when it has no URL) is derived from its path relative to
 * `cwd`, in POSIX form, so the same files give the same identities on every machine.
 */
import { isUtf8 } from 'node:buffer';
import { createReadStream, type Dirent } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { ArticleInput, IngestFailure } from '../graph/write/types.js';
import { messageOf } from './shared.js';

/**
 * An article to write (with a note when reading it needed a guess, e.g. a page's wrong charset),
 * a failure, or a skip: a source that holds no article (a tag page) or needs no work (a page not
 * modified since it was stored). Skips do not fail a run.
 */
export type SourceItem = { ok: true; article: ArticleInput; note?: string } | ({ ok: false; skipped?: boolean } & IngestFailure);

export interface Sources {
  /** How many items to expect, when known before reading: null when a .jsonl is involved, as counting its lines would mean reading it twice. */
  total: number | null;
  items: AsyncIterable<SourceItem>;
}

export interface SourceOptions {
  /** Base of relative paths and of the `source` identities; the process's cwd by default. */
  cwd?: string;
  /** What `-` reads; the process's standard input by default. */
  stdin?: NodeJS.ReadableStream;
}

type Planned = { file: string } | { stdin: NodeJS.ReadableStream } | { failure: IngestFailure };

const FS_REASONS: Record<string, string> = {
  ENOENT: 'no such file or directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOTDIR: 'not a directory',
  EISDIR: 'is a directory',
  ELOOP: 'too many levels of symbolic links',
};

/** Node's messages repeat the absolute path; the user needs the reason, next to the path they gave. */
function fsReason(e: unknown): string {
  const code = e instanceof Error && 'code' in e && typeof e.code === 'string' ? e.code : null;
  return (code !== null ? FS_REASONS[code] : undefined) ?? messageOf(e);
}

const failure = (source: string, error: string): { ok: false } & IngestFailure => ({ ok: false, source, error });

const posixRelative = (cwd: string, file: string): string => path.relative(cwd, file).split(path.sep).join('/');

/** Saved web pages: read as pages (html-article.ts), not as text. */
const HTML_EXTENSIONS = new Set(['.html', '.htm', '.xhtml', '.shtml']);

const isJsonl = (file: string): boolean => path.extname(file).toLowerCase() === '.jsonl';

// Code-unit order, not locale order, so the reading order is the same on every machine.
const byName = (a: Dirent, b: Dirent): number => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

export async function openSources(paths: string[], options: SourceOptions = {}): Promise<Sources> {
  const cwd = options.cwd ?? process.cwd();
  const planned: Planned[] = [];
  for (const given of paths) {
    if (given === '-') {
      planned.push({ stdin: options.stdin ?? process.stdin });
      continue;
    }
    const abs = path.resolve(cwd, given);
    try {
      if ((await stat(abs)).isDirectory()) await walk(abs, cwd, planned);
      else planned.push({ file: abs });
    } catch (e) {
      planned.push({ failure: { source: posixRelative(cwd, abs), error: `${given}: ${fsReason(e)}` } });
    }
  }
  const total = planned.some((p) => 'stdin' in p || ('file' in p && isJsonl(p.file))) ? null : planned.length;
  return { total, items: readPlanned(planned, cwd) };
}

async function walk(dir: string, cwd: string, out: Planned[]): Promise<void> {
  let entries: Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (e) {
    const source = posixRelative(cwd, dir);
    out.push({ failure: { source, error: `${source}/: cannot list (${fsReason(e)})` } });
    return;
  }
  for (const entry of entries.sort(byName)) {
    if (entry.name.startsWith('.')) continue;
    const abs = path.join(dir, entry.name);
    if (entry.isDirectory()) await walk(abs, cwd, out);
    else if (entry.isFile() || (entry.isSymbolicLink() && !(await isDirectory(abs)))) out.push({ file: abs });
  }
}

/**
 * Symbolic links to folders are not followed inside a walk, so a link to a parent cannot loop; a
 * broken link counts as a file, so reading it reports the problem.
 */
async function isDirectory(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isDirectory();
  } catch {
    return false;
  }
}

async function* readPlanned(planned: Planned[], cwd: string): AsyncGenerator<SourceItem> {
  for (const p of planned) {
    if ('failure' in p) yield { ok: false, ...p.failure };
    else if ('stdin' in p) yield* readJsonl(() => p.stdin, 'stdin');
    else if (isJsonl(p.file)) yield* readJsonl(() => createReadStream(p.file), posixRelative(cwd, p.file));
    else yield await readArticle(p.file, posixRelative(cwd, p.file));
  }
}

/** Why bytes are not an article's text, or null when they are. */
function notText(bytes: Buffer): string | null {
  if (bytes.includes(0)) return 'binary data (NUL bytes), not text';
  if (!isUtf8(bytes)) return 'not valid UTF-8 text';
  return null;
}

async function readArticle(file: string, source: string): Promise<SourceItem> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (e) {
    return failure(source, `${source}: cannot read (${fsReason(e)})`);
  }
  // A saved page is decoded by its own charset declaration, so it may be in windows-1258.
  if (HTML_EXTENSIONS.has(path.extname(file).toLowerCase())) {
    // Loaded on first use: the HTML parser and Readability cost most of a second to load, which `serve`'s text seed never needs.
    const { htmlArticle } = await import('./html-article.js');
    return htmlArticle(bytes, { source, url: null });
  }
  const problem = notText(bytes);
  if (problem !== null) return failure(source, `${source}: ${problem}`);
  return { ok: true, article: { source, url: null, text: bytes.toString('utf8') } };
}

async function* readJsonl(open: () => NodeJS.ReadableStream, name: string): AsyncGenerator<SourceItem> {
  let lineNo = 0;
  try {
    for await (const bytes of splitLines(open() as AsyncIterable<Buffer>)) {
      lineNo++;
      const item = parseLine(bytes, name, lineNo);
      if (item !== null) yield item;
    }
  } catch (e) {
    yield failure(name, lineNo === 0 ? `${name}: cannot read (${fsReason(e)})` : `${name}: cannot read past line ${lineNo} (${fsReason(e)})`);
  }
}

/**
 * Splits on \n before decoding, so each line's encoding is checked on its own (a decoder would
 * silently turn bad bytes into U+FFFD) and memory holds one line, whatever the file's size.
 */
async function* splitLines(chunks: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  let pending: Buffer[] = [];
  for await (const chunk of chunks) {
    let start = 0;
    for (let nl = chunk.indexOf(0x0a); nl !== -1; nl = chunk.indexOf(0x0a, start)) {
      pending.push(chunk.subarray(start, nl));
      yield withoutCr(Buffer.concat(pending));
      pending = [];
      start = nl + 1;
    }
    if (start < chunk.length) pending.push(chunk.subarray(start));
  }
  if (pending.length > 0) yield withoutCr(Buffer.concat(pending));
}

const withoutCr = (line: Buffer): Buffer => (line.at(-1) === 0x0d ? line.subarray(0, -1) : line);

function parseLine(bytes: Buffer, file: string, lineNo: number): SourceItem | null {
  const where = `${file}:${lineNo}`;
  const fail = (why: string) => failure(where, `${where}: ${why}`);
  const problem = notText(bytes);
  if (problem !== null) return fail(problem);
  let line = bytes.toString('utf8');
  // Some editors start a file with a byte-order mark, which JSON.parse rejects.
  if (lineNo === 1 && line.startsWith('\uFEFF')) line = line.slice(1);
  if (line.trim() === '') return null;
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch (e) {
    return fail(`not valid JSON (${messageOf(e)})`);
  }
  if (record === null || typeof record !== 'object' || Array.isArray(record)) return fail('not a JSON object');
  const { id, url, text } = record as Record<string, unknown>;
  if (id !== undefined && id !== null && typeof id !== 'string' && typeof id !== 'number') return fail('"id" must be a string or a number');
  if (url !== undefined && url !== null && typeof url !== 'string') return fail('"url" must be a string');
  if (typeof text !== 'string') return fail('no "text" string');
  const articleUrl = url ? url : null;
  const source = articleUrl ?? (id !== undefined && id !== null && id !== '' ? `${file}#${id}` : where);
  return { ok: true, article: { source, url: articleUrl, text } };
}
