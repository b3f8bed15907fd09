/**
 * Turns the organization of a post, as written, into the full name of a body, the same for every
 * mention of that body: abbreviations expanded, head spelled one way ("Bộ Chỉ huy Quân sự"), the
 * post's term and the clause after the name cut off, bare locality words ("quận", "Thành ủy")
 * completed with the locality the article is about, a sub-body ("Ban Thường vụ") or a bare "Đảng
 * ủy" given the body of the neighbouring post. Then describes each body: kind from the head of its
 * name, parent only when the name shows one, place as the name writes it. Never a hard-coded city.
 */
import type { ExtractedOrganization } from './types.js';
import { compareKey, memoized, toneKey } from './normalize.js';
import {
  ABBREVIATIONS, BODY_HEADS, CENTRAL_CITIES, CITY_SHORT_NAMES, COMMUNE_LOCALITIES, HEAD_ALIASES, LOCALITIES, NAME_ENDERS,
  CENTRAL, NUMBERED_UNITS, OF_WORD, PARTY_BODIES, SUB_BODIES, SUB_BODY_HOSTS, TITLE_BODY_SPLITS, TOPIC_WORD, UNIT_PARTY_BODIES, type BodyHead, type OrgKind,
} from './lexicon/organizations.js';
import { PROVINCES } from './lexicon/boilerplate.js';
import { HONORIFICS, RANKS, SURNAMES } from './lexicon/honorifics.js';
import { PART_OF_DAY } from './lexicon/time.js';
import { anyOf, BEFORE, AFTER, TITLE_START } from './patterns.js';
import { TITLE_MODIFIERS } from './lexicon/titles.js';

export interface OrgContext {
  /** Locality word ("quận", "thành phố") → the name the article gives it ("Gia Viễn"). */
  localities: Map<string, string>;
  /** The commune, ward or special zone the article is about, with its word ("xã Hà Đông"). */
  commune: string | null;
  /** The steering committee the article is about, when it names one. */
  steering: string | null;
  /** Numbered unit ("Quân khu") → the number the article gives it ("3"). */
  numbers: Map<string, string>;
  /** Bodies named so far in the article: comparison key → the display name every mention gets. */
  names: Map<string, string>;
}

/** A place's name: capitalized syllables on one line, or a number ("Quận 1"). */
const NAME_RUN = '(?:\\p{Lu}[\\p{Ll}\\p{M}]*(?: \\p{Lu}[\\p{Ll}\\p{M}]*){0,3}|\\p{N}+)';
/** Words as written in lower case or opening a sentence ("Thành phố", "Đồng chí"); no `i` flag, which would let `\p{Lu}` match any letter. */
const bothCases = (words: readonly string[]): string[] => words.flatMap((w) => [w, w.charAt(0).toUpperCase() + w.slice(1)]);
/** Abbreviations that end in a locality word ("TP Hải Phòng", "CATP Hải Phòng"), read as that word. */
const LOCALITY_ABBREVIATIONS = Object.keys(ABBREVIATIONS).filter((k) => LOCALITIES.some((w) => ABBREVIATIONS[k]?.endsWith(w)));
const LOCALITY_OF_ABBREVIATION = new Map(
  LOCALITY_ABBREVIATIONS.map((k) => [k, LOCALITIES.find((w) => ABBREVIATIONS[k]?.endsWith(w)) ?? '']),
);
const LOCALITY_RE = new RegExp(`${BEFORE}(${anyOf([...bothCases(LOCALITIES), ...LOCALITY_ABBREVIATIONS])}) +(${NAME_RUN})`, 'gu');
const PARTY_BODY_NAMED_RE = new RegExp(`${BEFORE}(${anyOf(PARTY_BODIES.map((p) => p.body))}) +(${NAME_RUN})`, 'gu');
const STEERING_RE = new RegExp(
  `${BEFORE}(?:Ban\\s+Chỉ\\s+đạo|BCĐ)\\s+(?:\\p{N}+\\s+)?(?:${anyOf(LOCALITIES)})\\s+${NAME_RUN}|${BEFORE}(?:Ban\\s+Chỉ\\s+đạo|BCĐ)\\s+\\p{N}+`,
  'u',
);
const PERSON_WORDS = bothCases([...HONORIFICS, ...RANKS].map((w) => w.text));
/** An honorific or a rank right before a name ("đồng chí Phạm Văn A", "Các đồng chí: B"): what follows is a person. */
const PERSON_BEFORE = new RegExp(`${BEFORE}(?:${anyOf(PERSON_WORDS)}):? +$`, 'u');
const WORD_RUN_AT_END = /[\p{L}\p{M}\p{N}]*$/u;
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
/** The last letters of each honorific or rank ("chí" of "đồng chí", "c" of "đ/c"), as PERSON_BEFORE matches them. */
const PERSON_LAST_RUNS = new Set(PERSON_WORDS.map((w) => WORD_RUN_AT_END.exec(toneKey(w))?.[0] ?? ''));

