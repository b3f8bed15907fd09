/**
 * Person mentions in one sentence: the name, how it is anchored (honorific, rank, pre-nominal title,
 * a list of posts after it, or a name already seen in the article) and the posts stated with it.
 * A capitalized run with no anchor is not a person: places ("quận Lê Chân"), bodies and photo
 * credits have none.
 */
import { toneKey } from './normalize.js';
import {
  allMatches, APPOINT, APPOINT_AFTER_LIST, APPROVE, AS_AFTER_LIST, CAPITAL_RUN, CAREER, COMMEMORATION, CREDIT_AT_END, ELECT_BEFORE,
  HONORIFIC_WORDS, LEAVE_BEFORE, namePrefixAt, PERSONAL_HONORIFIC_AT_END, endsWithPlace, PLURAL_TITLE, RELIEVE,
  TITLE_ANYWHERE, TITLE_CUT, isHistorical, isNonNameWord, isPlaceWord, isProvince, isSurname, mayOpenTitle,
} from './patterns.js';
import { joinsBodyWords, parsePost, readFreePost, readPostList, stopAt, type RawPost } from './positions.js';

export interface Mention {
  /** Full name as written (or, for a short reference, the full name it points to). */
  name: string;
  start: number;
  /** Offset right after the name. */
  nameEnd: number;
  /** Offset after the posts listed with the name (nameEnd when there are none). */
  end: number;
  posts: RawPost[];
  /** "ông Đức": points to a person named earlier; never creates one. */
  shortRef: boolean;
}

/** What findMentions asks about the article's names. */
export interface NameLookup {
  has(name: string): boolean;
  byGivenName(given: string): string | null;
}

/** Full names seen so far in the article, by tone key, for linking later mentions. */
export class NameBook implements NameLookup {
  private readonly full = new Map<string, string>();
  private readonly byGiven = new Map<string, string>();

  add(name: string): void {
    const key = toneKey(name);
    if (this.full.has(key)) return;
    this.full.set(key, name);
    const syllables = key.split(' ');
    // "bà Mỹ Duyên" names a woman by her two-syllable given name; "ông Phước" by the last syllable.
    const givens = [syllables.slice(-1), ...(syllables.length >= 3 ? [syllables.slice(-2)] : [])].map((g) => g.join(' '));
    // A given name shared by two people is ambiguous; keep the first, as a later "ông X" usually means the main actor.
    for (const given of givens) if (!this.byGiven.has(given)) this.byGiven.set(given, name);
  }
  has(name: string): boolean {
    return this.full.has(toneKey(name));
  }
  byGivenName(given: string): string | null {
    return this.byGiven.get(toneKey(given)) ?? null;
  }
  all(): string[] {
    return [...this.full.values()];
  }
}

/** A lookup that remembers its answers, to tell later whether a fuller book would answer otherwise. */
class RecordedLookup implements NameLookup {
  private readonly asked: Array<{ given: boolean; key: string; answer: string | boolean | null }> = [];
  constructor(private readonly book: NameBook) {}

  has(name: string): boolean {
    const answer = this.book.has(name);
    this.asked.push({ given: false, key: name, answer });
    return answer;
  }
  byGivenName(given: string): string | null {
    const answer = this.book.byGivenName(given);
    this.asked.push({ given: true, key: given, answer });
    return answer;
  }
  /** True when the book, as it is now, answers every recorded question the same way. */
  unchanged(): boolean {
    return this.asked.every((q) => (q.given ? this.book.byGivenName(q.key) : this.book.has(q.key)) === q.answer);
  }
}

/**
 * Mentions of every sentence of an article. A first pass learns the article's full names; a
 * sentence is read again only if a name learnt later changes an answer it relied on ("ông Châu"
 * or a bare name before its anchored introduction), which spares most sentences a second scan.
 */
export function findArticleMentions(sentences: readonly string[]): Mention[][] {
  const book = new NameBook();
  const first = sentences.map((sentence) => {
    const lookup = new RecordedLookup(book);
    const mentions = findMentions(sentence, lookup);
    for (const m of mentions) if (!m.shortRef) book.add(m.name);
    return { mentions, lookup };
  });
  const all = first.map(({ mentions, lookup }, i) => (lookup.unchanged() ? mentions : findMentions(sentences[i] ?? '', book)));
  applyCareers(sentences, all);
  return all;
}

