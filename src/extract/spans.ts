/**
 * A sentence as typed spans: syllables and punctuation as tokens, each person mention (its honorific,
 * name and posts) as one PERSON token, and the role lexicon's phrases as tags over token ranges.
 * The role rules (rules/roles.ts) match over this, never over characters: Vietnamese writes one
 * syllable a word, so a phrase of the lexicon is a run of tokens whatever the spacing.
 */
import { toneKey } from './normalize.js';
import { namePrefixAt } from './patterns.js';
import { ROLE_WORDS, type RoleTag, type TaggedEntry } from './lexicon/role-words.js';
import type { Mention } from './people.js';

export interface PersonRef {
  name: string;
  /** Named only by a post the article shows one person holding ("Chủ tịch UBND tỉnh nhấn mạnh"). */
  byTitle: boolean;
}

export interface Token {
  /** Lower-case tone key of the syllable, or the punctuation mark itself. */
  key: string;
  start: number;
  end: number;
  /** Starts with a capital letter (inside a sentence: a word of a name, not a verb). */
  capital: boolean;
  person?: PersonRef;
}

export interface TagSpan {
  tag: RoleTag;
  /** Token range [from, to). */
  from: number;
  to: number;
  /** The phrase as written, lower case. */
  text: string;
}

export interface SpannedSentence {
  text: string;
  tokens: Token[];
  /** Tags starting at each token. */
  tagsAt: TagSpan[][];
}

/** A post named without a name, with the person the article shows holding it. */
export interface TitleRef {
  start: number;
  end: number;
  name: string;
}

const WORD_OR_MARK = /[\p{L}\p{M}\p{N}'’]+|[^\s\p{L}\p{M}\p{N}]/gu;

// What each UTF-16 code unit is, learnt once per unit from the regexes above: a sentence is split
// into tokens by table look-ups, not by a regex match per syllable.
const WORD = 1;
const SPACE = 2;
const MARK = 3;
const HIGH_SURROGATE = 4;
const KINDS = new Uint8Array(0x10000);
const WORD_CHAR = /^[\p{L}\p{M}\p{N}'’]$/u;
function charKind(code: number): number {
  let kind = KINDS[code] ?? 0;
  if (kind) return kind;
  const c = String.fromCharCode(code);
  kind = code >= 0xd800 && code <= 0xdbff ? HIGH_SURROGATE : /^\s$/u.test(c) ? SPACE : WORD_CHAR.test(c) ? WORD : MARK;
  KINDS[code] = kind;
  return kind;
}

interface PhraseNode {
  next: Map<string, PhraseNode>;
  entries: TaggedEntry[];
}

/** The lexicon as a trie over syllable keys: one walk from each token finds every phrase starting there. */
function buildTrie(entries: readonly TaggedEntry[]): PhraseNode {
  const root: PhraseNode = { next: new Map(), entries: [] };
  for (const e of entries) {
    let node = root;
    for (const syllable of toneKey(e.text).toLowerCase().match(WORD_OR_MARK) ?? []) {
      let child = node.next.get(syllable);
      if (!child) {
        child = { next: new Map(), entries: [] };
        node.next.set(syllable, child);
      }
      node = child;
    }
    node.entries.push(e);
  }
  return root;
}
const TRIE = buildTrie(ROLE_WORDS);

/**
 * Where a person token starts: at the post written before the name ("Phó Chủ tịch UBND tỉnh A"),
 * else at the honorific, rank or degree right before it. A post shared by a whole list ("các Ủy
 * viên …: A, B") stands before the colon and stays outside.
 */
function personStart(key: string, m: Mention, floor: number): number {
  const pre = m.posts.find((p) => p.start < m.start && p.start >= floor && !/[:;]/u.test(key.slice(p.end, m.start)) && m.start - p.end <= 24);
  const head = pre ? pre.start : m.start;
  const from = Math.max(floor, head - 40);
  const at = namePrefixAt(key.slice(from, head));
  return at < 0 ? head : from + at;
}

/** "Đại biểu A (Tổ đại biểu huyện X) chất vấn": a parenthesis right after a person describes them. */
const APPOSITIVE = /^\s*\([^()]{1,80}\)/u;
const appositiveLength = (key: string, at: number): number => APPOSITIVE.exec(key.slice(at, at + 90))?.[0].length ?? 0;

export function spanSentence(text: string, mentions: readonly Mention[], titles: readonly TitleRef[] = []): SpannedSentence {
  const key = toneKey(text);
  const people = [
    ...mentions.map((m) => ({ start: m.start, end: m.end, name: m.name, byTitle: false, mention: m })),
    ...titles.map((t) => ({ ...t, byTitle: true, mention: null })),
  ].sort((a, b) => a.start - b.start);
  const tokens: Token[] = [];
  let cursor = 0;
  // Lower-cased once: Vietnamese letters keep their length, so offsets into `key` hold in `lower`.
  const lower = key.toLowerCase();
  const sameLength = lower.length === key.length;
  const pushWords = (from: number, to: number): void => {
    let i = from;
    while (i < to) {
      const kind = charKind(key.charCodeAt(i));
      if (kind === SPACE) {
        i++;
        continue;
      }
      let end = i + 1;
      if (kind === WORD) while (end < to && charKind(key.charCodeAt(end)) === WORD) end++;
      else if (kind === HIGH_SURROGATE && end < to) end++;
      const word = sameLength ? lower.slice(i, end) : key.slice(i, end).toLowerCase();
      tokens.push({ key: word, start: i, end, capital: word.charCodeAt(0) !== key.charCodeAt(i) });
      i = end;
    }
  };
  for (const person of people) {
    if (person.start < cursor) continue;
    const start = person.mention ? personStart(key, person.mention, cursor) : person.start;
    pushWords(cursor, start);
    const end = person.end + appositiveLength(key, person.end);
    tokens.push({ key: '@person', start, end, capital: true, person: { name: person.name, byTitle: person.byTitle } });
    cursor = end;
  }
  pushWords(cursor, key.length);
  return { text, tokens, tagsAt: tagTokens(tokens, text) };
}

function tagTokens(tokens: readonly Token[], text: string): TagSpan[][] {
  const tagsAt: TagSpan[][] = tokens.map(() => []);
  // Longest phrase first, and no phrase inside another: "phát biểu chỉ đạo" is one speech act, not
  // also a "chỉ đạo"; "tham dự" is not also a "dự".
  let coveredUntil = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (i < coveredUntil) continue;
    let node: PhraseNode | undefined = TRIE;
    let longest: { to: number; entries: TaggedEntry[] } | null = null;
    for (let j = i; j < tokens.length && node; j++) {
      node = node.next.get(tokens[j]?.key ?? '');
      if (node?.entries.length) longest = { to: j + 1, entries: node.entries };
    }
    if (!longest) continue;
    coveredUntil = longest.to;
    const first = tokens[i];
    const before = tokens[i - 1]?.key ?? '';
    for (const e of longest.entries) {
      if (e.notAfter?.includes(before)) continue;
      // A capitalized verb inside a sentence is a word of a body's name ("Ban Tổ chức", "Ủy ban Kiểm tra").
      if (first?.capital && i > 0 && e.tags.some((t) => t.startsWith('V_'))) continue;
      const end = tokens[longest.to - 1]?.end ?? 0;
      for (const tag of e.tags) {
        tagsAt[i]?.push({ tag, from: i, to: longest.to, text: text.slice(first?.start ?? 0, end).toLowerCase().replace(/\s+/gu, ' ') });
      }
    }
  }
  return tagsAt;
}
