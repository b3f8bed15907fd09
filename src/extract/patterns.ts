/**
 * Unicode-aware regexes generated from the lexicon, compiled once per module. `\b` and `\W` treat
 * accented Vietnamese letters as non-letters, so word edges are `\p{L}`/`\p{M}`/`\p{N}` lookarounds.
 * Every pattern is meant to run on `toneKey(text)`, which unifies old and new tone placement
 * ("uỷ"/"ủy") without moving any character, so offsets still index the original text.
 */
import { compareKey, toneKey } from './normalize.js';
import { PROVINCES } from './lexicon/boilerplate.js';
import { LOCALITIES, LOCALITY_FOLLOWERS } from './lexicon/organizations.js';
import {
  DEGREES, HONORIFICS, PERSONAL_HONORIFICS, PLACE_WORDS, RANKS, SURNAMES, HISTORICAL_FIGURES, COMMEMORATION_WORDS,
  CREDIT_MARKERS, NON_NAME_WORDS,
} from './lexicon/honorifics.js';
import { PLURAL_TITLE_HEADS, QUALIFIERS, SHARED_TITLES, TITLES, UNIT_NOUNS } from './lexicon/titles.js';
import {
  APPOINT_PHRASES, APPROVE_WORDS, ATTEND_VERBS, CAREER_PHRASES, CHAIR_VERBS, ELECT_VERBS, LEAVE_WORDS,
  LIST_ENDERS, RELIEVE_PHRASES, SPEECH_VERBS,
} from './lexicon/verbs.js';
import {
  DELEGATION_WORDS, KIND_MODIFIERS, MEETING_HEADS_BEFORE_HOP, MEETING_NOUNS, NOT_HELD_MARKERS, NOT_WORK_PARTNERS, ORGANIZE_VERBS, VISIT_VERBS, WORK_VERBS,
} from './lexicon/meetings.js';

export const BEFORE = '(?<![\\p{L}\\p{M}\\p{N}])';
export const AFTER = '(?![\\p{L}\\p{M}\\p{N}])';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** One alternation over the words, longest first so "Phó Bí thư" wins over "Bí thư"; spaces match any run of blanks. */
export function anyOf(words: readonly string[]): string {
  const keys = [...new Set(words.map((w) => toneKey(w)))].sort((a, b) => b.length - a.length);
  return `(?:${keys.map((k) => escape(k).replace(/ +/g, '\\s+')).join('|')})`;
}

/**
 * A lookahead on the first letter of the words. Put before `BEFORE` on an alternation scanned over
 * whole sentences, it makes most positions fail on one character test instead of a lookbehind and
 * the alternation; it never changes what matches, as every match opens with one of these letters.
 */
function opensLike(words: readonly string[]): string {
  const firsts = new Set(words.map((w) => String.fromCodePoint(toneKey(w).codePointAt(0) ?? 0)));
  return `(?=[${[...firsts].map((c) => c.replace(/[\\\]\[^-]/gu, '\\$&')).join('')}])`;
}

/**
 * Every match of a global regex, as `matchAll` yields them. `matchAll` clones the regex on each call,
 * which on a short sentence costs more than the scan; here the regex's own `lastIndex` is used, and
 * all matches are collected before any is looked at, so no caller sees it half-way.
 */
export function allMatches(re: RegExp, text: string): RegExpExecArray[] {
  // Without `g`, exec ignores lastIndex and would find the first match forever; matchAll throws too.
  if (!re.global) throw new TypeError(`allMatches needs a global regex: /${re.source.slice(0, 40)}…/`);
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(m);
    // Past an empty match by one character (a whole code point under `u`), as matchAll does.
    if (m[0] === '') re.lastIndex = m.index + (re.unicode && (text.codePointAt(m.index) ?? 0) > 0xffff ? 2 : 1);
  }
  re.lastIndex = 0;
  return out;
}

