/**
 * Token patterns over a spanned sentence, in the spirit of spaCy's Matcher: a rule's `match` is a
 * string of elements separated by spaces, compiled once.
 *
 *   PERSON            one person token          [PERSON]   the same, captured for the rule's role
 *   [PERSON+]         a list of people joined by ",", ";", "và", "-": each gets the role
 *   [PERSON&]         a list joined by "và" alone (a comma there ends one clause and opens the next)
 *   V_CHAIR|V_SPEAK   a span tagged by the role lexicon with either tag (or a word: V_OBJ|nhận)
 *   có|là             a word (its tone key, lower case), or one of several
 *   , ; :             a punctuation mark
 *   X? X*             optional, any number (greedy)
 *   …                 up to GAP_MAX tokens, as few as possible, crossing no person and no ". ; :"
 *   ^ $               the sentence's start (after a bullet or a fronted adverbial and its comma) and end
 *   !X                the next token is not X (consumes nothing)
 */
import { toneKey } from './normalize.js';
import type { RoleTag } from './lexicon/role-words.js';
import type { SpannedSentence, TagSpan, Token } from './spans.js';

type Element =
  | { kind: 'person'; list: 'one' | 'any' | 'and'; capture: boolean }
  | { kind: 'tag'; tags: readonly RoleTag[]; keys: ReadonlySet<string>; min: number; max: number }
  | { kind: 'word'; keys: ReadonlySet<string>; min: number; max: number }
  | { kind: 'gap' }
  | { kind: 'start' }
  | { kind: 'end' }
  | { kind: 'not'; inner: Element };

export interface Pattern {
  source: string;
  elements: readonly Element[];
  /** What a sentence must hold for the pattern to match anywhere: each entry a set of tags or words, one of which must be present. */
  needs: ReadonlyArray<readonly string[]>;
}

export interface MatchResult {
  /** Token range [from, to) the pattern covered. */
  from: number;
  to: number;
  captured: Token[];
  /** The tag spans the pattern matched, in order. */
  spans: TagSpan[];
}

const GAP_MAX = 30;
const TAG_NAME = /^[A-Z_]+$/u;
const LIST_SEPARATORS = new Set([',', ';', 'và', '-', '–', 'các']);
const AND_SEPARATORS = new Set(['và', 'các']);
const GAP_STOPS = new Set(['.', ';', ':', '?', '!']);
const BULLETS = new Set(['-', '–', '•', '·', '+', '*', '"', '“']);
const CLOSERS = new Set(['.', '!', '?', '…', '"', '”', ')']);

function compileOne(word: string): Element {
  if (word === '…') return { kind: 'gap' };
  if (word === '^') return { kind: 'start' };
  if (word === '$') return { kind: 'end' };
  if (word.length > 1 && word.startsWith('!')) return { kind: 'not', inner: compileOne(word.slice(1)) };
  const person = /^(\[)?PERSON([+&])?(\])?$/u.exec(word);
  if (person) {
    if (!!person[1] !== !!person[3]) throw new Error(`pattern element "${word}": unbalanced brackets`);
    return { kind: 'person', list: person[2] === '+' ? 'any' : person[2] === '&' ? 'and' : 'one', capture: !!person[1] };
  }
  const quant = /[?*]$/u.exec(word)?.[0];
  const body = quant && word.length > 1 ? word.slice(0, -1) : word;
  const [min, max] = quant === '?' ? [0, 1] : quant === '*' ? [0, Infinity] : [1, 1];
  const alts = body.split('|');
  const keys = new Set(alts.filter((a) => !TAG_NAME.test(a)).map((a) => toneKey(a).toLowerCase()));
  if (keys.size === alts.length) return { kind: 'word', keys, min, max };
  return { kind: 'tag', tags: alts.filter((a) => TAG_NAME.test(a)) as RoleTag[], keys, min, max };
}

