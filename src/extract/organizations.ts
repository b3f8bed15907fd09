/**
 * Completes the organization of a post from its context: abbreviations expanded, a sub-body that
 * borrows its party body from the next post ("Ủy viên Ban Thường vụ, Trưởng Ban Tuyên giáo Thành ủy"),
 * bare locality words ("quận", "Thành ủy") resolved to the locality the article is about, and
 * "Ban Chỉ đạo" alone to the steering committee the article names. Never a hard-coded city.
 */
import type { ExtractedOrganization } from './types.js';
import { toneKey } from './normalize.js';
import { ABBREVIATIONS, CITY_SHORT_NAMES, LOCALITIES, ORG_KINDS, PARTY_BODIES, SUB_BODIES } from './lexicon/organizations.js';
import { PROVINCES } from './lexicon/boilerplate.js';
import { anyOf, BEFORE, AFTER } from './patterns.js';

export interface OrgContext {
  /** Locality word ("quận", "thành phố") → the name the article gives it ("Gia Viễn"). */
  localities: Map<string, string>;
  /** The steering committee the article is about, when it names one. */
  steering: string | null;
}

const NAME_RUN = '\\p{Lu}[\\p{Ll}\\p{M}]*(?:\\s\\p{Lu}[\\p{Ll}\\p{M}]*){0,3}';
const LOCALITY_RE = new RegExp(`${BEFORE}(${anyOf(LOCALITIES)})\\s+(${NAME_RUN})`, 'gu');
const TP_RE = new RegExp(`${BEFORE}TP\\.?\\s+(${NAME_RUN})`, 'u');
const STEERING_RE = new RegExp(`${BEFORE}Ban\\s+Chỉ\\s+đạo\\s+(?:[\\p{N}]+\\s+)?(?:${anyOf(LOCALITIES)})\\s+${NAME_RUN}|${BEFORE}Ban\\s+Chỉ\\s+đạo\\s+\\p{N}+`, 'u');
const ABBREV_RE = new RegExp(
  `${BEFORE}(${Object.keys(ABBREVIATIONS).sort((a, b) => b.length - a.length).join('|')})${AFTER}`,
  'gu',
);
const PARTY_BODY_AT_END = new RegExp(`(${anyOf(PARTY_BODIES.map((p) => p.body))})\\s*$`, 'iu');
const PARTY_BODY_ANY = new RegExp(`${BEFORE}(${anyOf(PARTY_BODIES.map((p) => p.body))})(?:\\s+${NAME_RUN})?`, 'iu');
const LOCALITY_AT_END = new RegExp(`${BEFORE}(${anyOf(LOCALITIES)})\\s*$`, 'iu');
const SUB_BODY_ONLY = new RegExp(`^(?:${anyOf(SUB_BODIES)})$`, 'iu');
const PARENT_CUE = new RegExp(
  `\\s[–-]\\s|\\s(?=(?:${anyOf([...PARTY_BODIES.map((p) => p.body), 'Bộ', 'Ủy ban nhân dân', 'Hội đồng nhân dân', 'Ủy ban Mặt trận', 'Quân khu'])})${AFTER})`,
  'u',
);
const LOCALITY_OF = new Map(PARTY_BODIES.map((p) => [toneKey(p.body).toLowerCase(), p.locality]));

/** Localities and the steering committee named anywhere in the article; `place` is the portal's city. */
export function orgContext(body: string, place: string | null): OrgContext {
  const localities = new Map<string, string>();
  const key = toneKey(body);
  for (const m of key.matchAll(LOCALITY_RE)) {
    const word = (m[1] ?? '').toLowerCase();
    if (!localities.has(word) && m[2]) localities.set(word, body.slice(m.index + m[0].length - m[2].length, m.index + m[0].length));
  }
  if (!localities.has('thành phố')) {
    const tp = TP_RE.exec(body);
    if (tp?.[1]) localities.set('thành phố', tp[1]);
  }
  if (place) localities.set('thành phố', place);
  const steering = STEERING_RE.exec(body)?.[0] ?? null;
  return { localities, steering };
}