const texts = (xs: ReadonlyArray<{ text: string }>): string[] => xs.map((x) => x.text);

/**
 * A capitalized syllable: one upper-case letter, then lower-case letters; an apostrophe may join a
 * prefix consonant to the rest in names of the Central Highlands ("H'Linh").
 */
export const SYLLABLE = "\\p{Lu}[\\p{Ll}\\p{M}]*(?:['’]\\p{L}[\\p{Ll}\\p{M}]*)?";
/** Runs of capitalized syllables, the raw material of names. */
// The word-start check follows the first capital rather than preceding it: most positions hold a
// lower-case letter and fail at once, instead of paying for a lookbehind first.
export const CAPITAL_RUN = new RegExp(`${SYLLABLE}(?<![\\p{L}\\p{M}\\p{N}]\\p{Lu})(?: ${SYLLABLE})*${AFTER}`, 'gu');

export const TITLE_ALT = anyOf(texts(TITLES));
export const QUALIFIER_ALT = anyOf(texts(QUALIFIERS));

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/gu;
/**
 * Syllables a title stripped of a tone mark must not turn into: words of other titles and units
 * ("Trưởng bản" without its mark is "Trưởng ban") and family names ("Phó Trưởng" → "Phó Trương").
 */
const KNOWN_SYLLABLES = new Set(
  [...texts(TITLES), ...texts(UNIT_NOUNS), ...SURNAMES].flatMap((w) => toneKey(w).toLowerCase().split(' ')),
);
/**
 * A title of several syllables written with one tone mark missing ("Phó Giam đốc"): a typo common
 * in the genre. Only one syllable may lack its mark and the others must be exact, so a title never
 * matches an ordinary word ("phố" is no "Phó", "trường" no "Trưởng").
 */
function tonelessVariants(title: string): string[] {
  const syllables = title.split(' ');
  if (syllables.length < 2) return [];
  return syllables
    .map((s, k) => ({ s, bare: s.normalize('NFD').replace(TONE_MARKS, '').normalize('NFC'), k }))
    .filter(({ s, bare }) => bare !== s && !KNOWN_SYLLABLES.has(toneKey(bare).toLowerCase()))
    .map(({ bare, k }) => syllables.map((x, j) => (j === k ? bare : x)).join(' '));
}
const TITLE_VARIANTS = new Map(texts(TITLES).flatMap((t) => tonelessVariants(t).map((v) => [toneKey(v).toLowerCase(), t] as const)));
/** Titles as written or with one tone mark missing; used where a post is read, not to find titles anywhere. */
const TOLERANT_TITLE_ALT = anyOf([...texts(TITLES), ...TITLE_VARIANTS.keys()]);
/** The title as the lexicon spells it when `written` lacks a tone mark ("Phó Giam đốc" → "Phó Giám đốc"), else `written`. */
export const canonicalTitle = (written: string): string =>
  TITLE_VARIANTS.get(compareKey(written)) ?? written;
/** A post opens here: an optional qualifier, then a title. */
export const TITLE_START = new RegExp(`^(?:(${QUALIFIER_ALT})\\s+)?(${TOLERANT_TITLE_ALT})${AFTER}`, 'iu');
/**
 * A title that may stop a run of capitalized syllables ("Hứa Văn Lộc Ủy viên …"). Titles opening
 * with "Thành" are left out: it is also a common given name.
 */
export const TITLE_CUT = new RegExp(
  `^(?:${anyOf(texts(TITLES).filter((t) => !/^Thành /u.test(t)))})${AFTER}`,
  'u',
);
const TITLE_FIRST_WORDS = new Set(texts(TITLES).map((t) => toneKey(t).split(' ')[0] ?? ''));
/** A cheap test before TITLE_CUT, which runs on every syllable of every capitalized run. */
export const mayOpenTitle = (syllableKey: string): boolean => TITLE_FIRST_WORDS.has(syllableKey);
/**
 * Any title anywhere, for pre-nominal titles ("Bí thư Thành ủy Triệu Minh Đức"); after "Ban" a title
 * names a collective body ("Ban Bí thư", "Ban Giám đốc"), not a post.
 */