/** Whether an honorific or a rank ends the text: a look at its last word first spares most texts the `$`-anchored regex. */
function endsWithPersonWord(text: string): boolean {
  let end = text.length;
  while (end > 0 && text.charAt(end - 1) === ' ') end--;
  if (text.charAt(end - 1) === ':') end--;
  let start = end;
  while (start > 0 && WORD_CHAR.test(text.charAt(start - 1))) start--;
  return PERSON_LAST_RUNS.has(text.slice(start, end)) && PERSON_BEFORE.test(text);
}
const SURNAME_SET = new Set(SURNAMES.map((s) => toneKey(s)));
const PROVINCE_SET = new Set(PROVINCES.map((p) => toneKey(p)));
/** "tỉnh\nSáng 5/3": a part of the day opening the next line is no place. */
const NOT_PLACE_WORDS = new Set([...Object.keys(PART_OF_DAY), 'ngày', 'hôm'].map((w) => w.toLowerCase()));

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const ABBREV_KEYS = Object.keys(ABBREVIATIONS).sort((a, b) => b.length - a.length);
// Not anyOf: keys are case-sensitive ("TP" abbreviates, "Tp" does not) and "TP." ends in a dot.
const ABBREV_RE = new RegExp(`${BEFORE}(${ABBREV_KEYS.map((k) => escape(k).replace(/ /g, ' ?')).join('|')})(?=[^\\p{L}\\p{M}\\p{N}]|$)`, 'gu');
const ABBREV_BY_KEY = new Map(ABBREV_KEYS.map((k) => [k.replace(/ /g, ''), ABBREVIATIONS[k] ?? k]));

export function expandAbbreviations(s: string): string {
  return s.replace(ABBREV_RE, (m) => ABBREV_BY_KEY.get(m.replace(/ /g, '')) ?? m);
}

