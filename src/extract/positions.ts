/**
 * Lists of posts after a name ("…, Phó Bí thư Thường trực Quận ủy, Chủ tịch HĐND quận; B, …"):
 * where each post starts and ends, and each post's title, qualifier and organization as written.
 * Commas and semicolons split posts only when a title follows them; hyphens and en dashes never do
 * ("Phó Chủ tịch - Tổng Thư ký", "Cục … – Bộ Công an").
 */
import type { Qualifier } from './types.js';
import { toneKey } from './normalize.js';
import { LIST_STOP, localityPredicateAt, PERSON_OPENER, TITLE_START, canonicalTitle, isHistorical, isProvince, isSurname } from './patterns.js';
import { QUALIFIERS, TITLE_MODIFIERS, UNIT_NOUNS } from './lexicon/titles.js';

export interface RawPost {
  /** As written, qualifier included except "tân" (newly), which is not part of the post. */
  text: string;
  title: string;
  /** The organization as written in the post, before resolution. */
  orgText: string | null;
  qualifier: Qualifier | null;
  start: number;
  end: number;
}

export interface PostList {
  posts: RawPost[];
  /** Offset right after the last post (or `from` when there is none). */
  end: number;
}

const QUALIFIER_OF = new Map(QUALIFIERS.map((q) => [toneKey(q.text).toLowerCase(), q.value]));
const SEPARATOR = /^\s*(?:[,:\-–—]\s*)?/u;
const CONTINUATION = /^\s*(?:nhiệm\s+kỳ|khóa|khoá|\(nhiệm)/iu;
const MODIFIER_RE = new RegExp(
  `^\\s+(${TITLE_MODIFIERS.map((m) => toneKey(m.text)).join('|')})(?![\\p{L}\\p{M}])`,
  'iu',
);
const TRAILING = /[\s.,;:]+$/u;

/** End of one post: the next comma or semicolon outside parentheses, a list stop, or the end. */
function itemEnd(key: string, from: number): { end: number; delimiter: string | null } {
  const limit = stopAt(key, from);
  let depth = 0;
  for (let i = from; i < limit; i++) {
    const c = key[i];
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    // "thành p;hố": a mark glued to the next letter is a typo, not a separator.
    else if (depth === 0 && (c === ',' || c === ';') && !/\p{L}/u.test(key[i + 1] ?? '')) return { end: i, delimiter: c };
    else if (c === '.' && (i + 1 === key.length || /\s/u.test(key[i + 1] ?? ''))) return { end: i, delimiter: null };
  }
  return { end: limit, delimiter: null };
}

const AND_AT = /^\s*và$/iu;
/** No post runs longer than this; bounding the search keeps long sentences linear. */
const WINDOW = 400;

/**
 * Where the list must stop at the latest. "và" joins two people ("…, Bí thư Thành ủy và Thượng tướng B")
 * but also two words of one body ("Ban Chính sách và Chiến lược Trung ương"): it stops the list only
 * when a person, a title or a lower-case word follows it.
 */
export function stopAt(key: string, from: number, window = WINDOW): number {
  const predicate = localityPredicateAt(key.slice(from, from + window));
  const limit = predicate >= 0 ? from + predicate : Math.min(key.length, from + window);
  let at = from;
  for (;;) {
    const stop = LIST_STOP.exec(key.slice(at, limit));
    if (!stop) return limit;
    const index = at + stop.index;
    const and = AND_AT.exec(stop[0]);
    if (!and) return index;
    if (!joinsBodyWords(key.slice(index + stop[0].length, index + stop[0].length + 120))) return index;
    at = index + stop[0].length;
  }
}

/** Whether what follows a "và" continues a body's name ("Khoa học và Công nghệ") rather than opening a person or a post. */
export function joinsBodyWords(rest: string): boolean {
  const [, word = '', next = ''] = /^\s*(\S+)(?:\s+(\S+))?/u.exec(rest) ?? [];
  // "Đào tạo" opens with a family name, but a person's name goes on in capitals ("Đào Minh …").
  const opensName = isSurname(word) && /^\p{Lu}/u.test(next);
  return /^\p{Lu}/u.test(word) && !PERSON_OPENER.test(rest) && !TITLE_START.test(rest.trimStart()) && !opensName;
}

const ENDS_CAPITALIZED = /\p{Lu}[\p{Ll}\p{M}]*(?:\s[\p{Ll}\p{M}]+)?$/u;
const ENUMERATION_TAIL = /^\s*\p{Lu}[^,;.()]{0,60}?\s(?:và|của)\s+\p{Lu}/u;

/**
 * "Ủy viên Ủy ban Văn hóa, Giáo dục của Quốc hội", "Sở Văn hóa, Thể thao và Du lịch": a comma
 * between capitalized fields of one body's name, closed by "và" or "của", is no break between posts.
 */
function enumeratesBody(key: string, pos: number, comma: number): boolean {
  if (!ENDS_CAPITALIZED.test(key.slice(Math.max(pos, comma - 20), comma))) return false;
  const rest = key.slice(comma + 1, comma + 81);
  if (!ENUMERATION_TAIL.test(rest) || PERSON_OPENER.test(rest) || TITLE_START.test(rest.trimStart())) return false;
  return !isSurname(/^\s*(\S+)/u.exec(rest)?.[1] ?? '');
}

/** Longest first, so "Chánh Văn phòng" finds "văn phòng" before "phòng". */
const UNITS = UNIT_NOUNS.map((u) => u.text).sort((a, b) => b.length - a.length);

/** "Trưởng phòng Tài chính" heads "Phòng Tài chính": the unit fused into the title opens the body's name. */
function withFusedUnit(title: string, org: string): string {
  if (!org) return org;
  const lower = title.toLowerCase().replace(/\s+/gu, ' ');
  const unit = UNITS.find((u) => lower.endsWith(` ${u}`) || lower.startsWith(`${u} `));
  if (!unit || org.toLowerCase().startsWith(`${unit} `)) return org;
  return `${unit[0]!.toUpperCase()}${unit.slice(1)} ${org}`;
}

/** Splits one post into qualifier, title and organization. */

export function parsePost(text: string, start: number, inherited: Qualifier | null): RawPost | null {
  const key = toneKey(text);
  const m = TITLE_START.exec(key);
  if (!m) return null;
  const qualWord = m[1] ? m[1].toLowerCase() : null;
  const qualifier = (qualWord ? QUALIFIER_OF.get(qualWord) : null) ?? inherited;
  const headStart = m.index + m[0].length - (m[2] ?? '').length;
  // The title is TITLE_START's own last group: it ends where the match does.
  let titleEnd = m.index + m[0].length;
  const mod = MODIFIER_RE.exec(key.slice(titleEnd));
  if (mod && !/^\s+Thường vụ/iu.test(mod[0])) titleEnd += mod[0].length;
  const dropNew = qualWord === 'tân';
  const shown = dropNew ? text.slice(headStart) : text;
  const offset = dropNew ? headStart : 0;
  const title = canonicalTitle(text.slice(headStart, titleEnd).trim());
  const org = withFusedUnit(title, text.slice(titleEnd).trim());
  return {
    text: shown,
    title,
    orgText: org.length ? org : null,
    qualifier,
    start: start + offset,
    end: start + text.length,
  };
}

/**
 * Reads the posts starting at `from` (right after a name or an appointment phrase). With
 * `needSeparator` false the list may open without a comma ("Lê Văn A Ủy viên …").
 */
export function readPostList(sentence: string, key: string, from: number): PostList {
  const lead = SEPARATOR.exec(key.slice(from))?.[0].length ?? 0;
  let pos = from + lead;
  const posts: RawPost[] = [];
  if (!TITLE_START.test(key.slice(pos, pos + 120))) return { posts, end: from };
  let inherited: Qualifier | null = null;
  for (;;) {
    let { end, delimiter } = itemEnd(key, pos);
    while (delimiter && (CONTINUATION.test(key.slice(end + 1)) || (delimiter === ',' && enumeratesBody(key, pos, end)))) {
      ({ end, delimiter } = itemEnd(key, end + 1));
    }
    const raw = sentence.slice(pos, end).replace(TRAILING, '');
    // "…, Chủ tịch UBND thành phố Nguyễn Văn B": a body's name never swallows the person after it.
    const nameAt = trailingNameAt(toneKey(raw));
    // The post before that name is the name's own ("A, Bí thư …, Chủ tịch UBND tỉnh B"): the list of A ends here.
    if (nameAt > 0) break;
    const post = parsePost(raw, pos, inherited);
    if (!post) break;
    posts.push(post);
    // "nguyên" reaches the posts after it in the same list: a former secretary listed with former posts.
    if (post.qualifier === 'former') inherited = 'former';
    if (!delimiter) return { posts, end: pos + raw.length };
    const next = end + 1 + (/^\s*/u.exec(key.slice(end + 1))?.[0].length ?? 0);
    if (!TITLE_START.test(key.slice(next, next + 120))) return { posts, end: pos + raw.length };
    pos = next;
  }
  const last = posts.at(-1);
  return { posts, end: last ? last.end : from };
}

const NAMED_LOCALITY_BEFORE = /(?<![\p{L}\p{M}])(?:phường|xã|quận|huyện|thị\s+trấn|thị\s+xã|đường|(?<!thành\s)phố|ấp|thôn|khu\s+phố)\s+$/iu;
const TRAILING_RUN = /(?<=\s)\p{Lu}[\p{Ll}\p{M}]*(?:\s\p{Lu}[\p{Ll}\p{M}]*){2,3}$/u;

/**
 * Where a person's full name ends a post ("Chủ tịch UBND thành phố Nguyễn Văn B"), or -1: the last
 * three or four capitalized syllables, opening with a family name, that are neither a province
 * ("Hồ Chí Minh", "Lâm Đồng") nor a figure of history that streets and wards are named after.
 */
export function trailingNameAt(key: string): number {
  const run = TRAILING_RUN.exec(key);
  if (!run) return -1;
  // Wards, communes and streets bear the names of historical figures ("phường Lý Thái Tổ"); a city
  // or province never bears a living person's.
  if (NAMED_LOCALITY_BEFORE.test(key.slice(0, run.index))) return -1;
  const words = run[0].split(' ');
  for (let drop = 0; drop <= words.length - 3; drop++) {
    const name = words.slice(drop).join(' ');
    if (!isSurname(words[drop] ?? '')) continue;
    if (isProvince(name) || isHistorical(name) || isProvince(words.slice(0, drop + 2).join(' '))) return -1;
    return key.length - name.length;
  }
  return -1;
}

/** Reads an appointment's object that need not open with a title ("tham gia Ban Thường vụ …"). */
export function readFreePost(sentence: string, key: string, from: number): RawPost | null {
  let { end, delimiter } = itemEnd(key, from);
  while (delimiter && CONTINUATION.test(key.slice(end + 1))) ({ end, delimiter } = itemEnd(key, end + 1));
  const text = sentence.slice(from, end).replace(TRAILING, '');
  if (!text) return null;
  return { text, title: text, orgText: null, qualifier: 'appointed', start: from, end: from + text.length };
}