/**
 * Vietnamese names are written in Latin letters. A run with a Cyrillic or Greek look-alike ("Вình")
 * or in another script altogether would make a person whose id drops those letters and may collide
 * with a real one's; index.ts warns that such words were not read.
 */
export const OTHER_SCRIPT_LETTER = /(?!\p{sc=Latin})\p{L}/u;
/** A word holding such a letter, for the warning. */
export const OTHER_SCRIPT_WORD = /[\p{L}\p{M}]*(?!\p{sc=Latin})\p{L}[\p{L}\p{M}]*/u;

/** "các (đồng chí) Phó Chủ tịch: A, B", "4 Phó Thủ tướng: A, B": a post shared by the names after the colon. */
const SHARED_PREFIX = /(?<![\p{L}\p{M}\p{N}])(?:các|\d{1,2})\s+(?:(?:đồng\s+chí|vị)\s+)?/giu;
const CLAUSE_BREAK = /[,;:()•]|\.\s|\s(?:có|và|cùng|của|tặng|với)\s/giu;
const TITLE_IN_CLAUSE = new RegExp(TITLE_ANYWHERE.source, 'iu');
const LIST_CONTEXT = /(?:^|[:;•\-–]|\n)\s*$/u;

interface Syllable {
  start: number;
  end: number;
  text: string;
}

/** The syllables of a capitalized run, which CAPITAL_RUN joins by single spaces: a split finds them without a regex. */
function syllablesOf(run: string, offset: number): Syllable[] {
  const out: Syllable[] = [];
  let start = offset;
  for (const text of run.split(' ')) {
    out.push({ start, end: start + text.length, text });
    start += text.length + 1;
  }
  return out;
}

/**
 * Start of the clause a name sits in: after the last comma/semicolon/"có"/"và" and after the previous
 * mention. A "và" inside a body's name ("Bộ Khoa học và Công nghệ") does not break the clause.
 */
function clauseStart(key: string, before: number, floor: number): number {
  const from = Math.max(floor, before - 160);
  let start = from;
  for (const m of allMatches(CLAUSE_BREAK, key.slice(from, before))) {
    const end = from + m.index + m[0].length;
    if (/^\svà\s$/u.test(m[0]) && joinsBodyWords(key.slice(end, before))) continue;
    start = end;
  }
  return start;
}

/** "các đồng chí Phó Chủ tịch HĐND quận: A, B; …": the span of bare names that share the title before the colon. */
interface SharedList {
  from: number;
  to: number;
  post: RawPost;
}

const LIST_INTRO = /\s+(?:gồm|là)(?:\s+(?:các\s+)?(?:đồng\s+chí|ông\s*,?\s*bà|ông|bà|vị))?\s*$/iu;
const LIST_REACH = 1200;

function sharedLists(sentence: string, key: string): SharedList[] {
  const lists: SharedList[] = [];
  for (const m of allMatches(SHARED_PREFIX, key)) {
    const from = m.index + m[0].length;
    const colon = key.indexOf(':', from);
    if (colon < 0 || colon - from > 90) continue;
    // "6 Thứ trưởng gồm các ông, bà:": what introduces the names is not part of the post.
    const head = key.slice(from, colon).replace(LIST_INTRO, '');
    if (/[;.,]/u.test(head)) continue;
    const post = parsePost(sentence.slice(from, from + head.length).trim(), from, null);
    if (!post) continue;
    // The list runs to the end of the sentence: items are split by ";" and carry posts of their own.
    const end = key.slice(colon + 1, colon + 1 + LIST_REACH).search(/\.(?:\s|$)/u);
    lists.push({ from: colon + 1, to: end < 0 ? Math.min(key.length, colon + 1 + LIST_REACH) : colon + 1 + end, post });
  }
  return lists;
}

/**
 * "tỉnh Lâm Đồng", "Quận Hồ Tây": a run right after a place word names the place. A bare locality
 * word may end a pre-nominal title, though ("Chủ tịch UBND quận Lò Văn Bình"): a run of three or more
 * syllables opening with a family name is a person's full name, unless what follows it belongs to a
 * body ("phường Lý Thái Tổ khóa II", "… nhiệm kỳ 2020 - 2025"): wards and streets bear the names of
 * historical figures, and a body's term never follows a person.
 */
