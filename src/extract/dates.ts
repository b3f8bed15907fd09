/**
 * Event dates inside a sentence ("Chiều 12/6", "Sáng ngày 05 tháng 6 năm 2023", "chiều nay (19/6)",
 * "Trong hai ngày 8 và 9/6") resolved against the article's publication date.
 *
 * Public API (pipeline callers depend on these signatures):
 *
 *   findEventDate(sentence: string, publishedAt: string | null): DateMention | null
 *     The date of the event the sentence reports: the best anchored mention (part of day, "ngày",
 *     a parenthesis, or a full dd/mm/yyyy), never a document's date ("Nghị quyết số … ngày …").
 *   findDates(sentence: string, publishedAt: string | null): DateMention[]
 *     Every date mention in the sentence, in order of position.
 *   resolveDayMonth(day, month, year: number | null, publishedAt: string | null): ResolvedDate
 *     Day/month (+ year) → "YYYY-MM-DD" or null with a reason for the caller's warnings.
 *
 * `publishedAt` is an ISO date or date-time ("2023-06-20T10:00:00+07:00", "2023-06-20") or a partial
 * reference ("2023-06", "2023") when the page only says the month: either gives the year.
 *
 * Layout follows chrono: a few parsers (pattern + extract), results sorted by position with overlaps
 * removed, then refiners (a range's year flows back to its first day).
 */
import type { PartOfDay } from './types.js';
import { DOCUMENT_WORDS, PART_OF_DAY, PLAN_MARKERS, RELATIVE_DAY, WEEKDAYS } from './lexicon/time.js';
import { allMatches } from './patterns.js';

export interface DateMention {
  /** YYYY-MM-DD, or null when the year is unknown or the date impossible (see `reason`). */
  date: string | null;
  partOfDay: PartOfDay | null;
  /** Offset of `text` in the sentence. */
  index: number;
  /** The exact span the mention came from. */
  text: string;
  /** Why `date` is null, in plain words; null when it is not. */
  reason: string | null;
  /** Introduced by a part of day, "ngày"/"hôm", a parenthesis or carrying its own year. */
  anchored: boolean;
  /** The sentence speaks of the event as planned ("sẽ", "dự kiến"), not as held. */
  planned: boolean;
}

export interface ResolvedDate {
  date: string | null;
  reason: string | null;
}

interface Reference {
  year: number;
  /** The last day the reference allows: the publication day, or the end of the month/year given. */
  last: string;
}

interface RawMention {
  index: number;
  text: string;
  day: number | null;
  month: number | null;
  year: number | null;
  /** Days relative to the reference ("hôm nay" = 0, "hôm qua" = -1) when no day/month is written. */
  offset: number | null;
  partOfDay: PartOfDay | null;
  anchored: boolean;
}