/** Localities, the commune and the steering committee named anywhere in the article; `place` is the portal's locality. */
export function orgContext(body: string, place: string | null): OrgContext {
  const text = toneKey(body);
  /** Whether the article names the run as a person somewhere: right after an honorific or a rank. */
  const isPerson = (run: string): boolean => {
    for (let i = text.indexOf(run); i >= 0; i = text.indexOf(run, i + 1)) {
      if (endsWithPersonWord(text.slice(Math.max(0, i - 20), i))) return true;
    }
    return false;
  };
  const placeName = (run: string): string | null => {
    let words = run.split(' ');
    // "Chủ tịch UBND thành phố Lê Văn A": three syllables opening with a family name are a person, unless a province.
    if (words.length >= 3 && SURNAME_SET.has(words[0] ?? '') && !PROVINCE_SET.has(run)) return null;
    // "TP Hải Phòng Lê Văn A": a family name after a place's first two syllables opens a person.
    const person = words.findIndex((w, i) => i >= 2 && SURNAME_SET.has(w));
    if (person > 0) words = words.slice(0, person);
    const name = words.join(' ');
    return NOT_PLACE_WORDS.has((words[0] ?? '').toLowerCase()) || isPerson(name) ? null : name;
  };
  const localities = new Map<string, string>();
  let commune: string | null = null;
  const note = (word: string, run: string): void => {
    const name = placeName(run);
    if (!name) return;
    if (!localities.has(word)) localities.set(word, name);
    if (!commune && COMMUNE_LOCALITIES.includes(word)) commune = `${word} ${name}`;
  };
  for (const m of text.matchAll(LOCALITY_RE)) {
    const word = m[1] ?? '';
    note(LOCALITY_OF_ABBREVIATION.get(word) ?? word.toLowerCase().replace(/\s+/gu, ' '), m[2] ?? '');
  }
  for (const m of text.matchAll(PARTY_BODY_NAMED_RE)) {
    const locality = LOCALITY_OF_PARTY_BODY.get((m[1] ?? '').replace(/\s+/gu, ' '));
    if (locality) note(locality, m[2] ?? '');
  }
  if (place) {
    // The portal's own city wins over any other city the article names; a province portal only fills a gap.
    if (CENTRAL_CITIES.some((c) => toneKey(c) === toneKey(place))) localities.set('thành phố', place);
    else if (!localities.has('tỉnh')) localities.set('tỉnh', place);
  }
  const steering = STEERING_RE.exec(text)?.[0] ?? null;
  const numbers = new Map<string, string>();
  for (const m of text.matchAll(NUMBERED_RE)) if (m[1] && m[2] && !numbers.has(headKey(m[1]))) numbers.set(headKey(m[1]), m[2]);
  return { localities, commune, steering, numbers, names: new Map() };
}

const NUMBERED_RE = new RegExp(`${BEFORE}(${anyOf(NUMBERED_UNITS)}) (\\p{N}+)${AFTER}`, 'gu');
const NUMBERED_AT_END = new RegExp(`${BEFORE}(${anyOf(NUMBERED_UNITS)})$`, 'u');
const LOCALITY_OF_PARTY_BODY = new Map(PARTY_BODIES.map((p) => [toneKey(p.body), p.locality]));

// Heads are matched on tone-keyed text; lookups go through the same key, lower-cased.
const headKey = compareKey;
const HEAD_BY_KEY = new Map(BODY_HEADS.map((h) => [headKey(h.text), h]));
const ALIAS_BY_KEY = new Map(Object.entries(HEAD_ALIASES).map(([k, v]) => [headKey(k), v]));
interface HeadPattern {
  text: string;
  notBefore?: readonly string[];
}
const headAlt = (heads: readonly HeadPattern[]): string =>
  [...heads]
    // Longest first, so that "Bộ Chỉ huy Quân sự" is tried before "Bộ".
    .sort((a, b) => b.text.length - a.text.length)
    .map((h) => `${anyOf([h.text])}${AFTER}${h.notBefore ? `(?!\\s+${anyOf(h.notBefore)}${AFTER})` : ''}`)
    .join('|');
/**
 * One regex per first word of the heads: a name is tried only against the heads that open with its
 * own first word, not against the whole alternation (which is most of the cost of reading bodies).
 */
const firstWordOf = (text: string, from = 0): string => {
  const end = text.slice(from).search(/\s/u);
  return text.slice(from, end < 0 ? undefined : from + end).toLowerCase().replace(/[,.;:)]+$/u, '');
};
function byFirstWord(heads: readonly HeadPattern[], build: (alt: string) => RegExp): Map<string, RegExp> {
  const groups = new Map<string, HeadPattern[]>();
  for (const h of heads) {
    const word = firstWordOf(toneKey(h.text));
    groups.set(word, [...(groups.get(word) ?? []), h]);
  }
  return new Map([...groups].map(([word, group]) => [word, build(headAlt(group))]));
}
const HEAD_AT_START = byFirstWord([...BODY_HEADS, ...Object.keys(HEAD_ALIASES).map((text) => ({ text }))], (alt) => new RegExp(`^(?:${alt})`, 'iu'));
const HEAD_STICKY = byFirstWord(BODY_HEADS, (alt) => new RegExp(alt, 'iuy'));
const LOCALITY_WORDS = new Set(LOCALITIES.map((w) => toneKey(w)));