function placeNamed(syl: Syllable[], i: number, count: number, surname: boolean, before: string, after: string): boolean {
  const afterPlace = i > 0 ? isPlaceWord(syl[i - 1]?.text ?? '') : endsWithPlace(wordTail(before, PREFIX_WINDOW));
  return afterPlace && !(surname && count >= 3 && !BODY_TERM_AFTER.test(after));
}
const BODY_TERM_AFTER = /^\s*,?\s*(?:nhiệm\s+kỳ|khóa|khoá)(?![\p{L}\p{M}])/iu;

/** Syllables at the head of a run that are honorifics ("Ông", "Bà" capitalized) and not the name's family name. */
function honorificHead(syl: Syllable[], cut: number, key: string, runStart: number): number {
  if (!HONORIFIC_WORDS.test(syl[0]?.text ?? '')) return 0;
  // After "đồng chí" a capital "Ông" is the family name; before "Thị" it cannot be an honorific either.
  if (PERSONAL_HONORIFIC_AT_END.test(key.slice(Math.max(0, runStart - PREFIX_WINDOW), runStart))) return 0;
  let first = 0;
  while (first < cut && HONORIFIC_WORDS.test(syl[first]?.text ?? '')) {
    if (isSurname(syl[first]?.text ?? '') && /^Thị$/u.test(syl[first + 1]?.text ?? '')) break;
    first++;
  }
  return first;
}

/**
 * A pre-nominal title in [from, to): "Bí thư Thành ủy Ninh Bình" before "Triệu Minh Đức". An
 * honorific may stand between title and name; a verb may not ("Ban Bí thư chuẩn y đồng chí A": the
 * title belongs to the issuing body, not to A).
 */
function preNominal(sentence: string, key: string, from: number, to: number): RawPost | null {
  const m = TITLE_IN_CLAUSE.exec(key.slice(from, to));
  if (!m) return null;
  const at = from + m.index;
  let end = to;
  for (let k = 0; k < 2; k++) {
    const prefixAt = prefixStart(key, at, end);
    if (prefixAt <= at) break;
    end = prefixAt;
  }
  if (stopAt(key, at, end - at) < end) return null;
  const text = sentence.slice(at, end).replace(/[\s,]+$/u, '');
  return parsePost(text, at, null);
}

/**
 * "Trưởng Công an xã, Trung tá A báo cáo": a clause that is only a post, then a comma and a
 * rank or honorific opening the name, is that person's post put first.
 */
function titleClauseBefore(sentence: string, key: string, cs: number, start: number, floor: number): RawPost | null {
  if (key.charAt(cs - 1) !== ',' || prefixStart(key, cs, start) < 0 || key.slice(cs, prefixStart(key, cs, start)).trim()) return null;
  const from = clauseStart(key, cs - 1, floor);
  const lead = /^\s*/u.exec(key.slice(from, cs))?.[0].length ?? 0;
  const post = preNominal(sentence, key, from + lead, cs - 1);
  return post && post.start === from + lead && post.orgText !== null ? post : null;
}

// Longer than any honorific, rank or degree with its spaces ("Chuẩn Đô đốc", "PGS.TS.").
const PREFIX_WINDOW = 32;

/**
 * Where an honorific, rank or degree ending at `end` starts (not before `from`), or -1. Only the
 * last few words are looked at, so the cost does not grow with the clause.
 */
function prefixStart(key: string, from: number, end: number): number {
  const at = namePrefixAt(key.slice(from, end));
  return at < 0 ? -1 : from + at;
}

/** The end of `text`, at least `size` characters, starting at a word boundary so no word is cut. */
function wordTail(text: string, size: number): string {
  if (text.length <= size) return text;
  const space = text.lastIndexOf(' ', text.length - size);
  return space < 0 ? text : text.slice(space);
}

