/**
 * The article around the text: title, publication time, byline, locality, and the body without the
 * page's header and footer. Works on the genre (city portals, party and police papers, national
 * outlets), not on particular articles:
 *
 * - the city portal prints "Print <weekday>, dd/mm/yyyy HH:MM[ Gốc]" first and closes with a footer
 *   ("Tiện ích thông tin", "QR CODE: <title>", "Tin khác", …) after the byline;
 * - other outlets put a timestamp line near the title ("07:40 05/02/2022", "Thứ Sáu, 11/10/2024 - 16:05",
 *   "Thứ 6, 11/10/2024 | 08:00:30"), a date line under it, or page metadata " date 2024-05-21";
 * - bylines are a short line of names or initials before the footer, before related-article teasers,
 *   at the very end, or under the title; a reprint adds its source in parentheses.
 */
import type { ArticleInfo } from './types.js';
import { normalizeText, slugify } from './normalize.js';
import { WEEKDAYS } from './lexicon/time.js';
import {
  ADDRESS_WORDS, AFFILIATION_HEADS, AUTHOR_LABELS, CREDIT_PREFIXES, FOOTER_LINES, FOOTER_PREFIXES, JUNK_LINE_FRAGMENTS, JUNK_LINE_PREFIXES,
  OUTLET_PREFIXES, PORTAL_HOST_PREFIXES, PROVINCES, TIMESTAMP_LABELS, TITLE_REPEAT_PREFIX,
} from './lexicon/boilerplate.js';

export interface ParsedArticle {
  info: ArticleInfo;
  /** Same as info.body. */
  body: string;
  /**
   * What dates in the text resolve against: publishedAt, or the year-month ("2024-05") or year the
   * page metadata gives when it has no full date. Pass it to findEventDate.
   */
  reference: string | null;
  /**
   * A date stamp in the URL ("/202109/", "-20200115"): the page's year and month, but not the text's
   * word, so a day/month resolved with it is given as inferred, never as the meeting's date.
   */
  urlReference: string | null;
  /** What was seen but not understood (an impossible header date, …). */
  warnings: string[];
}

interface Line {
  text: string;
  drop: boolean;
}

interface Stamp {
  /** YYYY-MM-DD */
  date: string;
  /** HH:MM:SS or null */
  time: string | null;
  fromPrint: boolean;
}

const escape = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
const alternation = (words: readonly string[]): string => [...words].sort((a, b) => b.length - a.length).map(escape).join('|');

const WEEKDAY = `(?:(?:${alternation(WEEKDAYS)})\\s*,?\\s*)`;
const LABEL = `(?:(?:${alternation(TIMESTAMP_LABELS)})\\s*:?\\s*)`;
// "Tin tức - Ngày đăng : 16:23, 10/01/2023": a section name may stand before the label.
const SECTION_LABEL = `(?:(?:\\p{L}+\\s){0,3}\\p{L}+\\s*[-–|]\\s*)?${LABEL}`;
// Day, month, year with one separator throughout (named groups d, m, y).
const DMY = '(?<d>\\d{1,2})(?<sep>[/.-])(?<m>\\d{1,2})\\k<sep>(?<y>\\d{4})';
// Hours and minutes, optional seconds (named groups h, min, s).
const HM = '(?<h>\\d{1,2})[:hg](?<min>\\d{2})(?::(?<s>\\d{2}))?';
const ZONE = '(?:\\s*[[(]?\\s*GMT\\s*\\+\\s*0?7(?::?00)?\\s*[\\])]?)?';