/**
 * Heads inside a name from `from` on that name a body: capitalized, and not inside a place's name
 * ("Hải Phòng" is no "Phòng", "thành phố Hội An" no "Hội"), so the word before is neither
 * capitalized nor a locality word.
 */
function innerHeads(name: string, from: number): Array<{ index: number; text: string }> {
  const found: Array<{ index: number; text: string }> = [];
  // Only word starts in capitals can open a body; trying the heads there alone keeps this cheap.
  for (let i = name.indexOf(' ', Math.max(0, from - 1)); i >= 0 && i < name.length - 1; i = name.indexOf(' ', i + 1)) {
    const at = i + 1;
    if (at < from || !/\p{Lu}/u.test(name.charAt(at))) continue;
    const before = name.slice(name.lastIndexOf(' ', i - 1) + 1, i);
    if (/^\p{Lu}/u.test(before) || LOCALITY_WORDS.has(before.toLowerCase()) || LOCALITY_WORDS.has(name.slice(name.lastIndexOf(' ', i - 1 - before.length - 1) + 1, i).toLowerCase())) continue;
    const sticky = HEAD_STICKY.get(firstWordOf(name, at));
    if (!sticky) continue;
    sticky.lastIndex = at;
    const m = sticky.exec(name);
    if (m) found.push({ index: at, text: m[0] });
  }
  return found;
}

/** The head that opens the name, in its canonical spelling, with its entry. */
function headOf(name: string): { text: string; head: BodyHead } | null {
  // Asked of the same names again and again (kind, parent, completion); the first word is a cheap memo key.
  const key = name.slice(0, 40);
  const known = HEAD_MEMO.get(key);
  if (known !== undefined) return known;
  const m = HEAD_AT_START.get(firstWordOf(name))?.exec(name) ?? null;
  const canonical = m ? ALIAS_BY_KEY.get(headKey(m[0])) : undefined;
  const head = m ? HEAD_BY_KEY.get(headKey(canonical ?? m[0])) : undefined;
  const found = m && head ? { text: m[0], head } : null;
  if (HEAD_MEMO.size >= 4096) HEAD_MEMO.clear();
  HEAD_MEMO.set(key, found);
  return found;
}
const HEAD_MEMO = new Map<string, { text: string; head: BodyHead } | null>();

/** Whether the name opens with a body's head word ("Bộ Chỉ huy …", "Đảng ủy …"), after abbreviations are expanded. */
export function opensWithBody(name: string): boolean {
  return headOf(expandAbbreviations(toneKey(name.trim()))) !== null;
}

const PLACE_ONLY = new RegExp(
  `^(?:(?:${anyOf([...LOCALITIES, 'TP.', 'TP'])})\\s*)?(?:${anyOf([...PROVINCES, ...CITY_SHORT_NAMES])})$`,
  'iu',
);
/** A province or city named alone ("TPHCM", "tỉnh Phú Yên"): after a comma it locates the body before it. */
export const isPlaceOnly = (text: string): boolean => PLACE_ONLY.test(toneKey(text.trim()));

// Case-sensitive: the name after the locality word must be capitalized.
const LOCALITY_NAMED = new RegExp(`^(?:${anyOf([...bothCases(LOCALITIES), 'TP.', 'TP'])})\\s*${NAME_RUN}$`, 'u');
/** A locality with its name ("phường Cao Xanh", "TP Cẩm Phả"): a place, never a body. */
export const isLocalityNamed = (text: string): boolean => LOCALITY_NAMED.test(toneKey(text.trim()));