/** Every person mention in the sentence, in order. */
export function findMentions(sentence: string, book: NameLookup): Mention[] {
  const key = toneKey(sentence);
  const mentions: Mention[] = [];
  const lists = sentence.includes(':') ? sharedLists(sentence, key) : [];
  let floor = 0;
  for (const run of allMatches(CAPITAL_RUN, sentence)) {
    if (run.index < floor || OTHER_SCRIPT_LETTER.test(run[0])) continue;
    const syl = syllablesOf(run[0], run.index);
    let cut = syl.findIndex((s, k) => k > 0 && mayOpenTitle(key.slice(s.start, s.end)) && TITLE_CUT.test(key.slice(s.start, s.start + 40)));
    if (cut < 0) cut = syl.length;
    const first = honorificHead(syl, cut, key, run.index);
    const innerHonorific = first > 0;
    let i = -1;
    for (let k = first; k < cut; k++) {
      if (cut - k >= 2 && cut - k <= 4 && isSurname(syl[k]?.text ?? '')) { i = k; break; }
    }
    // "Hải Dương Lê Minh Tuấn": a place ending in a surname-like syllable runs into the name; a name
    // rarely has two family names, so the second one starts it.
    if (i >= 0 && cut - i === 4 && isSurname(syl[i + 1]?.text ?? '')) i++;
    const surname = i >= 0;
    if (!surname) i = first;
    const count = cut - i;
    const s0 = syl[i];
    const sN = syl[cut - 1];
    if (!s0 || !sN || count < 1 || count > 4) continue;
    const start = s0.start;
    const nameEnd = sN.end;
    const name = sentence.slice(start, nameEnd);
    // Prefixes and credits are short: looking at a bounded window keeps the scan linear in the sentence.
    const before = key.slice(Math.max(0, start - 80), start);
    const prefixed = innerHonorific || namePrefixAt(before) >= 0;
    // Most capitalized runs are one word ("Hội", "Nhân"): without an honorific they cannot be a
    // short reference, so the costlier checks below are skipped for them.
    if (count === 1 && !prefixed) continue;
    if (!prefixed && placeNamed(syl, i, count, surname, before, key.slice(nameEnd, nameEnd + 12))) continue;
    if (CREDIT_AT_END.test(before)) continue;
    if (COMMEMORATION.test(key.slice(Math.max(floor, start - 40), start))) continue;

    if (count === 1 || (count === 2 && prefixed && !book.has(name))) {
      // "ông Đức", "bà Mỹ Duyên": a short reference to someone already named.
      const full = book.byGivenName(name);
      if (full) {
        mentions.push({ name: full, start, nameEnd, end: nameEnd, posts: [], shortRef: true });
        floor = nameEnd;
        continue;
      }
      if (count === 1) continue;
    }
    // "đồng chí Trưởng Ban Tổ chức …": a run opening with a title is the post, not a name.
    if (isHistorical(name) || TITLE_CUT.test(key.slice(start, start + 40))) continue;
    // "Bí thư Thành ủy Hà Nội phát biểu": a province's name after a body is its locality.
    if (!prefixed && isProvince(name)) continue;
    // "Văn" opens "Văn phòng" but is also a family name: right after an honorific, rank or degree a
    // run of three syllables or more is a name, as no body's name follows a rank or an honorific.
    if (isNonNameWord(s0.text) && !(count >= 3 && prefixed)) continue;
    const cs = clauseStart(key, start, floor);
    const pre = preNominal(sentence, key, cs, start) ?? (prefixed ? titleClauseBefore(sentence, key, cs, start, floor) : null);
    const prefixedTitle = pre !== null && namePrefixAt(key.slice(0, pre.start)) >= 0;
    const bare = pre !== null && pre.orgText === null;
    const listContext = LIST_CONTEXT.test(before) || prefixed;
    // Posts can only anchor a name with a family name or in a list; elsewhere reading them is wasted work.
    const mayHavePosts = surname || listContext || pre !== null;
    let list = mayHavePosts ? readPostList(sentence, key, nameEnd) : { posts: [], end: nameEnd };
    const appositive = list.posts.length > 0;
    const listed = surname && lists.some((l) => start > l.from && start < l.to) && !key.slice(cs, start).trim();
    // "các đồng chí A và B": a full name joined by "và" to the person just named is a second person.
    const prev = mentions.at(-1);
    // In a list opened by "các ông, bà:" a two-syllable name ("Cao Huy") is as much a name as any.
    const minJoined = HONORIFIC_COLON_LIST.test(key.slice(Math.max(0, start - 400), start)) ? 2 : 3;
    const joined = surname && count >= minJoined && !!prev && !prev.shortRef && AND_GAP.test(key.slice(prev.end, start));
    const anchored =
      prefixed ||
      (surname && count >= 3 && HONORIFIC_COLON.test(before)) ||
      listed ||
      joined ||
      (surname && (prefixedTitle || appositive || pre !== null && (!bare || count >= 3))) ||
      (!surname && appositive && listContext && count >= 2);
    // The book is asked only when nothing in the sentence anchors the name, so that a name learnt
    // later in the article changes few answers (see findArticleMentions).
    if (!anchored) {
      if (!book.has(name)) continue;
      if (!mayHavePosts) list = readPostList(sentence, key, nameEnd);
    }
    const posts: RawPost[] = [];
    if (pre) posts.push(pre);
    posts.push(...list.posts);
    mentions.push({ name, start, nameEnd, end: list.end, posts, shortRef: false });
    floor = list.end;
  }
  // What follows only hands posts to the mentions found; most sentences have none, and skip the scans.
  if (!mentions.length) return mentions;
  for (const l of lists) applySharedPrefix(l, mentions);
  sharePluralPosts(key, mentions);
  applyAppointments(sentence, key, mentions);
  if (key.includes('đối với')) applyRelief(sentence, key, mentions);
  return mentions;
}