const alternation = (words: Iterable<string>): string =>
  [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('|');

const PART = `(${alternation(Object.keys(PART_OF_DAY))})`;
// "Sáng thứ Hai (8/9)", "chiều Chủ nhật, ngày 8/9": a weekday may sit between the part of day and the date.
const WEEKDAY = `(?:(?:${alternation(WEEKDAYS)})\\s*,?\\s*)`;
const REL = `(${alternation(Object.keys(RELATIVE_DAY))})`;
const NOT_AFTER = '(?<![\\p{L}\\p{N}])';
// A day/month must not run on into more digits ("1.245 đảng viên", "5.2023") or a letter.
const NOT_BEFORE_NUM = '(?![\\p{N}\\p{L}]|[/.,-]\\p{N})';

// What a numeric date can open with: a time word's first letter, "(" or the day. Checked before the
// lookbehind, it turns most positions of a sentence away on one character.
const NUMERIC_OPENERS = `(?=[${[...new Set([...Object.keys(PART_OF_DAY), ...WEEKDAYS, 'hôm', 'ngày'].map((w) => w.charAt(0).toLowerCase()))].join('')}(\\d])`;

// Groups: 1 part of day, 2 relative word, 3 "ngày"/"hôm", 4 "(", 5 day, 6 separator, 7 month, 8 year.
const NUMERIC_RE = new RegExp(
  `${NUMERIC_OPENERS}${NOT_AFTER}(?:${PART}(?:\\s+${REL}\\s*,?)?\\s+|hôm\\s+(?:${alternation(Object.keys(RELATIVE_DAY))})\\s*,?\\s*)?${WEEKDAY}?(?:(ngày|hôm)\\s+)?(\\(\\s*)?(\\d{1,2})\\s*([/.-])\\s*(\\d{1,2})(?:\\s*\\6\\s*(\\d{4}))?${NOT_BEFORE_NUM}`,
  'giu',
);
const N_PART = 1, N_NGAY = 3, N_PAREN = 4, N_DAY = 5, N_SEP = 6, N_MONTH = 7, N_YEAR = 8;

// "(Sáng) ngày 05 tháng 6 (năm 2023)". Groups: 1 part of day, 2 day, 3 month, 4 year.
const WRITTEN_RE = new RegExp(
  `${NOT_AFTER}(?:${PART}\\s+)?ngày\\s+(\\d{1,2})\\s+tháng\\s+(\\d{1,2})(?:\\s*(?:năm|,)\\s*(\\d{4}))?(?![\\p{N}])`,
  'giu',
);
const W_PART = 1, W_DAY = 2, W_MONTH = 3, W_YEAR = 4;

// Multi-day events "Trong hai ngày 8 và 9/6", "từ ngày 8-9/6": the event starts on the first day.
// Groups: 1 part of day, 2 first day, 3 last day, 4 separator, 5 month, 6 year.
const SPAN_RE = new RegExp(
  `${NOT_AFTER}(?:${PART}\\s+)?(?:(?:trong|từ)\\s+(?:[\\p{L}\\p{N}]+\\s+)?)?ngày\\s+\\(?\\s*(\\d{1,2})\\s*(?:và|,|-|–|đến)\\s*(?:ngày\\s+)?(\\d{1,2})\\s*([/.-])\\s*(\\d{1,2})(?:\\s*\\4\\s*(\\d{4}))?(?![\\p{N}])`,
  'giu',
);
const S_PART = 1, S_FIRST = 2, S_MONTH = 5, S_YEAR = 6;

// "sáng nay", "chiều qua", "hôm nay" with no day/month written after them.
const RELATIVE_RE = new RegExp(`${NOT_AFTER}(?:${PART}\\s+${REL}|hôm\\s+${REL})(?!\\p{L})(?!\\s*[,(]?\\s*\\d)`, 'giu');
const R_PART = 1, R_REL = 2, R_HOM_REL = 3;

// A year standing alone in the sentence ("nhân dịp Tết Quý Mão 2023"), not a term "2020-2025".
const YEAR_RE = /(?<![\p{N}\p{L}/.\-])(19\d{2}|20\d{2})(?![\p{N}\p{L}]|\s*[-–]\s*\d{4})/gu;
const YEAR_HINT_WINDOW = 60;
const TERM_BEFORE_RE = /(?:(?:nhiệm\s+kỳ|khóa|khoá)\s*|\d{4}\s*[-–]\s*)$/iu;

// "Chỉ thị số 05-CT/TU ", "Thông tri số 04 - TT/TU ", "Quyết định 215/QĐ-UBND ": a document word and its number.
const DOCUMENT_BEFORE_RE = new RegExp(
  `(?<!\\p{L})(?:(?:${alternation(DOCUMENT_WORDS)})\\s+(?:số\\s+)?|số\\s+)(?=\\S*\\d)\\S+(?:\\s*[-–]\\s*\\S+)?\\s*$`,
  'iu',
);
const DOCUMENT_AFTER_RE = /^\s*(?:của|về\s+việc)(?!\p{L})/iu;
// After a range's first day: "30/6 – 02/7/2023".
const RANGE_GLUE_RE = /^\s*[-–]\s*$/u;

const ISO_REF_RE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/u;

const pad = (n: number): string => String(n).padStart(2, '0');
const isoDate = (y: number, m: number, d: number): string => `${y}-${pad(m)}-${pad(d)}`;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function parseReference(publishedAt: string | null): Reference | null {
  if (!publishedAt) return null;
  const m = ISO_REF_RE.exec(publishedAt.trim());
  if (!m) return null;
  const year = Number(m[1]);
  const month = m[2] ? Number(m[2]) : null;
  const day = m[3] ? Number(m[3]) : null;
  if (month !== null && (month < 1 || month > 12)) return null;
  if (month === null) return { year, last: isoDate(year, 12, 31) };
  if (day === null) return { year, last: isoDate(year, month, daysInMonth(year, month)) };
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return { year, last: isoDate(year, month, day) };
}

function shiftDays(iso: string, days: number): string {
  const t = Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) + days * 86_400_000;
  const d = new Date(t);
  return isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/**
 * Day and month (and the year if written) to an ISO date. Without a year, the year comes from the
 * publication date, and a day/month that would fall after publication belongs to the year before
 * (late December reported in January). A date is never after publication, unless the sentence
 * plans the event (`planned`: "sẽ", "dự kiến"), when a later day/month stays in the same year.
 */
export function resolveDayMonth(
  day: number,
  month: number,
  year: number | null,
  publishedAt: string | null,
  planned = false,
): ResolvedDate {
  const shown = `${day}/${month}${year !== null ? `/${year}` : ''}`;
  if (!Number.isInteger(day) || !Number.isInteger(month) || month < 1 || month > 12 || day < 1 || day > 31) {
    return { date: null, reason: `impossible date ${shown}` };
  }
  const ref = parseReference(publishedAt);
  let y = year;
  if (y === null) {
    if (!ref) return { date: null, reason: `no year for ${shown}` };
    y = ref.year;
    if (!planned && day <= daysInMonth(y, month) && isoDate(y, month, day) > ref.last) y -= 1;
  }
  if (day > daysInMonth(y, month)) return { date: null, reason: `impossible date ${shown}` };
  const date = isoDate(y, month, day);
  if (ref && date > ref.last && !planned) return { date: null, reason: `date ${shown} is after publication ${publishedAt}` };
  return { date, reason: null };
}

const partOf = (word: string | undefined): PartOfDay | null => (word ? PART_OF_DAY[word.toLowerCase()] ?? null : null);

const PLANNED_RE = new RegExp(`(?<![\\p{L}\\p{M}])(?:${PLAN_MARKERS.map((w) => w.replace(/ /gu, '\\s+')).join('|')})(?![\\p{L}\\p{M}])`, 'iu');

// Every parser needs a digit or a relative word ("nay", "qua"); most sentences have neither.
const MAYBE_DATE_RE = /\d|nay|qua/iu;

// Cheap tests for the word or shape each parser cannot do without.
const HAS_NGAY_RE = /ngày/iu;
const HAS_THANG_RE = /tháng/iu;
// "nay"/"qua" are common inside other words ("hiện nay", "thông qua"); only after a time word are they dates.
const HAS_RELATIVE_RE = new RegExp(`(?:${alternation(Object.keys(PART_OF_DAY))}|hôm)\\s+(?:${alternation(Object.keys(RELATIVE_DAY))})`, 'iu');
const HAS_DAY_MONTH_RE = /\d\s*[/.-]\s*\d/u;

function collectRaw(sentence: string): RawMention[] {
  const out: RawMention[] = [];
  if (!MAYBE_DATE_RE.test(sentence)) return out;
  const hasNgay = HAS_NGAY_RE.test(sentence);
  const hasDayMonth = HAS_DAY_MONTH_RE.test(sentence);
  if (hasNgay && hasDayMonth) for (const m of allMatches(SPAN_RE, sentence)) {
    out.push({
      index: m.index, text: m[0], day: Number(m[S_FIRST]), month: Number(m[S_MONTH]),
      year: m[S_YEAR] ? Number(m[S_YEAR]) : null, offset: null, partOfDay: partOf(m[S_PART]), anchored: true,
    });
  }
  if (hasNgay && HAS_THANG_RE.test(sentence)) for (const m of allMatches(WRITTEN_RE, sentence)) {
    out.push({
      index: m.index, text: m[0], day: Number(m[W_DAY]), month: Number(m[W_MONTH]),
      year: m[W_YEAR] ? Number(m[W_YEAR]) : null, offset: null, partOfDay: partOf(m[W_PART]), anchored: true,
    });
  }
  if (hasDayMonth) for (const m of allMatches(NUMERIC_RE, sentence)) {
    const year = m[N_YEAR] ? Number(m[N_YEAR]) : null;
    const anchored = Boolean(m[N_PART] || m[N_NGAY] || m[N_PAREN] || year !== null);
    // "3-4 người", "2.5 lần": dashes and dots are dates only when something says so.
    if (!anchored && m[N_SEP] !== '/') continue;
    // In "chiều nay (19/6)" the written day wins; the relative word only confirms it.
    const closing = m[N_PAREN] ? /^\s*\)/u.exec(sentence.slice(m.index + m[0].length)) : null;
    out.push({
      index: m.index, text: m[0] + (closing ? closing[0] : ''), day: Number(m[N_DAY]), month: Number(m[N_MONTH]), year, offset: null,
      partOfDay: partOf(m[N_PART]), anchored,
    });
  }
  if (HAS_RELATIVE_RE.test(sentence)) for (const m of allMatches(RELATIVE_RE, sentence)) {
    const rel = (m[R_REL] ?? m[R_HOM_REL] ?? '').toLowerCase();
    out.push({
      index: m.index, text: m[0], day: null, month: null, year: null, offset: RELATIVE_DAY[rel] ?? 0,
      partOfDay: partOf(m[R_PART]), anchored: true,
    });
  }
  // Earlier first, then the longer span; a span inside one already kept is the same mention.
  out.sort((a, b) => a.index - b.index || b.text.length - a.text.length);
  const kept: RawMention[] = [];
  let end = -1;
  for (const r of out) {
    if (r.index < end) continue;
    kept.push(r);
    end = r.index + r.text.length;
  }
  return kept;
}