const TITLE_MODIFIER_RE = new RegExp(`^(?:${anyOf(TITLE_MODIFIERS.map((m) => m.text))})${AFTER}\\s*`, 'iu');
/** "Phó Chủ tịch - Tổng Thư ký Ủy ban …": the second title of a compound leaks into the organization. */
const LEAKED_TITLE = /^[\s\-–—:,]+/u;
const ENDER_RE = new RegExp(`(?:\\s*[,(]\\s*|\\s+)(?:${anyOf(NAME_ENDERS)})${AFTER}`, 'u');
const TOPIC_RE = new RegExp(`\\s+${anyOf([TOPIC_WORD])}${AFTER}`, 'u');
const OF_RE = new RegExp(`\\s+${anyOf([OF_WORD])}\\s+`, 'u');
const LOCALITY_WORD_RE = new RegExp(`(?<= )(${anyOf(bothCases(LOCALITIES))})(?= \\p{Lu}| \\p{N}|$)`, 'gu');

/**
 * The words of a post's organization that name the body, spelled the one way every mention will
 * share. Memoized: the same few organizations come back post after post.
 */
export const cleanName = memoized((orgText) => cleanUncached(orgText));

function cleanUncached(orgText: string): string {
  let name = expandAbbreviations(toneKey(orgText))
    // "thành p;hố": a mark glued between two letters is a typo.
    .replace(/(?<=\p{L})[;,](?=\p{L})/gu, '')
    .replace(/\s+/gu, ' ')
    .trim();
  if (LEAKED_TITLE.test(name)) {
    name = name.replace(LEAKED_TITLE, '');
    const title = TITLE_START.exec(name);
    if (title) name = name.slice(title[0].length).trimStart().replace(TITLE_MODIFIER_RE, '');
  }
  name = name.replace(/\s*\([^)]*\)?/gu, ' ').replace(/\s+/gu, ' ').trim();
  const ender = ENDER_RE.exec(name);
  if (ender) name = name.slice(0, ender.index);
  const head = headOf(name);
  if (head?.head.topical) {
    const topic = TOPIC_RE.exec(name);
    if (topic) name = name.slice(0, topic.index);
  }
  const of = OF_RE.exec(name);
  if (of) {
    const rest = name.slice(of.index + of[0].length);
    name = headOf(rest) ? `${name.slice(0, of.index)} ${rest}` : name.slice(0, of.index);
  }
  name = name.replace(/[\s,;:.\-–—]+$/u, '');
  return canonicalHeads(name);
}

const LOCALITY_WORD_AT_START = new RegExp(`^ ${anyOf(LOCALITIES)}${AFTER}`, 'iu');

/** Every head in the name spelled as the lexicon spells it; locality words in lower case ("Thành phố Hải Phòng"). */
function canonicalHeads(name: string): string {
  const first = headOf(name);
  let out = name;
  if (first) {
    const rest = name.slice(first.text.length);
    // "Ban tuyên giáo" → "Ban Tuyên giáo": after a generic head the body's own name opens with a capital.
    const named = first.head.named && !LOCALITY_WORD_AT_START.test(rest) ? rest.replace(/^ \p{Ll}/u, (c) => c.toUpperCase()) : rest;
    out = (ALIAS_BY_KEY.get(headKey(first.text)) ?? first.head.text) + named;
  }
  for (const m of innerHeads(out, 0).reverse()) {
    const text = HEAD_BY_KEY.get(headKey(m.text))?.text ?? m.text;
    out = out.slice(0, m.index) + text + out.slice(m.index + m.text.length);
  }
  return out.replace(LOCALITY_WORD_RE, (w) => w.toLowerCase()).replace(PARTY_BODY_OWN_LOCALITY, '$1 ');
}
/** "Thành ủy thành phố Thủ Đức" is "Thành ủy Thủ Đức": the party body already says its level. */
const PARTY_BODY_OWN_LOCALITY = new RegExp(
  `${BEFORE}(${PARTY_BODIES.map((p) => `${anyOf([p.body])}(?= ${anyOf([p.locality])} \\p{Lu})`).join('|')}) ${anyOf(PARTY_BODIES.map((p) => p.locality))} `,
  'gu',
);