/** Compiles a pattern; multi-word literals are written as separate words ("dưới sự V_CHAIR của"). */
export function compile(source: string): Pattern {
  const words = source.trim().split(/\s+/u);
  if (!words.length || !words[0]) throw new Error('empty pattern');
  const elements = words.map(compileOne);
  return { source, elements, needs: elements.flatMap(needOf) };
}

const PERSON_NEED = '@person';

function needOf(el: Element): string[][] {
  if (el.kind === 'person') return [[PERSON_NEED]];
  if ((el.kind === 'tag' || el.kind === 'word') && el.min > 0) {
    return [[...(el.kind === 'tag' ? el.tags : []), ...el.keys]];
  }
  return [];
}

/** The tags and words a sentence holds, to skip at once the patterns that need something it lacks. */
export function sentenceHolds(s: SpannedSentence): ReadonlySet<string> {
  const held = new Set<string>();
  for (const t of s.tokens) held.add(t.person ? PERSON_NEED : t.key);
  for (const spans of s.tagsAt) for (const t of spans) held.add(t.tag);
  return held;
}

export const mayMatch = (p: Pattern, held: ReadonlySet<string>): boolean => p.needs.every((need) => need.some((n) => held.has(n)));

interface State {
  s: SpannedSentence;
  captured: Token[];
  spans: TagSpan[];
}

const isPerson = (t: Token | undefined): boolean => !!t?.person;

/** The person lists that start at `i`, longest first: each a list of token indexes and where it ends. */
function personLists(s: SpannedSentence, from: number, list: 'one' | 'any' | 'and'): Array<{ people: number[]; end: number }> {
  // "là Phó Thủ tướng A": a title written before the name, with no body, is outside the person's
  // token (it names no post to keep) but still opens the list.
  // After a colon the first item may open with its posts, commas and all ("có: Tổng Bí thư, Chủ tịch nước A; …").
  const i = listStart(s, from);
  if (!isPerson(s.tokens[i])) return [];
  const found = [{ people: [i], end: i + 1 }];
  if (list === 'one') return found;
  const seps = list === 'and' ? AND_SEPARATORS : LIST_SEPARATORS;
  let at = i + 1;
  const people = [i];
  for (;;) {
    let j = at;
    while (j < s.tokens.length && seps.has(s.tokens[j]?.key ?? '')) j++;
    // "A; nguyên Tổng Bí thư B; các Phó Thủ tướng: C, D": in a list, posts written before a name
    // belong to it, and a colon after a shared post only opens the names that share it.
    if (j > at) j = pastPostWords(s, j);
    // "A, Trưởng Ban … về xây dựng và phát triển …; B": the posts of an item may run past what
    // was read as posts; a semicolon still ends the item.
    if (!isPerson(s.tokens[j]) && list === 'any') {
      const rest = pastItemRest(s, at);
      if (rest > at) j = pastPostWords(s, rest);
    }
    if (!isPerson(s.tokens[j])) break;
    people.push(j);
    at = j + 1;
    found.push({ people: [...people], end: at });
  }
  return found.reverse();
}

/** Where a list that may start at `from` has its first person, cached per sentence: every rule asks at every token. */
const LIST_STARTS = new WeakMap<SpannedSentence, Int32Array>();

function listStart(s: SpannedSentence, from: number): number {
  let starts = LIST_STARTS.get(s);
  if (!starts) {
    starts = new Int32Array(s.tokens.length).fill(-1);
    LIST_STARTS.set(s, starts);
  }
  const known = starts[from] ?? -1;
  if (known >= 0) return known;
  // After a colon the first item may open with its posts, commas and all ("có: Tổng Bí thư, Chủ tịch nước A; …").
  const opensList = s.tokens[from - 1]?.key === ':';
  const t = s.tokens[from];
  const at = t && !isPerson(t) && (t.capital || opensList) ? (opensList ? pastPostWords(s, from) : pastTitleWords(s, from)) : from;
  starts[from] = at;
  return at;
}

const TITLE_WORDS_MAX = 8;
const WORD = /^[\p{L}\p{M}]/u;