const PRINT_RE = new RegExp(`^Print\\s+${WEEKDAY}?${DMY}\\s+${HM}(?:\\s+Gốc)?\\s*$`, 'iu');
const DATE_TIME_LINE_RE = new RegExp(`^${SECTION_LABEL}?(?:ngày\\s+)?${WEEKDAY}?(?:ngày\\s+)?${DMY}\\s*(?:[-|,–]\\s*)?(?:lúc\\s+)?${HM}${ZONE}\\s*$`, 'iu');
// "2024-04-03 14:05", "2024-04-03T14:05:00+07:00": machine-written stamps on their own line.
const ISO_LINE_RE = /^(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})(?:[T ](?<h>\d{2}):(?<min>\d{2})(?::(?<s>\d{2}))?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?$/u;
const TIME_DATE_PREFIX_RE = new RegExp(`^${SECTION_LABEL}?(?:lúc\\s+)?${HM}${ZONE}\\s*(?:[-|,–]\\s*)?(?:ngày\\s+)?${WEEKDAY}?(?:ngày\\s+)?${DMY}${ZONE}(?=\\s|$)\\s*`, 'iu');
const DATE_LINE_RE = new RegExp(`^${LABEL}?(?:ngày\\s+)?${WEEKDAY}?(?:ngày\\s+)?${DMY}\\s*$`, 'iu');
/** "Thứ Năm, 12 tháng 1, 2012": the month in words, as blog platforms write the post date. */
const WORDED_DATE_LINE_RE = new RegExp(
  `^${SECTION_LABEL}?(?:ngày\\s+)?${WEEKDAY}?(?:ngày\\s+)?(?<d>\\d{1,2})\\s+tháng\\s+(?<m>\\d{1,2})\\s*,?\\s*(?:năm\\s+)?(?<y>\\d{4})\\s*$`,
  'iu',
);
// "Đà Lạt 02/05/2024": a place and the day the page was shown.
const PLACE_DATE_LINE_RE = new RegExp(`^\\p{Lu}\\p{Ll}*(?:\\s+\\p{Lu}\\p{Ll}*){0,3}\\s*,?\\s+${DMY}\\s*$`, 'u');
// "NAME (source) dd/mm/yyyy HH:MM (GMT+7)": a byline carrying the timestamp.
const BYLINE_STAMP_RE = new RegExp(`^(?<name>.{2,80}?)\\s+${DMY}\\s*(?:[-|,–]\\s*)?${HM}${ZONE}\\s*$`, 'u');
const META_RE = /^\s*date\s+(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?)?)?(?=\s|$)\s*/u;