/** Where the body a name belongs to starts ("Ban Tuyên giáo |Thành ủy Hải Phòng"), after the head it opens with, or -1. */
function innerBodyAt(name: string): number {
  // Kind, parent, registration and lending all ask it of the same few names.
  const known = INNER_BODY_MEMO.get(name);
  if (known !== undefined) return known;
  const at = innerHeads(name, headOf(name)?.text.length ?? 0)[0]?.index ?? -1;
  if (INNER_BODY_MEMO.size >= 4096) INNER_BODY_MEMO.clear();
  INNER_BODY_MEMO.set(name, at);
  return at;
}
const INNER_BODY_MEMO = new Map<string, number>();

const SUB_BODY_ONLY = new RegExp(`^(?:${anyOf(SUB_BODIES)})$`, 'iu');
const PARTY_BODY_AT_END = new RegExp(`${BEFORE}(${anyOf(PARTY_BODIES.map((p) => p.body))})$`, 'u');
const LOCALITY_AT_END = new RegExp(`${BEFORE}(${anyOf(LOCALITIES)})$`, 'iu');
const BARE_STEERING = new RegExp(`^${anyOf(['Ban Chỉ đạo'])}$`, 'u');
const LOCALITY_PHRASE_AT_END = new RegExp(`${BEFORE}(${anyOf(LOCALITIES)}) (${NAME_RUN})$`, 'u');
/** Heads of administrative bodies whose locality is written "thành phố X", so "Công an Hải Phòng" gets its word. */
const ADMINISTRATIVE = new Set<OrgKind>([
  'people’s council', 'people’s committee', 'front', 'national assembly delegation', 'police', 'military command', 'department',
  'union', 'association', 'youth union', 'court', 'procuracy',
]);

/** The body a post belongs to, when its name is complete enough to lend ("Ban Dân vận Huyện ủy" → "Huyện ủy Gia Viễn"). */
function bodyOf(name: string): string {
  const head = headOf(name);
  const inner = head?.head.partOf ? innerBodyAt(name) : -1;
  return inner > 0 ? name.slice(inner) : name;
}

/** "Thành ủy" → "Thành ủy Hải Phòng", "Hội đồng nhân dân quận" → "… quận Ngô Quyền", "Công an Hải Phòng" → "Công an thành phố Hải Phòng". */
function completeLocality(name: string, ctx: OrgContext): string {
  const numbered = NUMBERED_AT_END.exec(name);
  if (numbered) {
    const n = ctx.numbers.get(headKey(numbered[1] ?? ''));
    return n ? `${name} ${n}` : name;
  }
  const party = PARTY_BODY_AT_END.exec(name);
  if (party) {
    const place = ctx.localities.get(LOCALITY_OF_PARTY_BODY.get(party[1] ?? '') ?? '');
    return place ? `${name} ${place}` : name;
  }
  const loc = LOCALITY_AT_END.exec(name);
  if (loc) {
    const place = ctx.localities.get((loc[1] ?? '').toLowerCase());
    return place ? `${name} ${place}` : name;
  }
  const kind = headOf(name)?.head.kind;
  if (kind && ADMINISTRATIVE.has(kind)) {
    for (const [word, place] of ctx.localities) {
      const k = toneKey(place);
      if (name.endsWith(` ${k}`) && !LOCALITY_PHRASE_AT_END.test(name) && !PARTY_BODY_NAMED_AT_END.test(name)) {
        return `${name.slice(0, name.length - k.length)}${word} ${k}`;
      }
    }
  }
  return name;
}
const PARTY_BODY_NAMED_AT_END = new RegExp(`${BEFORE}(?:${anyOf(PARTY_BODIES.map((p) => p.body))}) (${NAME_RUN})$`, 'u');

const UNIT_PARTY_BODY_BY_KEY = new Map(UNIT_PARTY_BODIES.map((b) => [headKey(b.body), b]));