export function expandAbbreviations(s: string): string {
  return s.replace(ABBREV_RE, (m) => ABBREVIATIONS[m] ?? m);
}

/** The full name of a post's organization, or null when the post names none. */
export function resolveOrganization(orgText: string | null, nextOrgText: string | null, ctx: OrgContext): string | null {
  if (!orgText) return null;
  let org = expandAbbreviations(orgText).replace(/\s+/gu, ' ').trim();
  if (SUB_BODY_ONLY.test(toneKey(org)) && nextOrgText) {
    const body = PARTY_BODY_ANY.exec(toneKey(expandAbbreviations(nextOrgText)));
    if (body) org = `${org} ${expandAbbreviations(nextOrgText).slice(body.index, body.index + body[0].length)}`;
  }
  if (/^Ban\s+Chỉ\s+đạo$/iu.test(org) && ctx.steering) return expandAbbreviations(ctx.steering);
  const party = PARTY_BODY_AT_END.exec(toneKey(org));
  if (party) {
    const locality = LOCALITY_OF.get((party[1] ?? '').toLowerCase().replace(/\s+/gu, ' '));
    const name = locality ? ctx.localities.get(locality) : undefined;
    return name ? `${org} ${name}` : org;
  }
  const loc = LOCALITY_AT_END.exec(toneKey(org));
  if (loc) {
    const name = ctx.localities.get((loc[1] ?? '').toLowerCase());
    return name ? `${org} ${name}` : org;
  }
  return org;
}

const KIND_RULES = ORG_KINDS.map((r) => ({
  head: new RegExp(`^${anyOf([r.cue])}${AFTER}`, 'iu'),
  anywhere: new RegExp(`${BEFORE}${anyOf([r.cue])}${AFTER}`, 'iu'),
  kind: r.kind,
}));

/** The head decides ("Ban Tuyên giáo Thành ủy" is a board, not the committee); else any cue in the name. */
export function kindOf(name: string): string {
  const key = toneKey(name);
  return (KIND_RULES.find((r) => r.head.test(key)) ?? KIND_RULES.find((r) => r.anywhere.test(key)))?.kind ?? 'organization';
}

/** Whether the name opens with a body's head word ("Bộ Chỉ huy …", "Đảng ủy …"), after abbreviations are expanded. */
export function opensWithBody(name: string): boolean {
  const key = toneKey(expandAbbreviations(name.trim()));
  return KIND_RULES.some((r) => r.head.test(key));
}

const PLACE_ONLY = new RegExp(
  `^(?:(?:${anyOf([...LOCALITIES, 'TP.', 'TP'])})\\s*)?(?:${anyOf([...PROVINCES, ...CITY_SHORT_NAMES])})$`,
  'iu',
);
/** A province or city named alone ("TPHCM", "tỉnh Phú Yên"): after a comma it locates the body before it. */
export const isPlaceOnly = (text: string): boolean => PLACE_ONLY.test(toneKey(text.trim()));

/** "Ban Tuyên giáo Thành ủy Hải Phòng" → "Thành ủy Hải Phòng"; "Cục … – Bộ Công an" → "Bộ Công an". */
export function parentOf(name: string): string | null {
  const m = PARENT_CUE.exec(toneKey(name));
  if (!m || m.index === 0) return null;
  const parent = name.slice(m.index + m[0].length).trim();
  return parent && parent !== name ? parent : null;
}

export function describeOrganization(name: string, ctx: OrgContext): ExtractedOrganization {
  let place: string | null = null;
  const key = toneKey(name).toLowerCase();
  for (const value of ctx.localities.values()) {
    if (key.endsWith(` ${toneKey(value).toLowerCase()}`)) place = value;
  }
  return { name, kind: kindOf(name), place, parent: parentOf(name) };
}