const FOOTER_SET = new Set(FOOTER_LINES);
const JUNK_FRAGMENTS_RE = new RegExp(`(?:${alternation(JUNK_LINE_FRAGMENTS)})`, 'iu');
const JUNK_PREFIX_RE = new RegExp(`^(?:${alternation(JUNK_LINE_PREFIXES)})`, 'iu');
const OUTLET_LINE_RE = new RegExp(`^(?:${alternation(OUTLET_PREFIXES)})\\s+\\p{Lu}`, 'iu');
const CREDIT_RE = new RegExp(`^(?:${alternation(CREDIT_PREFIXES)})(?!\\p{L})`, 'iu');
const ADDRESS_RE = new RegExp(`^(?:${alternation(ADDRESS_WORDS)})(?!\\p{L})`, 'iu');
const PHOTO_CREDIT_RE = /(?:^|[\s(])Ảnh\s*:/iu;
const TERMINAL_RE = /[.!?…:;]["”’)\]]*$/u;
const SENTENCE_END_RE = /[.!?…]["”’)\]]*$/u;
const ELLIPSIS_END_RE = /(?:…|\.\.\.)$/u;
const EVENT_START_RE = /^(?:\([^)]{1,30}\)\s*[-–]?\s*)?(?:sáng|trưa|chiều|tối|ngày|hôm)\s+\d/iu;
const TRAILING_PARENS_RE = /\s*\([^()]*\)\s*$/u;
// "Bài và ảnh: Minh Tú", "Tin, ảnh: PV": the label credits the writer.
/** "Theo Trần Hiếu - Hiển Cừ (TNO)": a repost names the writers of the original; the outlet in parentheses goes. */
const REPOST_PREFIX_RE = /^Theo\s+(?=\p{Lu})/u;
const AUTHOR_LABEL_RE = new RegExp(`^(?:${alternation(AUTHOR_LABELS)})\\s*:\\s*`, 'iu');
// "Minh Tú/TTXVN": the agency after the slash is the source, not a name.
const OUTLET_SUFFIX_RE = /\s*\/\s*[\p{Lu}\p{N}]+$/u;
// "Minh Tú - Đảng ủy xã X": a unit after the last dash is the writer's affiliation, not a co-author.
const AFFILIATION_SUFFIX_RE = new RegExp(`\\s+[–—-]\\s*(?:${alternation(AFFILIATION_HEADS)})(?!\\p{L})[^–—-]*$`, 'iu');
const BYLINE_SPLIT_RE = /\s*(?:[–—-]|,|&|\s và\s)\s*/u;
// A name word ("Lan", "MINH"), an abbreviated one ("Ng.Hải"), or initials ("PV", "N.H.").
const BYLINE_WORD_RE = /^(?:(?:\p{Lu}\p{Ll}?\.)*\p{Lu}[\p{Ll}\p{Lu}]*\.?|(?:\p{Lu}\.){1,4})$/u;
const FOOTER_PLACE_RE = new RegExp(`(?:thành\\s+phố|tỉnh|tp\\.?)\\s+(${alternation(PROVINCES)})(?!\\p{L})`, 'iu');

const HEADER_LINES = 15;
const TITLE_LOOKAHEAD = 6;
const BYLINE_MAX = 60;
const BYLINE_STAMP_MAX = 140;
const TEASER_MAX = 160;
const TRAILING_SCAN = 12;

const pad = (n: number): string => String(n).padStart(2, '0');

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A header date and optional time → Stamp, or a warning when the numbers are impossible. */
function makeStamp(g: Partial<Record<string, string>>, fromPrint: boolean, warnings: string[]): Stamp | null {
  const { d = '', m = '', y = '', h, min, s } = g;
  const day = Number(d), month = Number(m), year = Number(y);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || year < 1945 || year > 2200) {
    warnings.push(`impossible publication date ${d}/${m}/${y}`);
    return null;
  }
  let time: string | null = null;
  if (h !== undefined && min !== undefined) {
    const hh = Number(h), mm = Number(min), ss = s === undefined ? 0 : Number(s);
    if (hh > 23 || mm > 59 || ss > 59) warnings.push(`impossible publication time ${h}:${min}`);
    else time = `${pad(hh)}:${pad(mm)}:${pad(ss)}`;
  }
  return { date: `${year}-${pad(month)}-${pad(day)}`, time, fromPrint };
}

function isoOf(stamp: Stamp): string {
  return stamp.time ? `${stamp.date}T${stamp.time}+07:00` : stamp.date;
}

/** The article's own stamp: the portal's print header, else the earliest (a page's "today" is later). */
function pickStamp(stamps: Stamp[]): Stamp | null {
  const print = stamps.find((s) => s.fromPrint);
  if (print) return print;
  let best: Stamp | null = null;
  for (const s of stamps) {
    if (!best || s.date < best.date || (s.date === best.date && s.time !== null && best.time === null)) best = s;
  }
  return best;
}

/** "Lan Hương", "PV", "Ng.Hải", "Minh Tú – Lê Hà", "THU TRANG (theo báo X)" → the names. */
export function bylineOf(line: string): string | null {
  let t = line.trim().replace(AUTHOR_LABEL_RE, '').replace(REPOST_PREFIX_RE, '');
  if (t.length > 2 * BYLINE_MAX) return null;
  t = t.replace(OUTLET_SUFFIX_RE, '');
  while (TRAILING_PARENS_RE.test(t)) t = t.replace(TRAILING_PARENS_RE, '');
  t = t.replace(AFFILIATION_SUFFIX_RE, '');
  // One letter alone is an excerpt cut after its first letter, not a byline ("TB" and "MP" are).
  if (!t || t.length < 2 || t.length > BYLINE_MAX || /\d/u.test(t)) return null;
  if (CREDIT_RE.test(t) || ADDRESS_RE.test(t) || isFooterLine(t)) return null;
  const people = t.split(BYLINE_SPLIT_RE);
  if (people.length > 4) return null;
  for (const person of people) {
    const words = person.split(/\s+/u).filter(Boolean);
    if (words.length < 1 || words.length > 4) return null;
    if (!words.every((w) => BYLINE_WORD_RE.test(w))) return null;
  }
  return t;
}

const FOOTER_PREFIX_MAX = Math.max(...FOOTER_PREFIXES.map((p) => p.length));
const FOOTER_LINE_MAX = Math.max(...FOOTER_LINES.map((p) => p.length));

function isFooterLine(t: string): boolean {
  const s = t.trim();
  const head = s.slice(0, FOOTER_PREFIX_MAX).toLowerCase();
  return (s.length <= FOOTER_LINE_MAX && FOOTER_SET.has(s.toLowerCase())) || FOOTER_PREFIXES.some((p) => head.startsWith(p));
}

// "Trang chủ | Thời sự | Chính trị | …": a site's menu; a headline has at most one bar.
const MENU_LINE_RE = /^[^|]*(?:\|[^|]*){3,}$/u;
const MENU_DASH = /\s[-–]\s/u;
const MENU_ITEM_RE = /^\S+(?:\s\S+){0,2}$/u;

/**
 * "Tin mới - Bạn đọc - Ảnh - Tìm kiếm": four or more items of one to three words between
 * dashes are a menu; a headline that uses dashes has longer parts ("Hải Phòng - Quảng Ninh ký kết …").
 */
function isDashMenu(t: string): boolean {
  if (!MENU_DASH.test(t)) return false;
  const items = t.trim().split(MENU_DASH);
  return items.length >= 4 && items.every((x) => MENU_ITEM_RE.test(x.trim()));
}

function isJunkLine(t: string): boolean {
  return t.length < 160 && (JUNK_FRAGMENTS_RE.test(t) || JUNK_PREFIX_RE.test(t.trim()) || MENU_LINE_RE.test(t) || isDashMenu(t));
}

/** Related-article teasers: short lines cut with "…" or lacking a sentence end. */
/** "![caption](/file/….jpg)": an image embedded by the page, with its caption; after the byline, a teaser's picture. */
const IMAGE_EMBED_RE = /^!\[[^\]]*\]\([^)]*\)$/u;