/** "Bí thư Đảng ủy, Giám đốc Công an thành phố": the party body of the unit in the next post, or of the commune. */
function unitPartyBody(name: string, next: string | null, ctx: OrgContext): string | null {
  const party = UNIT_PARTY_BODY_BY_KEY.get(headKey(name));
  if (!party) return null;
  if (next) {
    const kind = headOf(next)?.head.kind;
    if (kind && party.units.includes(kind)) return `${party.body} ${next}`;
    const commune = LOCALITY_PHRASE_AT_END.exec(next);
    if (party.commune && commune && COMMUNE_LOCALITIES.includes(commune[1] ?? '')) return `${party.body} ${commune[0]}`;
    if (kind) return null;
  }
  return party.commune && ctx.commune ? `${party.body} ${ctx.commune}` : null;
}

/** Comparison key: case, tone placement and spacing aside; "Quận ủy X" and "quận X" in a steering committee's name are one. */
function sameBodyKey(name: string): string {
  const key = name.toLowerCase();
  if (!key.startsWith('ban chỉ đạo')) return key;
  return key.replace(PARTY_BODY_LOWER_RE, (m) => LOCALITY_OF_PARTY_BODY.get(toneKey(m.charAt(0).toUpperCase() + m.slice(1))) ?? m);
}
const PARTY_BODY_LOWER_RE = new RegExp(`${BEFORE}${anyOf(PARTY_BODIES.map((p) => p.body.toLowerCase()))}${AFTER}`, 'gu');

/** Capitals outside locality words: "Bộ Chỉ huy Quân sự" is better cased than "Bộ chỉ huy quân sự". */
const capitals = (name: string): number => (name.replace(LOCALITY_WORD_RE, '').match(/(?<![\p{L}\p{M}])\p{Lu}/gu) ?? []).length;

/**
 * One display name per body in an article: the better-cased spelling wins, and a body named
 * without its locality ("Đảng ủy Quân sự") takes the fuller name met earlier ("… thành phố Hải Phòng"),
 * also as the body a sub-body belongs to ("Ban Thường vụ Đảng ủy Quân sự …").
 */
function register(name: string, ctx: OrgContext): string {
  const key = sameBodyKey(name);
  const known = ctx.names.get(key);
  if (known !== undefined) {
    // Spelled differently ("Quận ủy X" / "quận X"): the first spelling stays; cased differently: the better casing.
    // The same spelling again, the usual case, needs no count of capitals.
    if (known === name || known.toLowerCase() !== name.toLowerCase() || capitals(name) <= capitals(known)) return known;
    ctx.names.set(key, name);
    return name;
  }
  const head = headOf(name);
  const inner = head?.head.partOf ? innerBodyAt(name) : -1;
  for (const at of inner > 0 ? [0, inner] : [0]) {
    const fuller = fullerName(name.slice(at), ctx);
    if (fuller) {
      const full = name.slice(0, at) + fuller;
      ctx.names.set(sameBodyKey(full), full);
      return full;
    }
  }
  ctx.names.set(key, name);
  return name;
}

/** A name met earlier that is this one followed by its locality only. */
function fullerName(name: string, ctx: OrgContext): string | null {
  const key = sameBodyKey(name);
  for (const [k, full] of ctx.names) {
    if (k.startsWith(`${key} `) && LOCALITY_PHRASE_AT_END.exec(full)?.index === key.length + 1) return full;
  }
  return null;
}

/**
 * "Trưởng Đoàn" + "đại biểu Quốc hội tỉnh X" → "Trưởng" + "Đoàn đại biểu Quốc hội tỉnh X": a title whose
 * last word opens its body's name gives that word back to the body (TITLE_BODY_SPLITS).
 */
export function splitTitleBody(title: string, orgText: string | null): { title: string; orgText: string | null } {
  if (!orgText) return { title, orgText };
  const body = compareKey(expandAbbreviations(orgText));
  for (const s of TITLE_BODY_SPLITS) {
    const end = ` ${compareKey(s.word)}`;
    if (compareKey(title).endsWith(end) && body.startsWith(`${compareKey(s.rest)} `)) {
      return { title: title.slice(0, title.length - end.length).trimEnd(), orgText: `${s.head} ${orgText.trimStart()}` };
    }
  }
  return { title, orgText };
}

