/**
 * Organization names as the graph keys them. The extractor gives names as the article writes them
 * ("Ban Chỉ đạo 35 thành phố"); here they are completed from the article's own localities and put in
 * one canonical form, so every article about a body lands on one node and the other forms are kept
 * as aliases.
 */
import { compareKey, toneKey } from '../../extract/normalize.js';
import type { Extraction } from '../../extract/types.js';
import { ELIDED_LOCALITY_WORDS, FRONT_COMMITTEE, LOCAL_HEADS, PROVINCE_NAMED_HEADS } from '../../extract/lexicon/organizations.js';
import { PROVINCES_BEFORE_2025 } from '../../extract/lexicon/places.js';
import { SURNAMES } from '../../extract/lexicon/honorifics.js';
import { provinceLevel } from '../../extract/place.js';

/** Locality words a name can end on without its place ("Hội đồng nhân dân quận"). */
const LEVELS = ['thành phố', 'tỉnh', 'quận', 'huyện', 'thị xã'] as const;
type Level = (typeof LEVELS)[number];

/** A party committee stands for its locality: "Quận ủy" is the party committee of the "quận". */
const PARTY_BODY_LEVEL: Record<string, Level> = {
  'thành ủy': 'thành phố',
  'tỉnh ủy': 'tỉnh',
  'quận ủy': 'quận',
  'huyện ủy': 'huyện',
  'thị ủy': 'thị xã',
};

// Spelled out in both cases: an `i` flag would also let \p{Lu} match lower case letters below.
const withCapital = (w: string): string[] => [w, w.charAt(0).toUpperCase() + w.slice(1)];
const LEVEL_ALT = LEVELS.flatMap(withCapital).join('|');
const PARTY_ALT = Object.keys(PARTY_BODY_LEVEL).flatMap(withCapital).join('|');
const NAMED_LOCALITY_RE = new RegExp(`(?:^|\\s)(${LEVEL_ALT}|${PARTY_ALT}) (\\p{Lu}[\\p{L}\\p{M}]*(?: \\p{Lu}[\\p{L}\\p{M}]*)*|\\d+)$`, 'u');
const BARE_LEVEL_AT_END_RE = new RegExp(`(?:^|\\s)(${LEVEL_ALT}|${PARTY_ALT})$`, 'u');
// Steering committees are set up by the party committee of a locality and named after either.
const STEERING_PARTY_RE = new RegExp(`^(ban chỉ đạo\\b.*?\\s)(${PARTY_ALT})(\\s)`, 'iu');

export type Localities = ReadonlyMap<Level, string>;

/**
 * The article's localities by level: its portal's city or province, and a district when the names
 * in the article show exactly one ("… quận Ngô Quyền", "Quận ủy Ngô Quyền").
 */
export function articleLocalities(extraction: Extraction): Localities {
  const found = new Map<Level, Set<string>>();
  const note = (level: Level, place: string) => {
    const places = found.get(level) ?? new Set<string>();
    places.add(place);
    found.set(level, places);
  };
  const place = extraction.article.place;
  if (place) {
    // A province's "thành phố" is one of its towns, not the province: only the place's own level is completed with it.
    const level = provinceLevel(place);
    if (level !== 'tỉnh') note('thành phố', place);
    if (level !== 'thành phố') note('tỉnh', place);
  }
  const names = [
    ...extraction.organizations.map((o) => o.name),
    ...extraction.people.flatMap((p) => p.positions.map((q) => q.organization ?? '')),
  ];
  for (const name of names) {
    const m = NAMED_LOCALITY_RE.exec(name);
    if (!m?.[1] || !m[2]) continue;
    const word = m[1].toLowerCase();
    const level = PARTY_BODY_LEVEL[word] ?? (word as Level);
    if (level !== 'thành phố' && level !== 'tỉnh') note(level, m[2]);
  }
  const unique = new Map<Level, string>();
  for (const [level, places] of found) if (places.size === 1) unique.set(level, [...places][0]!);
  return unique;
}

/** "Ban Chỉ đạo 35 thành phố" in a Hải Phòng article → "Ban Chỉ đạo 35 thành phố Hải Phòng". */
export function completeName(name: string, localities: Localities): string {
  const m = BARE_LEVEL_AT_END_RE.exec(name);
  if (!m?.[1]) return name;
  const word = m[1].toLowerCase();
  const place = localities.get(PARTY_BODY_LEVEL[word] ?? (word as Level));
  return place ? `${name} ${place}` : name;
}

/**
 * One spelling per body: "Ban Chỉ đạo 35 Quận ủy Ngô Quyền" → "Ban Chỉ đạo 35 quận Ngô Quyền";
 * "Ủy ban Mặt trận Tổ quốc thành phố X" → "Ủy ban Mặt trận Tổ quốc Việt Nam thành phố X";
 * "Đoàn đại biểu Quốc hội Hải Phòng" → "… thành phố Hải Phòng"; a person's name run into the end
 * ("… thành phố Hải Phòng Nguyễn Văn A") cut off. Other names unchanged.
 */