function isTeaser(t: string): boolean {
  const s = t.trim();
  return ELLIPSIS_END_RE.test(s) || IMAGE_EMBED_RE.test(s) || (s.length <= TEASER_MAX && !TERMINAL_RE.test(s));
}

function looksLikeTitle(t: string): boolean {
  const s = t.trim();
  const words = s.split(/\s+/u).length;
  return words >= 5 && s.length <= 250 && !/[.:;,]$/u.test(s) && !PHOTO_CREDIT_RE.test(s) &&
    !EVENT_START_RE.test(s) && bylineOf(s) === null && /^[\p{Lu}\p{N}"“(]/u.test(s);
}

// Host label → province: "haiphong", "thanhphohaiphong", "tinhuyhaiduong", …; the bare slug only
// counts on a government host, where it cannot be a newspaper's brand.
const HOST_LABELS = new Map<string, { name: string; bare: boolean }>();
for (const name of PROVINCES) {
  const slug = slugify(name).replace(/-/g, '');
  for (const prefix of PORTAL_HOST_PREFIXES) HOST_LABELS.set(prefix + slug, { name, bare: prefix === '' });
}

/** The locality of a province's own portal from its host ("thanhphohaiphong.gov.vn", "x.haiphong.gov.vn"). */
function placeFromUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
  const government = host.endsWith('.gov.vn');
  for (const label of host.split('.')) {
    const hit = HOST_LABELS.get(label);
    if (hit && (government || !hit.bare)) return hit.name;
  }
  return null;
}

function canonicalProvince(found: string): string {
  const key = slugify(found);
  return PROVINCES.find((p) => slugify(p) === key) ?? found;
}