export const TITLE_ANYWHERE = new RegExp(
  `${opensLike([...texts(QUALIFIERS), ...texts(TITLES)])}${BEFORE}(?<!${BEFORE}[Bb]an\\s+)(?:(${QUALIFIER_ALT})\\s+)?(${TITLE_ALT})${AFTER}`,
  'giu',
);

/** Honorifics, ranks and degrees that may stand right before a name, in any order, possibly several. */
const NAME_PREFIX_ALT = anyOf([...texts(HONORIFICS), ...texts(RANKS), ...texts(DEGREES)]);

/**
 * Where a phrase from a closed list ends `text` (trailing spaces and dots aside), or -1; the
 * earliest start wins, as a longer phrase ("Chuẩn Đô đốc") covers a shorter one ("Đô đốc").
 * Looking back a few words costs the same whatever the text's length, where a `$`-anchored
 * regex would try every position.
 */
function phraseAtEnd(words: readonly string[]): (text: string) => number {
  // Callers pass tone-keyed text, so lookups only fold case and spacing.
  const norm = (w: string): string => w.toLowerCase().replace(/\s+/gu, ' ');
  const phrases = words.map((w) => norm(toneKey(w)));
  const set = new Set(phrases);
  // Most texts end in an ordinary word: one look at the last word rejects them.
  const lastWords = new Set(phrases.map((p) => p.slice(p.lastIndexOf(' ') + 1)));
  const maxWords = Math.max(...phrases.map((p) => p.split(' ').length));
  return (text: string): number => {
    let end = text.length;
    while (end > 0 && TRAILING_CODES.has(text.charCodeAt(end - 1))) end--;
    let found = -1;
    let from = end;
    for (let n = 0; n < maxWords && from > 0; n++) {
      const space = Math.max(text.lastIndexOf(' ', from - 1), text.lastIndexOf('\n', from - 1));
      let start = space + 1;
      // "(ông": punctuation before the phrase is a boundary, as in the regexes' lookbehind.
      while (start < end && !WORD_START.test(text.charAt(start))) start++;
      const candidate = norm(text.slice(start, end));
      if (n === 0 && !lastWords.has(candidate)) return -1;
      if (set.has(candidate)) found = start;
      from = space;
    }
    return found;
  };
}
const TRAILING_CODES = new Set([' ', '.', '\n'].map((c) => c.charCodeAt(0)));
const WORD_START = /[\p{L}\p{N}]/u;

/** Where the honorific, rank or degree that ends the text starts ("… dự có Đại tá " → at "Đại tá"), or -1. */
export const namePrefixAt = phraseAtEnd([...texts(HONORIFICS), ...texts(RANKS), ...texts(DEGREES)]);
export const PERSONAL_HONORIFIC_AT_END = new RegExp(`${BEFORE}(?:${anyOf(texts(PERSONAL_HONORIFICS))})\\s*$`, 'iu');
const PLACE_AT_END = new RegExp(
  `${BEFORE}(?:${anyOf(texts(PLACE_WORDS))})(?:\\s+(?:bầu\\s+cử\\s+)?(?:số\\s+)?\\p{N}+)?\\s*$`,
  'iu',
);
const PLACE_LAST_WORDS = new Set(PLACE_WORDS.map((w) => toneKey(w.text).toLowerCase().split(' ').at(-1) ?? ''));
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const SPACE_CHAR = /\s/u;
const NUMBER = /^\p{N}+$/u;
/** A place word, possibly with its number ("đơn vị bầu cử số 3"), right before a capitalized run. */
export function endsWithPlace(text: string): boolean {
  // The `$`-anchored regex is tried at every position; the last word alone rejects most texts, as
  // it must be a number or the last word of a place word.
  let end = text.length;
  while (end > 0 && SPACE_CHAR.test(text.charAt(end - 1))) end--;
  let start = end;
  while (start > 0 && WORD_CHAR.test(text.charAt(start - 1))) start--;
  const last = text.slice(start, end);
  return (PLACE_LAST_WORDS.has(last.toLowerCase()) || NUMBER.test(last)) && PLACE_AT_END.test(text);
}
const PLACE_WORD_SET = new Set(PLACE_WORDS.map((w) => toneKey(w.text).toLowerCase()));
export const isPlaceWord = (syllable: string): boolean => PLACE_WORD_SET.has(toneKey(syllable).toLowerCase());
export const RANK_AT_END = new RegExp(`${BEFORE}(?:${anyOf(texts(RANKS))})\\s*$`, 'iu');
export const HONORIFIC_WORDS = new RegExp(`^(?:${NAME_PREFIX_ALT})$`, 'iu');

