/**
 * Sentence spans over an article body. Lines are sentences of their own (captions, headings,
 * bylines stand on their own line); inside a line a sentence ends at . ! ? … followed by a space
 * and a capital, a digit or an opening quote, unless the period closes an abbreviation, an initial
 * or a list number, or the mark sits inside a quotation.
 */
import { DOTTED_ABBREVIATIONS } from './lexicon/sentence-abbreviations.js';
import { allMatches } from './patterns.js';

export interface SentenceSpan {
  text: string;
  /** Offsets into the body: body.slice(start, end) === text. */
  start: number;
  end: number;
}

const ABBREVIATIONS = new Set(DOTTED_ABBREVIATIONS);
// A run of closing marks after the stop: quotes and brackets that belong to the ending sentence.
const STOP_RE = /[.!?…]+["”’»)\]]*/gu;
const NEXT_START_RE = /^\s+(?=[\p{Lu}\p{N}"“‘«(\[])/u;
const TOKEN_CHAR_RE = /[\p{L}\p{N}\p{M}./]/u;
const INITIAL_RE = /^\p{Lu}$/u;
const LIST_NUMBER_RE = /^(?:\d{1,3}|[IVXLC]{1,6}|\p{Ll})$/u;
const OPEN_QUOTES = new Set(['“', '«', '‘']);
const CLOSE_QUOTES = new Set(['”', '»', '’']);

/** The run of letters, digits, dots and slashes that ends at `end` (a backward scan: no regex over the prefix). */
function tokenBefore(line: string, from: number, end: number): string {
  let i = end;
  while (i > from && TOKEN_CHAR_RE.test(line[i - 1]!)) i--;
  return line.slice(i, end);
}

function isAbbreviation(token: string): boolean {
  const parts = token.toLowerCase().split('.').filter(Boolean);
  if (parts.length === 0) return false;
  if (ABBREVIATIONS.has(token.toLowerCase())) return true;
  return parts.every((p) => ABBREVIATIONS.has(p));
}

/** Quote depth at each offset of the line: typographic pairs nest, straight quotes toggle. */
function quoteDepths(line: string): Uint8Array {
  const depth = new Uint8Array(line.length + 1);
  let curly = 0;
  let straight = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (OPEN_QUOTES.has(c)) curly++;
    else if (CLOSE_QUOTES.has(c) && curly > 0) curly--;
    else if (c === '"') straight = !straight;
    depth[i + 1] = Math.min(255, curly + (straight ? 1 : 0));
  }
  return depth;
}

function pushTrimmed(out: SentenceSpan[], body: string, start: number, end: number): void {
  while (start < end && /\s/u.test(body[start]!)) start++;
  while (end > start && /\s/u.test(body[end - 1]!)) end--;
  if (end > start) out.push({ text: body.slice(start, end), start, end });
}

const QUOTE_RE = /["“”«»‘’]/u;

function splitLine(out: SentenceSpan[], body: string, lineStart: number, line: string): void {
  const depth = QUOTE_RE.test(line) ? quoteDepths(line) : null;
  let from = 0;
  for (const m of allMatches(STOP_RE, line)) {
    const stopEnd = m.index + m[0].length;
    const next = NEXT_START_RE.exec(line.slice(stopEnd));
    if (!next) continue;
    // Still inside a quotation after the closing marks: an ellipsis or a quoted sentence, not the end.
    if (depth && depth[stopEnd]! > 0) continue;
    if (m[0].startsWith('.') && m[0].length === 1) {
      const token = tokenBefore(line, from, m.index);
      if (INITIAL_RE.test(token) || isAbbreviation(token)) continue;
      if (LIST_NUMBER_RE.test(token) && line.slice(from, m.index).trim() === token) continue;
    }
    pushTrimmed(out, body, lineStart + from, lineStart + stopEnd);
    from = stopEnd;
  }
  pushTrimmed(out, body, lineStart + from, lineStart + line.length);
}

/** Sentences of the body in order, each with its offsets. */
export function splitSentences(body: string): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  let lineStart = 0;
  while (lineStart <= body.length) {
    const nl = body.indexOf('\n', lineStart);
    const lineEnd = nl === -1 ? body.length : nl;
    splitLine(out, body, lineStart, body.slice(lineStart, lineEnd));
    if (nl === -1) break;
    lineStart = nl + 1;
  }
  return out;
}