/** Title, publication time, byline, locality and body of one article. */
export function parseArticle(text: string, opts: { url?: string | null } = {}): ParsedArticle {
  const warnings: string[] = [];
  const lines: Line[] = normalizeText(text).split('\n').map((t) => ({ text: t, drop: false }));
  const stamps: Stamp[] = [];
  let reference: string | null = null;
  let author: string | null = null;

  // Page metadata at the very start: " date 2024-05-21" (or only a month) before the text proper.
  const first = lines.find((l) => l.text.trim() !== '');
  const meta = first ? META_RE.exec(first.text) : null;
  if (first && meta) {
    const [, y, m, d, h, min] = meta;
    if (y && m && d) {
      const s = makeStamp({ d, m, y, h, min }, false, warnings);
      if (s) stamps.push(s);
    } else if (y) {
      reference = m ? `${y}-${m}` : y;
    }
    first.text = first.text.slice(meta[0].length);
    if (first.text.trim() === '') first.drop = true;
  }

  // Header: timestamps, date lines, widgets, an outlet naming itself.
  let seen = 0;
  for (const line of lines) {
    if (seen >= HEADER_LINES) break;
    const t = line.text.trim();
    if (line.drop || t === '') continue;
    seen++;
    let m: RegExpExecArray | null;
    if ((m = PRINT_RE.exec(t))) {
      const s = makeStamp(m.groups ?? {}, true, warnings);
      if (s) stamps.push(s);
      line.drop = true;
    } else if ((m = DATE_TIME_LINE_RE.exec(t)) || (m = ISO_LINE_RE.exec(t))) {
      const s = makeStamp(m.groups ?? {}, false, warnings);
      if (s) stamps.push(s);
      line.drop = true;
    } else if ((m = TIME_DATE_PREFIX_RE.exec(t))) {
      const s = makeStamp(m.groups ?? {}, false, warnings);
      if (s) stamps.push(s);
      line.text = t.slice(m[0].length);
      if (line.text.trim() === '') line.drop = true;
    } else if ((m = DATE_LINE_RE.exec(t)) || (m = WORDED_DATE_LINE_RE.exec(t))) {
      const s = makeStamp(m.groups ?? {}, false, warnings);
      if (s) stamps.push(s);
      line.drop = true;
    } else if (PLACE_DATE_LINE_RE.test(t)) {
      // The site's "today" widget: the day the page was fetched, never the article's.
      line.drop = true;
    } else if (t.length <= BYLINE_STAMP_MAX && (m = BYLINE_STAMP_RE.exec(t)) && bylineOf(m.groups?.name ?? '')) {
      const s = makeStamp(m.groups ?? {}, false, warnings);
      if (s) stamps.push(s);
      author = bylineOf(m.groups?.name ?? '');
      line.drop = true;
    } else if (isJunkLine(t) || (OUTLET_LINE_RE.test(t) && t.split(/\s+/u).length <= 8 && !TERMINAL_RE.test(t))) {
      line.drop = true;
    }
  }
  for (const line of lines) if (!line.drop && JUNK_PREFIX_RE.test(line.text.trim()) && line.text.length < 160) line.drop = true;

  // Footer: from the first footer line after some content to the end.
  let footerAt = lines.length;
  let contentSeen = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.drop || line.text.trim() === '') continue;
    if (contentSeen && isFooterLine(line.text)) {
      footerAt = i;
      break;
    }
    contentSeen = true;
  }
  let title: string | null = null;
  let place: string | null = null;
  for (let i = footerAt; i < lines.length; i++) {
    const line = lines[i]!;
    const t = line.text.trim();
    if (title === null && t.toLowerCase().startsWith(TITLE_REPEAT_PREFIX)) title = t.slice(TITLE_REPEAT_PREFIX.length).trim() || null;
    const p = FOOTER_PLACE_RE.exec(t);
    if (place === null && p) place = canonicalProvince(p[1]!);
    line.drop = true;
  }

  // Byline at the end: the last name line before the footer, followed only by teasers.
  const content = lines.slice(0, footerAt).map((l, i) => ({ l, i })).filter(({ l }) => !l.drop && l.text.trim() !== '');
  for (let k = content.length - 1, steps = 0; k >= 1 && steps < TRAILING_SCAN; k--, steps++) {
    const { l } = content[k]!;
    const name = bylineOf(l.text);
    // Right before the portal's footer a name line is the byline whatever precedes it; elsewhere the
    // paragraph before must be finished, or a name cut at the end of an excerpt would pass.
    const closesFooter = footerAt < lines.length && k === content.length - 1;
    if (name && (closesFooter || SENTENCE_END_RE.test(content[k - 1]!.l.text.trim()))) {
      if (author === null) author = name;
      for (let j = k; j < content.length; j++) content[j]!.l.drop = true;
      break;
    }
    if (!isTeaser(l.text)) break;
  }

  // Title: the portal's repeat, else the first line near the top that reads as a headline.
  const top = lines.filter((l) => !l.drop && l.text.trim() !== '');
  if (title === null) {
    for (const l of top.slice(0, TITLE_LOOKAHEAD)) {
      const t = l.text.trim();
      if (looksLikeTitle(t)) {
        title = t;
        break;
      }
      if (PHOTO_CREDIT_RE.test(t)) continue;
      if (t.length > 250 || SENTENCE_END_RE.test(t)) break;
    }
  }
  // Byline under the title: a name line right after the headline.
  if (title !== null) {
    const at = top.findIndex((l) => l.text.trim() === title);
    const next = at >= 0 ? top[at + 1] : undefined;
    const name = next ? bylineOf(next.text) : null;
    if (next && name) {
      if (author === null) author = name;
      next.drop = true;
    }
  }

  const stamp = pickStamp(stamps);
  const publishedAt = stamp ? isoOf(stamp) : null;
  const body = lines
    .filter((l) => !l.drop)
    .map((l) => l.text.trimEnd())
    .join('\n')
    .replace(/\n{3,}/gu, '\n\n')
    .trim();
  const info: ArticleInfo = {
    title,
    publishedAt,
    author,
    body,
    place: place ?? placeFromUrl(opts.url),
  };
  return { info, body, reference: publishedAt ?? reference, urlReference: urlDateReference(opts.url), warnings };
}

/**
 * A date stamp in the URL ("/201911/", "-20200115", "/2020/01/15/"): the page was made that day
 * or month, so day/month dates in its text most likely fall in that year. Only plausible dates count.
 */
const URL_STAMP_RE = /(?<![\d])((?:19|20)\d{2})[/-]?(0[1-9]|1[0-2])(?:[/-]?(0[1-9]|[12]\d|3[01]))?(?!\d)/u;

export function urlDateReference(url: string | null | undefined): string | null {
  if (!url) return null;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const m = URL_STAMP_RE.exec(path);
  if (!m) return null;
  const [, y, mo, d] = m;
  return d ? `${y}-${mo}-${d}` : `${y}-${mo}`;
}