/** "gồm các đồng chí: A, B": a colon after an honorific opens a list of names. */
const HONORIFIC_COLON = /(?<![\p{L}\p{M}])(?:đồng\s+chí|ông|bà|vị)\s*:\s*$/iu;
/** Inside such a list: no sentence or item break since the colon. */
const HONORIFIC_COLON_LIST = /(?<![\p{L}\p{M}])(?:đồng\s+chí|ông|bà|vị)\s*:[^.;:]*$/iu;

/** Only "và" (or a comma) between two names, an honorific of the second one aside. */
const AND_GAP = /^\s*(?:,|và)\s*$/u;
const joinedGap = (key: string, a: Mention, b: Mention): boolean =>
  AND_GAP.test(withoutNamePrefix(key.slice(a.end, b.start)));

function withoutNamePrefix(text: string): string {
  const at = namePrefixAt(text);
  return at < 0 ? text : text.slice(0, at);
}

/**
 * "bà A và ông B, Phó Chủ tịch HĐND tỉnh": a post several people hold at once, after two names
 * joined by "và", is both people's. A single post ("Chủ tịch") stays with the name it follows.
 */
function sharePluralPosts(key: string, mentions: Mention[]): void {
  for (let k = mentions.length - 2; k >= 0; k--) {
    const a = mentions[k];
    const b = mentions[k + 1];
    if (!a || !b || a.posts.length || a.shortRef || !b.posts.length) continue;
    if (!/\svà\s/u.test(key.slice(a.end, b.start)) || !joinedGap(key, a, b)) continue;
    if (!b.posts.every((p) => p.start > b.start && PLURAL_TITLE.test(p.text))) continue;
    // "Thứ trưởng A và ông B, Phó Chủ tịch …": A's own title, even bare, says the post is B's alone.
    if (TITLE_IN_CLAUSE.test(key.slice(clauseStart(key, a.start, 0), a.start))) continue;
    a.posts = b.posts.map((p) => ({ ...p }));
  }
}

/**
 * The owner of what follows `at` and the people joined to it: by "và" or commas when they have no
 * posts of their own, by "và" alone when they do ("A, Phó Bí thư … và B, Chủ tịch … được bầu …").
 */
function coordinated(key: string, mentions: Mention[], at: number): Mention[] {
  const before = mentions.filter((x) => x.start < at);
  const owner = before.at(-1);
  if (!owner) return [];
  const group = [owner];
  for (let k = before.length - 2; k >= 0; k--) {
    const m = before[k];
    const next = group[0];
    if (!m || !next || m.shortRef || !joinedGap(key, m, next)) break;
    if (m.end !== m.nameEnd && !AND_ONLY.test(withoutNamePrefix(key.slice(m.end, next.start)))) break;
    group.unshift(m);
  }
  return group;
}
const AND_ONLY = /^\s*và\s*$/u;

/** "miễn nhiệm chức danh <post> đối với ông A": A held the post until now. */
function applyRelief(sentence: string, key: string, mentions: Mention[]): void {
  for (const m of key.matchAll(RELIEVE)) {
    const holder = mentions.find((x) => x.start >= m.index + m[0].length && x.start - (m.index + m[0].length) <= PREFIX_WINDOW);
    const text = m[1] ?? '';
    const post = holder ? parsePost(sentence.substr(m.index + m[0].indexOf(text), text.length), m.index + m[0].indexOf(text), 'former') : null;
    if (holder && post) holder.posts.push(post);
  }
}