/** The full name of a post's organization, or null when the post names no body. */
export function resolveOrganization(orgText: string | null, nextOrgText: string | null, ctx: OrgContext): string | null {
  if (!orgText) return null;
  let name = cleanName(orgText);
  if (!name) return null;
  const next = nextOrgText ? completeLocality(cleanName(nextOrgText), ctx) : null;
  if (SUB_BODY_ONLY.test(name)) {
    const host = next ? bodyOf(next) : null;
    const hostKind = host ? headOf(host)?.head.kind : undefined;
    if (host && hostKind && SUB_BODY_HOSTS.includes(hostKind)) name = `${name} ${host}`;
  } else if (UNIT_PARTY_BODY_BY_KEY.has(headKey(name))) {
    name = unitPartyBody(name, next, ctx) ?? name;
  } else if (BARE_STEERING.test(name) && ctx.steering) {
    name = cleanName(ctx.steering);
  }
  name = completeLocality(name, ctx);
  // A place alone ("đại biểu Quốc hội thành phố") or a lower-case phrase is no body.
  if (!headOf(name) && (/^\p{Ll}/u.test(name) || isPlaceOnly(name) || LOCALITY_PHRASE_AT_END.exec(name)?.index === 0)) return null;
  return register(name, ctx);
}

const PARTY_KINDS = new Set<OrgKind>(['party committee', 'party caucus']);
const CENTRAL_AT_END = new RegExp(`${BEFORE}${anyOf([CENTRAL])}$`, 'u');

/** The kind from the head of the name; a standing committee or board of a party body is the party's. */
export function kindOf(name: string): OrgKind {
  const head = headOf(name);
  if (!head) return 'organization';
  if (!head.head.partyKind) return head.head.kind;
  const inner = innerBodyAt(name);
  const innerKind = inner > 0 ? headOf(name.slice(inner))?.head.kind : undefined;
  // "Ban Tổ chức Trung ương", "Ủy ban Kiểm tra Trung ương": the boards of the Party Central Committee.
  const central = inner < 0 && CENTRAL_AT_END.test(name);
  return central || (innerKind && PARTY_KINDS.has(innerKind)) ? head.head.partyKind : head.head.kind;
}

/** "Ban Tuyên giáo Thành ủy Hải Phòng" → "Thành ủy Hải Phòng"; "Cục … – Bộ Công an" → "Bộ Công an"; a body's own locality is no parent. */
export function parentOf(name: string): string | null {
  const head = headOf(name);
  if (!head?.head.partOf) return null;
  const inner = innerBodyAt(name);
  return inner > 0 ? name.slice(inner) : null;
}

/**
 * The locality the name places the body in, by its proper name so that "Thành ủy Hải Phòng" and
 * "Ủy ban nhân dân thành phố Hải Phòng" share one place: after a locality word or a party body, or
 * a province or a locality of the article the name ends with ("Khu kinh tế Hải Phòng").
 */
export function placeOf(name: string, ctx: OrgContext): string | null {
  const phrase = LOCALITY_PHRASE_AT_END.exec(name);
  if (phrase?.[2]) return phrase[2];
  const party = PARTY_BODY_NAMED_AT_END.exec(name);
  if (party?.[1]) return party[1];
  for (const p of PROVINCE_KEYS) if (name.endsWith(p) && name.charAt(name.length - p.length - 1) === ' ') return p;
  for (const p of ctx.localities.values()) if (name.endsWith(` ${toneKey(p)}`)) return toneKey(p);
  return null;
}
// Keyed once: placeOf runs for every organization and most names end in no province.
const PROVINCE_KEYS = PROVINCES.map((p) => toneKey(p));

export function describeOrganization(name: string, ctx: OrgContext): ExtractedOrganization {
  return { name, kind: kindOf(name), place: placeOf(name, ctx), parent: parentOf(name) };
}
