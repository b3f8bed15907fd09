/**
 * Organization names as the graph keys them. The extractor gives names as the article writes them
 * ("Ban Chỉ đạo 35 thành phố"); here they are completed from the article's own localities and put in
 * one canonical form, so every article about a body lands on one node and the other forms are kept
 * as aliases.
 */
import { compareKey } from '../../extract/normalize.js';
import type { Extraction } from '../../extract/types.js';

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
  if (extraction.article.place) {
    note('thành phố', extraction.article.place);
    note('tỉnh', extraction.article.place);
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

/** "Ban Chỉ đạo 35 Quận ủy Ngô Quyền" → "Ban Chỉ đạo 35 quận Ngô Quyền"; other names unchanged. */
export function canonicalName(name: string): string {
  return name.replace(STEERING_PARTY_RE, (_all, head: string, party: string, space: string) => `${head}${PARTY_BODY_LEVEL[party.toLowerCase()] ?? party}${space}`);
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