/**
 * A year written just after the date, in the same stretch of the sentence ("Tối 30-1, nhân dịp Tết
 * Quý Mão 2023, …"). Further away a year is as likely to be a plan's or a report's as the event's,
 * and a wrong year costs more than none.
 */
function yearHint(sentence: string, from: number): number | null {
  const window = sentence.slice(from, from + YEAR_HINT_WINDOW);
  for (const m of window.matchAll(YEAR_RE)) {
    if (TERM_BEFORE_RE.test(window.slice(Math.max(0, m.index - 12), m.index))) continue;
    return Number(m[1]);
  }
  return null;
}

/** Every date mention in the sentence, in order of position. */
export function findDates(sentence: string, publishedAt: string | null): DateMention[] {
  const raw = collectRaw(sentence);
  // A range's year flows back to its first day: "30/6 – 02/7/2023".
  for (let i = 0; i + 1 < raw.length; i++) {
    const a = raw[i]!, b = raw[i + 1]!;
    if (a.year === null && a.day !== null && b.year !== null && b.month !== null && a.month !== null &&
        RANGE_GLUE_RE.test(sentence.slice(a.index + a.text.length, b.index))) {
      a.year = a.month > b.month ? b.year - 1 : b.year;
    }
  }
  const hasReference = parseReference(publishedAt) !== null;
  const planned = raw.length > 0 && PLANNED_RE.test(sentence);
  return raw.map((r) => {
    let resolved: ResolvedDate;
    if (r.offset !== null) {
      const ref = parseReference(publishedAt);
      resolved = ref && publishedAt && /^\d{4}-\d{2}-\d{2}/u.test(publishedAt)
        ? { date: shiftDays(ref.last, r.offset), reason: null }
        : { date: null, reason: `no publication date for "${r.text}"` };
    } else {
      const hint = r.year === null && !hasReference ? yearHint(sentence, r.index + r.text.length) : null;
      resolved = resolveDayMonth(r.day ?? 0, r.month ?? 0, r.year ?? hint, publishedAt, planned);
    }
    return {
      date: resolved.date, partOfDay: r.partOfDay, index: r.index, text: r.text, reason: resolved.reason, anchored: r.anchored,
      planned,
    };
  });
}

function score(sentence: string, m: DateMention): number {
  const before = sentence.slice(Math.max(0, m.index - 60), m.index);
  const after = sentence.slice(m.index + m.text.length, m.index + m.text.length + 20);
  if (DOCUMENT_BEFORE_RE.test(before) || DOCUMENT_AFTER_RE.test(after)) return -10;
  let s = 0;
  if (m.partOfDay) s += 4;
  if (m.index < 40) s += 1;
  return s;
}

/**
 * The date of the event a sentence reports, or null when it gives none. Among several mentions, a
 * part of day and an early position win; a document's date ("Chỉ thị số 05-CT/TU ngày 12/3/2023")
 * is never the event's.
 */
export function findEventDate(sentence: string, publishedAt: string | null): DateMention | null {
  let best: DateMention | null = null;
  let bestScore = -1;
  for (const m of findDates(sentence, publishedAt)) {
    if (!m.anchored) continue;
    const s = score(sentence, m);
    if (s > bestScore) {
      best = m;
      bestScore = s;
    }
  }
  return best;
}