export function canonicalName(name: string): string {
  let n = name.replace(STEERING_PARTY_RE, (_all, head: string, party: string, space: string) => `${head}${PARTY_BODY_LEVEL[party.toLowerCase()] ?? party}${space}`);
  n = withoutPersonTail(n);
  n = n.replace(FRONT_RE, (head: string) => `${head} ${FRONT_COMMITTEE.country}`);
  const named = PROVINCE_NAMED_RE.exec(n);
  if (named?.[1] && named[2]) {
    const level = provinceLevel(named[2]);
    if (level) n = `${n.slice(0, named.index)}${named[1]} ${level} ${named[2]}`;
  }
  return n;
}

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&').replace(/ /gu, '\\s+');
const alt = (words: readonly string[]): string => [...words].sort((a, b) => b.length - a.length).map(escapeRe).join('|');
const PROVINCE_NAMES = PROVINCES_BEFORE_2025.flatMap((p) => [p.name, ...(p.aliases ?? [])]).map((n) => toneKey(n));
/** The Front's committee followed by anything but "Việt Nam": a locality word, a place, or nothing. */
// Case-sensitive, as \p{Lu} must be: an `i` flag would let it match any letter.
const FRONT_RE = new RegExp(`^${escapeRe(FRONT_COMMITTEE.head)}(?!\\s+${escapeRe(FRONT_COMMITTEE.country)})(?=\\s+(?:${alt(ELIDED_LOCALITY_WORDS.flatMap(withCapital))})(?![\\p{L}\\p{M}])|\\s+\\p{Lu}|$)`, 'u');
/** "<head> <province>" with no locality word between. */
const PROVINCE_NAMED_RE = new RegExp(`^(${alt(PROVINCE_NAMED_HEADS)})\\s+(${alt(PROVINCE_NAMES)})$`, 'iu');

const SURNAME_KEYS = new Set(SURNAMES.map((s) => toneKey(s)));
const LOCALITY_OR_PARTY_RE = new RegExp(`(?:^|\\s)(?:${alt([...ELIDED_LOCALITY_WORDS, ...Object.keys(PARTY_BODY_LEVEL)].flatMap(withCapital))})\\s+((?:\\p{Lu}[\\p{L}\\p{M}]*|\\d+)(?:\\s+\\p{Lu}[\\p{L}\\p{M}]*)+)$`, 'u');

/**
 * "Ủy ban nhân dân thành phố Hải Phòng Nguyễn Văn A" → "… thành phố Hải Phòng": after a locality
 * word, a family name that follows a province's whole name, or the place's first two syllables, opens
 * a person. A place named after a person ("quận Lê Chân") opens with the family name and stays.
 */
export function withoutPersonTail(name: string): string {
  const m = LOCALITY_OR_PARTY_RE.exec(name);
  if (!m?.[1]) return name;
  const words = m[1].split(/\s+/u);
  for (let i = 1; i < words.length; i++) {
    if (!SURNAME_KEYS.has(toneKey(words[i]!))) continue;
    const before = words.slice(0, i).join(' ');
    if (i >= 2 || provinceLevel(before)) {
      // A full name after the surname: at least one more syllable.
      if (i + 1 < words.length) return name.slice(0, name.length - m[1].length) + before;
    }
  }
  return name;
}

const LOCAL_HEAD_KEYS = new Set(LOCAL_HEADS.map((h) => compareKey(h)));
const ELIDED_END_RE = new RegExp(`(?:^|\\s)(?:${alt([...ELIDED_LOCALITY_WORDS, ...Object.keys(PARTY_BODY_LEVEL)])})$`, 'iu');

/**
 * A body whose name leaves its place out ("Tỉnh ủy", "Hội đồng nhân dân tỉnh", "Ban Thường vụ"): it is
 * some locality's, and which one only its article can say.
 */
export function isElided(name: string): boolean {
  const key = compareKey(name);
  return LOCAL_HEAD_KEYS.has(key) || ELIDED_END_RE.test(key);
}

export interface OrgName {
  /** The canonical name users see. */
  name: string;
  /** The comparison key the id is built from. */
  key: string;
  /** The name as this article wrote it (after completion), kept as an alias. */
  alias: string;
}

export function resolveOrgName(written: string, localities: Localities): OrgName {
  const alias = completeName(written.trim().replace(/\s+/gu, ' '), localities);
  const name = canonicalName(alias);
  return { name, key: compareKey(name), alias };
}

/** The level word that introduces a place inside a body's name ("quận" in "Công an quận Ngô Quyền"). */
export function placeLevelIn(name: string, place: string): string | null {
  const key = compareKey(name);
  const placeKey = compareKey(place);
  for (const word of [...LEVELS, ...Object.keys(PARTY_BODY_LEVEL)]) {
    if (key.includes(`${word} ${placeKey}`)) return PARTY_BODY_LEVEL[word] ?? word;
  }
  return null;
}