/**
 * "Trước khi được bổ nhiệm, ông từng giữ các chức vụ: A, B": a biography's earlier posts. The
 * person is named before them in the sentence, or else is the subject of the sentence before.
 */
export function applyCareers(sentences: readonly string[], mentions: Mention[][]): void {
  sentences.forEach((sentence, i) => {
    if (!sentence.includes('từng')) return;
    const key = toneKey(sentence);
    const m = CAREER.exec(key);
    const own = mentions[i] ?? [];
    if (!m) return;
    const owner = own.filter((x) => x.start < m.index).at(-1) ?? (own.length ? undefined : mentions[i - 1]?.[0]);
    if (!owner) return;
    const list = readPostList(sentence, key, m.index + m[0].length);
    if (!list.posts.length) return;
    own.push({
      name: owner.name, start: m.index, nameEnd: m.index, end: list.end, shortRef: false,
      posts: list.posts.map((p) => ({ ...p, qualifier: 'former' as const })),
    });
    own.sort((a, b) => a.start - b.start);
    mentions[i] = own;
  });
}

/**
 * "các đồng chí Ủy viên Ban Thường vụ Thành ủy: A - …; B – …": the prefix post belongs to each listed
 * person written as the first one is: names first, up to one who brings a title of his own before his
 * name ("…; Phó Chủ tịch UBND quận C"); or titles first ("các Ủy viên Trung ương Đảng: Phó Chủ tịch
 * Quốc hội A; Bộ trưởng Bộ Y tế B"), when every item carries its own title and still shares the prefix.
 */
function applySharedPrefix(list: SharedList, mentions: Mention[]): void {
  const titleFrom = list.post.start;
  if (mentions.some((x) => x.start >= titleFrom && x.start < list.from)) return;
  const titled = (x: Mention): boolean => (x.posts[0]?.start ?? x.start) < x.start;
  const items = mentions.filter((x) => x.start >= list.from && x.start < list.to && !x.shortRef);
  const style = items[0] ? titled(items[0]) : false;
  for (const x of items) {
    if (titled(x) !== style) break;
    x.posts.unshift({ ...list.post });
  }
}

/** Posts given in this article: "được bầu giữ chức …", "bổ nhiệm A … giữ chức …", "A, …, là Bí thư …". */
function applyAppointments(sentence: string, key: string, mentions: Mention[]): void {
  const approved = APPROVE.test(key);
  for (const x of mentions) {
    const after = APPOINT_AFTER_LIST.exec(key.slice(x.end));
    if (!after || after[1]) continue;
    const from = x.end + after[0].length;
    if (after[2]) {
      const list = readPostList(sentence, key, from);
      for (const p of list.posts) x.posts.push({ ...p, qualifier: 'appointed' });
    } else if (after[3] && approved) {
      const start = x.end + after[0].search(/tham/iu);
      const post = readFreePost(sentence, key, start);
      if (post) x.posts.push(post);
    }
  }
  for (const m of allMatches(APPOINT, key)) {
    if (LEAVE_BEFORE.test(key.slice(0, m.index))) continue;
    // "các đồng chí A và B được bầu giữ chức Phó Chủ tịch": the post goes to each.
    const owners = coordinated(key, mentions, m.index);
    if (!owners.length) continue;
    const list = readPostList(sentence, key, m.index + m[0].length);
    for (const owner of owners) for (const p of list.posts) owner.posts.push({ ...p, qualifier: 'appointed' });
  }
  for (const x of mentions) {
    // "cử bổ sung bà A, Chủ tịch Hội … làm Ủy viên …": "làm" gives the new post only in an electing clause.
    const as = x.posts.length ? AS_AFTER_LIST.exec(key.slice(x.end, x.end + 12)) : null;
    if (!as || !ELECT_BEFORE.test(key.slice(Math.max(0, x.start - 80), x.start))) continue;
    const list = readPostList(sentence, key, x.end + as[0].length);
    for (const p of list.posts) x.posts.push({ ...p, qualifier: 'appointed' });
  }
}
