/**
 * What became of a body or a place in the 2025 reorganization, from its name and the tables in
 * extract/lexicon/places.ts: a province merged into another (Resolution 202/2025/QH15) hands its
 * bodies to the same bodies of the province it went into ("Tỉnh ủy Hải Dương" → "Thành ủy Hải Phòng");
 * the district level (quận, huyện, thị xã) ended on 1 July 2025 with no successor.
 * Pure: the same name gives the same lineage.
 */
import { toneKey } from '../../extract/normalize.js';
import {
  DISTRICT_LEVEL_WORDS, DISTRICT_PARTY_BODIES, PROVINCES_BEFORE_2025, RESOLUTION_202, RESOLUTION_203,
} from '../../extract/lexicon/places.js';
import { mergedInto, provinceOf } from '../../extract/place.js';

export interface Lineage {
  /** The day the body or place ceased (YYYY-MM-DD). */
  ceasedOn: string;
  /** Why, in plain words, with the act. */
  reason: string;
  /** The name of the body or place that took over, when one did. */
  successor: string | null;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&').replace(/ /gu, '\\s+');
const alt = (words: readonly string[]): string => [...words].sort((a, b) => b.length - a.length).map(escape).join('|');
const cap = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);
const PROVINCE_NAMES = PROVINCES_BEFORE_2025.flatMap((p) => [p.name, ...(p.aliases ?? [])]).map((n) => toneKey(n));
const PROVINCE_PARTY = { tỉnh: 'Tỉnh ủy', 'thành phố': 'Thành ủy' } as const;
const PARTY_LEVEL: Readonly<Record<string, string>> = { 'quận ủy': 'quận', 'huyện ủy': 'huyện', 'thị ủy': 'thị xã' };

/** "… tỉnh Hải Dương", "Tỉnh ủy Hải Dương" at the end of a name. */
const PROVINCE_AT_END = new RegExp(`(?:^|(?<=\\s))(tỉnh|Tỉnh|thành phố|Thành phố|Tỉnh ủy|Thành ủy)\\s+(${alt(PROVINCE_NAMES)})$`, 'u');
/**
 * "… quận Ngô Quyền", "Huyện ủy An Lão" at the end of a name. A "thành phố" that is no province may be a
 * province's town (district level) or a city the tables do not know: its name alone does not say, so it is left as it is.
 */
const DISTRICT_AT_END = new RegExp(
  `(?:^|(?<=\\s))(${alt([...DISTRICT_LEVEL_WORDS, ...DISTRICT_LEVEL_WORDS.map(cap), ...DISTRICT_PARTY_BODIES])})\\s+((?:\\p{Lu}[\\p{L}\\p{M}]*|\\d+)(?:\\s+\\p{Lu}[\\p{L}\\p{M}]*)*)$`,
  'u',
);

const mergeReason = (from: string, into: string): string =>
  `${from} was merged into ${into} by ${RESOLUTION_202.act} (passed ${RESOLUTION_202.passed}); its bodies ceased on ${RESOLUTION_202.on}`;
const districtReason = (place: string): string =>
  `the district level, ${place} with it, ended on ${RESOLUTION_203.on} (${RESOLUTION_203.act})`;

/** The lineage of a body by its (canonical) name; null for a body the reorganization left as it was. */
export function bodyLineage(name: string): Lineage | null {
  const province = PROVINCE_AT_END.exec(name);
  if (province?.[1] && province[2]) {
    const merged = mergedInto(province[2]);
    if (!merged) return null;
    const word = province[1];
    const party = /ủy$/u.test(word);
    const phrase = party ? `${PROVINCE_PARTY[merged.into.level]} ${merged.into.name}` : `${merged.into.level} ${merged.into.name}`;
    const old = provinceOf(province[2])!;
    return {
      ceasedOn: merged.on,
      reason: mergeReason(`${old.level} ${old.name}`, `${merged.into.level} ${merged.into.name}`),
      successor: `${name.slice(0, province.index)}${phrase}`,
    };
  }
  const district = DISTRICT_AT_END.exec(name);
  if (district?.[1] && district[2]) {
    const word = district[1].toLowerCase();
    const level = PARTY_LEVEL[word] ?? word;
    return { ceasedOn: RESOLUTION_203.on, reason: districtReason(`${level} ${district[2]}`), successor: null };
  }
  return null;
}

/**
 * The lineage of a place: a province merged into another, or a district (`kind` "quận", "huyện",
 * "thị xã", or "thành phố" for a town that is no province). Null for a place that went on.
 */
export function placeLineage(name: string, kind: string | null): Lineage | null {
  const merged = mergedInto(name);
  if (merged) {
    const old = provinceOf(name)!;
    return { ceasedOn: merged.on, reason: mergeReason(`${old.level} ${old.name}`, `${merged.into.level} ${merged.into.name}`), successor: merged.into.name };
  }
  if (kind && DISTRICT_LEVEL_WORDS.includes(kind)) {
    return { ceasedOn: RESOLUTION_203.on, reason: districtReason(`${kind} ${name}`), successor: null };
  }
  return null;
}