const SURNAME_SET = new Set(SURNAMES.map((s) => toneKey(s)));
export const isSurname = (syllable: string): boolean => SURNAME_SET.has(toneKey(syllable));
const NON_NAME_SET = new Set(NON_NAME_WORDS.map((s) => toneKey(s)));
export const isNonNameWord = (syllable: string): boolean => NON_NAME_SET.has(toneKey(syllable));
/** What may open a name or a reference to a person right after "và". */
export const PERSON_OPENER = new RegExp(`^\\s*(?:${NAME_PREFIX_ALT}|${anyOf(texts(QUALIFIERS))})${AFTER}`, 'iu');
const PROVINCE_SET = new Set(PROVINCES.map((p) => toneKey(p).toLowerCase()));
export const isProvince = (name: string): boolean => PROVINCE_SET.has(toneKey(name).toLowerCase());
const HISTORICAL_SET = new Set(HISTORICAL_FIGURES.map((s) => toneKey(s)));
export const isHistorical = (name: string): boolean => HISTORICAL_SET.has(toneKey(name));
export const COMMEMORATION = new RegExp(
  `${opensLike(texts(COMMEMORATION_WORDS))}${BEFORE}${anyOf(texts(COMMEMORATION_WORDS))}${AFTER}`,
  'iu',
);
export const CREDIT_AT_END = new RegExp(`[(]\\s*(?:${anyOf(CREDIT_MARKERS)})\\s*:?[^)]*$|${BEFORE}(?:${anyOf(CREDIT_MARKERS)})\\s*:\\s*[^.;]*$`, 'u');

const CHAIR_ALT = anyOf(texts(CHAIR_VERBS));
const ATTEND_ALT = anyOf(texts(ATTEND_VERBS));
const SPEECH_ALT = anyOf(texts(SPEECH_VERBS));
/** The enders, each guarded against the word after which it is part of a body's name. */
const ENDER_ALT = `(?:${LIST_ENDERS.map((e) => (e.notAfter ? `(?<!${BEFORE}${anyOf(e.notAfter)}\\s+)` : '') + anyOf([e.text])).join('|')})`;
const APPOINT_ALT = anyOf(texts(APPOINT_PHRASES));

/** Where a list of posts stops: a role verb, a list-ending word, an appointment, a parenthesised credit. */
const MEETING_NOUN_TEXT = anyOf(texts(MEETING_NOUNS));
/** "tại hội nghị" ends a post; "tại Hà Nội" belongs to it ("Trưởng Ban liên lạc … tại Hà Nội"). */
const AT_EVENT = `tại\\s+(?:${MEETING_NOUN_TEXT}|các|buổi|cuộc|điểm\\s+cầu|trụ\\s+sở)${AFTER}`;
// Every stop opens with a blank or "(": a lookahead on that one character spares most positions both branches.
export const LIST_STOP = new RegExp(
  `(?=[\\s(])(?:\\s(?:${CHAIR_ALT}|${ATTEND_ALT}|${SPEECH_ALT}|${ENDER_ALT}|${APPOINT_ALT}|${AT_EVENT})${AFTER}|\\s*\\((?:trái|phải|giữa|Ảnh|ảnh))`,
  'iu',
);