/** Past a bare title right before a name ("Phó Thủ tướng A"): words only, no mark between. */
function pastTitleWords(s: SpannedSentence, from: number): number {
  for (let j = from; j < Math.min(s.tokens.length, from + TITLE_WORDS_MAX); j++) {
    const t = s.tokens[j];
    if (!t || isPerson(t)) return j;
    if (!WORD.test(t.key) || (s.tagsAt[j] ?? []).some((x) => x.tag.startsWith('V_') || x.tag === 'HAVE')) return from;
  }
  return from;
}

const POST_WORDS_MAX = 15;
const NOT_IN_POST = new Set(['.', '?', '!', '(', ')']);

/** Past the words of a post that stands before the next name of a list; where the name should be. */
function pastPostWords(s: SpannedSentence, from: number): number {
  for (let j = from; j < Math.min(s.tokens.length, from + POST_WORDS_MAX); j++) {
    const t = s.tokens[j];
    if (!t || isPerson(t)) return j;
    if (NOT_IN_POST.has(t.key) || (s.tagsAt[j] ?? []).some((x) => x.tag.startsWith('V_') || x.tag === 'HAVE')) return from;
  }
  return from;
}

const ITEM_REST_MAX = 40;
// A post's rest may hold a parenthesis ("Nghị quyết 32 (khóa IX)"), never the end of a sentence.
const SENTENCE_MARKS = new Set(['.', '?', '!']);

/** Past the rest of a list item up to its semicolon (and the separators after it), or `from`. */
function pastItemRest(s: SpannedSentence, from: number): number {
  for (let j = from; j < Math.min(s.tokens.length, from + ITEM_REST_MAX); j++) {
    const t = s.tokens[j];
    if (!t || isPerson(t)) return from;
    if (t.key === ';') {
      let k = j + 1;
      while (k < s.tokens.length && LIST_SEPARATORS.has(s.tokens[k]?.key ?? '')) k++;
      return k;
    }
    if (SENTENCE_MARKS.has(t.key) || t.key === ':' || (s.tagsAt[j] ?? []).some((x) => x.tag.startsWith('V_') || x.tag === 'HAVE')) return from;
  }
  return from;
}

function tagSpansAt(s: SpannedSentence, i: number, tags: readonly RoleTag[]): TagSpan[] {
  return (s.tagsAt[i] ?? []).filter((t) => tags.includes(t.tag));
}

const FRONTED_MAX = 16;

/**
 * The sentence's start: after a bullet, or after a fronted adverbial closed by a comma that names
 * nobody and acts on nothing ("Tại điểm cầu X, dự hội nghị có …", "Sáng 5/3, chủ trì …").
 */
const CLAUSE_STARTS = new WeakMap<SpannedSentence, Uint8Array>();

function opensClause(s: SpannedSentence, i: number): boolean {
  let known = CLAUSE_STARTS.get(s);
  if (!known) {
    known = new Uint8Array(s.tokens.length + 1);
    CLAUSE_STARTS.set(s, known);
  }
  if (!known[i]) known[i] = clauseOpensAt(s, i) ? 1 : 2;
  return known[i] === 1;
}

function clauseOpensAt(s: SpannedSentence, i: number): boolean {
  let j = 0;
  while (j < i && BULLETS.has(s.tokens[j]?.key ?? '')) j++;
  if (j === i) return true;
  if (s.tokens[i - 1]?.key !== ',' || i - j > FRONTED_MAX) return false;
  for (let k = j; k < i - 1; k++) {
    const t = s.tokens[k];
    if (!t || isPerson(t) || GAP_STOPS.has(t.key) || (s.tagsAt[k] ?? []).some((x) => x.tag.startsWith('V_'))) return false;
  }
  return true;
}

