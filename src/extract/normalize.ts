/**
 * Text normalization. `normalizeText` is applied once at the door and keeps what users see;
 * `toneKey` and `foldKey` build comparison and search keys and are never shown.
 */

// Spaces that word processors and CMSs leave in articles (no-break, thin, ideographic, …).
const ODD_SPACE_RE = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\t\v\f]/gu;
// Invisible characters: zero-width (ZWSP/ZWNJ/ZWJ/word joiner), BOM, soft hyphen, bidi marks.
const INVISIBLE_RE = /[\u200B-\u200D\u2060\uFEFF\u00AD\u200E\u200F\u202A-\u202E\u2066-\u2069]/gu;
// C0/C1 controls other than the line feed, DEL, and the replacement character left by bad decoding.
const CONTROL_RE = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\uFFFD]/gu;
const LINE_BREAK_RE = /\r\n?|[\u2028\u2029\u0085]/gu;

// One scan tells whether any of the rewrites below has work to do; most articles are clean.
const ANY_ODD_RE = /[\r\u2028\u2029\u0085\u00A0\u1680\u2000-\u200F\u202A-\u202F\u205F\u2060\u2066-\u2069\u3000\uFEFF\u00AD\u0000-\u0009\u000B-\u001F\u007F-\u009F\uFFFD]/u;

/**
 * NFC, one kind of space, LF line ends, no control characters or decoding junk. Lone surrogates
 * (from text cut inside a pair) are replaced, so the result is always well-formed.
 */

export function normalizeText(s: string): string {
  const wellFormed = s.toWellFormed();
  if (!ANY_ODD_RE.test(wellFormed)) return wellFormed.normalize('NFC');
  return wellFormed
    .replace(LINE_BREAK_RE, '\n')
    .replace(ODD_SPACE_RE, ' ')
    .replace(INVISIBLE_RE, '')
    .replace(CONTROL_RE, '')
    .normalize('NFC');
}

// The five tone marks, as combining characters.
const TONES = ['\u0300', '\u0301', '\u0303', '\u0309', '\u0323'];
/**
 * Old-style placement puts the tone on the second vowel of an open syllable ending in oa/oe/uy
 * ("hoà", "khoẻ", "thuỷ"); the new style on the first ("hòa", "khỏe", "thủy"). The rule is on the
 * syllable, not a word list. After "q" the "u" belongs to the consonant, so "quý" is already right;
 * a closed syllable ("hoàn", "khuyến") or one with another mark ("hoặc") has one placement only.
 * Built as a table over composed characters so the common case (nothing to move) costs one scan.
 */
const OLD_TONE_PAIRS = new Map<string, string>();
for (const [first, seconds] of [['o', 'aeAE'], ['O', 'aeAE'], ['u', 'yY'], ['U', 'yY']] as const) {
  for (const second of seconds) {
    for (const tone of TONES) {
      OLD_TONE_PAIRS.set(`${first}${(second + tone).normalize('NFC')}`, `${(first + tone).normalize('NFC')}${second}`);
    }
  }
}
const pairClass = (i: number): string => [...new Set([...OLD_TONE_PAIRS.keys()].map((k) => k[i]))].join('');
const OLD_TONE_RE = new RegExp(`(?<![qQ])[${pairClass(0)}][${pairClass(1)}](?![\\p{L}\\p{M}])`, 'gu');

// Keys are asked for the same few names, bodies and posts over and over, within an article and
// across a corpus; a bounded memo keeps that cheap without holding on to a whole corpus.
const MEMO_MAX = 4096;
export function memoized(fn: (s: string) => string): (s: string) => string {
  const memo = new Map<string, string>();
  return (s) => {
    const known = memo.get(s);
    if (known !== undefined) return known;
    const value = fn(s);
    if (memo.size >= MEMO_MAX) memo.clear();
    memo.set(s, value);
    return value;
  };
}

/** Unifies old/new tone-mark placement to the new style, for comparison keys. */
export const toneKey = memoized((s) => s.normalize('NFC').replace(OLD_TONE_RE, (pair) => OLD_TONE_PAIRS.get(pair) ?? pair));

const SPACES_RUN_RE = /\s+/gu;

/** Comparison key: tone placement unified, lower case, single spaces; diacritics kept ("Uỷ  ban" = "ủy ban"). */
export const compareKey = memoized((s) => toneKey(s).toLowerCase().replace(SPACES_RUN_RE, ' ').trim());

const MARKS_RE = /\p{M}+/gu;
const SPACES_RE = /\s+/gu;

/** Search key: tone placement unified, lower case, no diacritics, đ→d, whitespace folded. */
export function foldKey(s: string): string {
  return toneKey(normalizeText(s))
    .toLowerCase()
    .normalize('NFD')
    .replace(MARKS_RE, '')
    .replace(/đ/gu, 'd')
    .replace(SPACES_RE, ' ')
    .trim();
}

/** URL-safe slug from the folded text ("Đặng Thị Hoà" → "dang-thi-hoa"). */
export const slugify = memoized((s) =>
  foldKey(s)
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-+|-+$/gu, ''),
);