/**
 * A locality (its word and capitalized name) and the lower-case word after it: "… UBND tỉnh kết
 * luận …", "… phường Cát Dài trả lời …". Case matters (a capital opens the locality's name), so
 * this one is not case-insensitive; it reads forward from each locality word, never looking back.
 */
const LOCALITY_THEN_WORD = new RegExp(
  `(?=[${[...new Set(LOCALITIES.map((w) => w.charAt(0)))].join('')}])${BEFORE}(?:${anyOf(LOCALITIES)})(?:\\s+${SYLLABLE})*(?=\\s+(\\p{Ll}[\\p{L}\\p{M}]*(?:\\s+\\p{Ll}[\\p{L}\\p{M}]*)?))`,
  'gu',
);
const FOLLOWER_KEYS = new Set(LOCALITY_FOLLOWERS.map((w) => toneKey(w)));

/** Where a post's locality ends and a lower-case predicate starts (the space before it), or -1. */
export function localityPredicateAt(key: string): number {
  for (const m of allMatches(LOCALITY_THEN_WORD, key)) {
    const after = (m[1] ?? '').replace(/\s+/gu, ' ');
    // One- or two-word followers ("khóa", "nhiệm kỳ") keep the post going.
    if (FOLLOWER_KEYS.has(after.split(' ')[0] ?? '') || FOLLOWER_KEYS.has(after)) continue;
    return m.index + m[0].length;
  }
  return -1;
}

/** "cử bổ sung bà A, pos làm <post>": an electing verb earlier in the clause that ends at a mention. */
export const ELECT_BEFORE = new RegExp(`${BEFORE}${anyOf(texts(ELECT_VERBS))}${AFTER}[^.;]{0,80}$`, 'iu');
/** Right after a person's posts in an electing clause: "… làm Ủy viên …". */
export const AS_AFTER_LIST = /^\s*,?\s*làm\s+/iu;
/** "miễn nhiệm chức danh <post> đối với ông A": group 1 is the post its holder leaves. */
export const RELIEVE = new RegExp(
  `${BEFORE}${anyOf(texts(RELIEVE_PHRASES))}\\s+(?:chức\\s+(?:danh|vụ)\\s+)?([^.;]{3,120}?)\\s+đối\\s+với\\s+`,
  'giu',
);
/** "từng giữ các chức vụ: …": a biography's earlier posts follow. */
export const CAREER = new RegExp(
  `${BEFORE}${anyOf(texts(CAREER_PHRASES))}\\s+(?:(?:các|những)\\s+)?(?:chức\\s+(?:danh|vụ)\\s*:?\\s*)?`,
  'iu',
);
/** Titles more than one person holds at once ("Phó Chủ tịch"): one such post may follow two names joined by "và". */
export const PLURAL_TITLE = new RegExp(`^(?:${QUALIFIER_ALT}\\s+)?${anyOf(texts(PLURAL_TITLE_HEADS))}${AFTER}`, 'iu');

const SHARED_TITLE = new RegExp(`^(?:${anyOf(texts(SHARED_TITLES))}|.*${toneKey('ủy viên')})$`, 'iu');
const STANDING_DEPUTY = /^Phó\s.*\sThường trực$/iu;

/**
 * Whether several people hold a post of this title in one body at once: deputies and members
 * ("Phó Chủ tịch", "Thành ủy viên"), but not the standing deputy ("Phó Bí thư Thường trực"), who is one.
 */
export function isSharedTitle(title: string): boolean {
  const key = toneKey(title.trim());
  return !STANDING_DEPUTY.test(key) && (PLURAL_TITLE.test(key) || SHARED_TITLE.test(key));
}