/** Tries elements[k..] from token i; on success returns the end token index. */
function step(elements: readonly Element[], k: number, i: number, st: State): number | null {
  const el = elements[k];
  if (!el) return i;
  const { s } = st;
  switch (el.kind) {
    case 'start':
      return opensClause(s, i) ? step(elements, k + 1, i, st) : null;
    case 'end': {
      for (let j = i; j < s.tokens.length; j++) if (!CLOSERS.has(s.tokens[j]?.key ?? '')) return null;
      return step(elements, k + 1, s.tokens.length, st);
    }
    case 'not': {
      const probe: State = { s, captured: [], spans: [] };
      return step([el.inner], 0, i, probe) === null ? step(elements, k + 1, i, st) : null;
    }
    case 'gap': {
      for (let j = i; j <= Math.min(s.tokens.length, i + GAP_MAX); j++) {
        if (j > i) {
          const passed = s.tokens[j - 1];
          if (!passed || isPerson(passed) || GAP_STOPS.has(passed.key)) return null;
        }
        const mark = st.captured.length;
        const spanMark = st.spans.length;
        const end = step(elements, k + 1, j, st);
        if (end !== null) return end;
        st.captured.length = mark;
        st.spans.length = spanMark;
      }
      return null;
    }
    case 'person': {
      for (const l of personLists(s, i, el.list)) {
        const mark = st.captured.length;
        if (el.capture) for (const p of l.people) st.captured.push(s.tokens[p] as Token);
        const end = step(elements, k + 1, l.end, st);
        if (end !== null) return end;
        st.captured.length = mark;
      }
      return null;
    }
    case 'tag':
    case 'word':
      return repeat(el, elements, k, i, st, 0);
  }
}

/** Greedy repetition of a word or tag element, backing off one at a time. */
function repeat(
  el: Extract<Element, { kind: 'tag' | 'word' }>,
  elements: readonly Element[],
  k: number,
  i: number,
  st: State,
  count: number,
): number | null {
  if (count < el.max) {
    const options: Array<{ to: number; span: TagSpan | null }> =
      el.kind === 'word'
        ? el.keys.has(st.s.tokens[i]?.key ?? '\u0000') && !isPerson(st.s.tokens[i]) ? [{ to: i + 1, span: null }] : []
        : [
            ...tagSpansAt(st.s, i, el.tags).map((span) => ({ to: span.to, span })),
            ...(el.keys.has(st.s.tokens[i]?.key ?? '\u0000') ? [{ to: i + 1, span: null }] : []),
          ];
    for (const o of options) {
      const spanMark = st.spans.length;
      const capMark = st.captured.length;
      if (o.span) st.spans.push(o.span);
      const end = repeat(el, elements, k, o.to, st, count + 1);
      if (end !== null) return end;
      st.spans.length = spanMark;
      st.captured.length = capMark;
    }
  }
  return count >= el.min ? step(elements, k + 1, i, st) : null;
}

/** A cheap look at whether a pattern's first element could match at token i, before any backtracking. */
function mayStartAt(first: Element, s: SpannedSentence, i: number): boolean {
  const t = s.tokens[i];
  if (!t) return false;
  switch (first.kind) {
    case 'person':
      return isPerson(s.tokens[listStart(s, i)]);
    case 'word':
      return first.min === 0 || (first.keys.has(t.key) && !isPerson(t));
    case 'tag':
      return first.min === 0 || first.keys.has(t.key) || (s.tagsAt[i] ?? []).some((x) => first.tags.includes(x.tag));
    case 'start':
      return opensClause(s, i);
    default:
      return true;
  }
}

/** Every match of the pattern, left to right, none overlapping the one before. */
export function matchAll(p: Pattern, s: SpannedSentence): MatchResult[] {
  const out: MatchResult[] = [];
  const first = p.elements[0];
  for (let i = 0; i < s.tokens.length; i++) {
    if (first && !mayStartAt(first, s, i)) continue;
    const st: State = { s, captured: [], spans: [] };
    const end = step(p.elements, 0, i, st);
    if (end === null) continue;
    out.push({ from: i, to: end, captured: st.captured, spans: st.spans });
    if (end > i) i = end - 1;
  }
  return out;
}
