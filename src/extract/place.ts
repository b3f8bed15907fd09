/**
 * The article's place: the province or centrally-run city it is about, and how that was decided.
 * In order of trust: its source (the host of a provincial portal, party site or party paper, or the
 * portal's own footer), its URL (a province in the path), its text (the province the bodies and
 * localities name most: "tỉnh X", "Tỉnh ủy X", "thành phố Y"). National outlets get it from the text.
 */
import { compareKey, slugify, toneKey } from './normalize.js';
import {
  DOMAIN_PATTERNS, EXTRA_SLUGS, NAMED_OUTLETS, PROVINCES_BEFORE_2025, PROVINCE_MERGERS, RESOLUTION_202, type ProvinceLevel, type ProvinceRow,
} from './lexicon/places.js';

export type PlaceBasis = 'source' | 'url' | 'text';

export interface ArticlePlace {
  place: string | null;
  basis: PlaceBasis | null;
}

const squash = (s: string): string => slugify(s).replace(/-/gu, '');

const BY_KEY = new Map<string, ProvinceRow>();
const BY_SLUG = new Map<string, ProvinceRow>();
for (const row of PROVINCES_BEFORE_2025) {
  for (const name of [row.name, ...(row.aliases ?? [])]) {
    BY_KEY.set(compareKey(name), row);
    BY_SLUG.set(squash(name), row);
  }
  for (const slug of EXTRA_SLUGS[row.name] ?? []) BY_SLUG.set(slug, row);
}

/** The province or city a name stands for ("Thừa Thiên Huế" → Huế), by any of its spellings; null for any other name. */
export function provinceOf(name: string): ProvinceRow | null {
  return BY_KEY.get(compareKey(name)) ?? null;
}

/** "thành phố" for a centrally-run city, "tỉnh" for a province, null for a name that is neither. */
export function provinceLevel(name: string): ProvinceLevel | null {
  return provinceOf(name)?.level ?? null;
}

const MERGED_INTO = new Map(PROVINCE_MERGERS.flatMap((m) => m.from.map((f) => [f, m.into] as const)));

/** The unit a province was merged into by Resolution 202/2025/QH15, with the day; null when it lives on. */
export function mergedInto(name: string): { into: ProvinceRow; on: string } | null {
  const row = provinceOf(name);
  const into = row ? MERGED_INTO.get(row.name) : undefined;
  const target = into ? provinceOf(into) : null;
  return target ? { into: target, on: RESOLUTION_202.on } : null;
}

const LABEL_RULES = DOMAIN_PATTERNS.map((p) => {
  const [before, after] = p.label.split('<p>') as [string, string];
  return { ...p, before, after };
});

/** The province whose outlet the host is ("baohaiphong.vn", "x.haiduong.gov.vn", "tinhuygialai.vn"); null for any other host. */
export function placeFromHost(url: string | null | undefined): string | null {
  const host = hostOf(url);
  if (!host) return null;
  const named = NAMED_OUTLETS.find((o) => host === o.host || host.endsWith(`.${o.host}`));
  if (named) return named.province;
  for (const label of host.split('.')) {
    for (const rule of LABEL_RULES) {
      if (rule.hostEnds && !host.endsWith(rule.hostEnds)) continue;
      if (!label.startsWith(rule.before) || !label.endsWith(rule.after)) continue;
      const slug = label.slice(rule.before.length, label.length - rule.after.length);
      const row = slug ? BY_SLUG.get(slug) : undefined;
      if (row) return row.name;
    }
  }
  return null;
}

function hostOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
}

/** Dashed slugs of every spelling, longest first, for paths ("hai-phong", "ba-ria-vung-tau"). */
const DASHED = [...new Set(PROVINCES_BEFORE_2025.flatMap((r) => [r.name, ...(r.aliases ?? [])]).map(slugify))].sort((a, b) => b.length - a.length);
const PATH_LOCALITY_RE = new RegExp(`(?:^|-)(?:tinh|thanh-pho|tp|tinh-uy|thanh-uy)-(${DASHED.join('|')})(?=-|$)`, 'u');

/**
 * The province the URL's path names: a section named after it ("/hai-phong/", "/tinh-gia-lai/"), or
 * one province with its locality word in the article's slug ("…-tinh-uy-gia-lai-…"). Two provinces, none.
 */
export function placeFromPath(url: string | null | undefined): string | null {
  if (!url) return null;
  let path: string;
  try {
    path = decodeURIComponent(new URL(url).pathname).toLowerCase();
  } catch {
    return null;
  }
  const found = new Set<string>();
  for (const raw of path.split('/')) {
    const segment = raw.replace(/\.[a-z0-9]{2,5}$/u, '');
    if (!segment) continue;
    const whole = BY_SLUG.get(segment.replace(/-/gu, ''));
    if (whole && DASHED.includes(segment)) found.add(whole.name);
    for (let rest = segment; ;) {
      const m = PATH_LOCALITY_RE.exec(rest);
      if (!m?.[1]) break;
      const row = BY_SLUG.get(m[1].replace(/-/gu, ''));
      if (row) found.add(row.name);
      rest = rest.slice(m.index + m[0].length);
    }
  }
  return found.size === 1 ? [...found][0]! : null;
}

const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&').replace(/ /gu, '\\s+');
const NAMES = [...new Set(PROVINCES_BEFORE_2025.flatMap((r) => [r.name, ...(r.aliases ?? [])]).map((n) => toneKey(n)))].sort((a, b) => b.length - a.length);
// Case-sensitive: the place's name is capitalized; the locality word may open a sentence.
const TEXT_PLACE_RE = new RegExp(
  `(?<![\\p{L}\\p{M}])(?:[Tt]ỉnh|[Tt]hành phố|TP\\.?|Tỉnh ủy|Thành ủy|UBND|HĐND)\\s+(${NAMES.filter((n) => !/^(?:TP|Sài Gòn)/u.test(n)).map(esc).join('|')})(?![\\p{L}\\p{M}])`,
  'gu',
);

/** The province the text names most after a locality word or its party committee; ties go to the first named. */
export function placeFromText(body: string): string | null {
  const counts = new Map<string, number>();
  for (const m of toneKey(body).matchAll(TEXT_PLACE_RE)) {
    const row = m[1] ? provinceOf(m[1]) : null;
    if (row) counts.set(row.name, (counts.get(row.name) ?? 0) + 1);
  }
  let best: string | null = null;
  let most = 0;
  for (const [name, n] of counts) {
    if (n > most) {
      best = name;
      most = n;
    }
  }
  return best;
}

/** The article's place and how it was decided: the source (`footer`, the portal's own, or the host), the URL, the text. */
export function articlePlace(body: string, url: string | null | undefined, footer: string | null): ArticlePlace {
  const source = footer ?? placeFromHost(url);
  if (source) return { place: source, basis: 'source' };
  const path = placeFromPath(url);
  if (path) return { place: path, basis: 'url' };
  const text = placeFromText(body);
  return text ? { place: text, basis: 'text' } : { place: null, basis: null };
}