export const APPOINT = new RegExp(`${BEFORE}(${APPOINT_ALT})\\s+`, 'giu');
export const LEAVE_BEFORE = new RegExp(`${BEFORE}(?:${anyOf(texts(LEAVE_WORDS))})\\s*$`, 'iu');
export const APPROVE = new RegExp(`${BEFORE}${anyOf(texts(APPROVE_WORDS))}${AFTER}`, 'iu');
/** Right after a person's posts: "…, được bầu giữ chức …", "… là Bí thư …", "… tham gia Ban …". */
export const APPOINT_AFTER_LIST = new RegExp(
  `^\\s*,?\\s*(?:nhận\\s+công\\s+tác\\s*,?\\s*(?:và\\s+)?)?(?:(${APPOINT_ALT})|(là)|(tham\\s+gia))\\s+`,
  'iu',
);

export const MEETING_NOUN_ALT = anyOf(texts(MEETING_NOUNS));
/** "Quốc hội thảo luận", "xã hội thảo …": the "hội" of another word does not open "hội thảo" or "hội nghị". */
const NOT_A_NOUN_HEAD = '(?<!(?:[Qq]uốc|[Xx]ã)\\s+)';
export const MEETING_NOUN = new RegExp(`${opensLike(texts(MEETING_NOUNS))}${BEFORE}${NOT_A_NOUN_HEAD}(${MEETING_NOUN_ALT})${AFTER}`, 'giu');
export const KIND_MODIFIER = new RegExp(`^\\s+(${anyOf(texts(KIND_MODIFIERS))})${AFTER}`, 'iu');
export const ORGANIZE = new RegExp(
  `${BEFORE}(?<!${BEFORE}(?:${anyOf(MEETING_HEADS_BEFORE_HOP)})\\s+)(?:(?:đã|vừa|long\\s+trọng|chính\\s+thức)\\s+)*(${anyOf(texts(ORGANIZE_VERBS))})${AFTER}`,
  'iu',
);
export const VISIT = new RegExp(`${BEFORE}(${anyOf(texts(VISIT_VERBS))})${AFTER}`, 'iu');
/**
 * A working visit's verb; the group `strict` says its subject must be a delegation or an official.
 * Right after "Đoàn" the verb names the delegation ("Đoàn kiểm tra"), it is not its act.
 */
export const WORK = new RegExp(
  `${BEFORE}(?<!${BEFORE}(?:${anyOf(texts(DELEGATION_WORDS))})\\s+)(?:(?<strict>${anyOf(texts(WORK_VERBS.filter((w) => w.strict)))})|(?<loose>${anyOf(texts(WORK_VERBS.filter((w) => !w.strict)))}))${AFTER}`,
  'iu',
);
export const NOT_WORK_PARTNER = new RegExp(`^\\s*(?:các\\s+|những\\s+|\\d+\\s+)?(?:${anyOf(texts(NOT_WORK_PARTNERS))})${AFTER}`, 'iu');
/** A delegation as subject, after the last comma of the clause. */
export const DELEGATION_AT = new RegExp(`(?:^|,)\\s*(?:${anyOf(texts(DELEGATION_WORDS))})${AFTER}[^,]*$`, 'u');
/** "Hội nghị … do <body> tổ chức": the organizer of a meeting in the passive. */
export const PASSIVE_ORGANIZER = new RegExp(
  `${BEFORE}(?:${MEETING_NOUN_ALT})${AFTER}[^.;]{0,120}?${BEFORE}do\\s+([^.;]{3,120}?)\\s+(?:(?:đã|vừa|long\\s+trọng)\\s+)*(?:${anyOf(texts(ORGANIZE_VERBS))})${AFTER}`,
  'iu',
);
export const NOT_HELD = new RegExp(`${BEFORE}(?:${anyOf(texts(NOT_HELD_MARKERS))})${AFTER}`, 'iu');
