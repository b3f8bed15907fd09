/**
 * Entity resolution for people: deterministic and explainable. A name met in an article is matched
 * against the people already in the graph with the same name:
 *  - same province, and either no district-level post on one side, a district in common, or a post
 *    in common → the same person (the candidate with most in common; ties to the smaller id);
 *  - otherwise a new person, with the reason it was kept apart from each homonym.
 * The resolver learns from each decision, so a batch resolves exactly as the same articles would one
 * by one.
 */
import { compareKey, slugify } from '../../extract/normalize.js';

export interface PersonProfile {
  id: string;
  nameKey: string;
  /** The city or province of the articles that name the person. */
  province: string | null;
  /** Places of district-level bodies the person holds posts in. */
  districts: string[];
  positionIds: string[];
}

export interface PersonMention {
  name: string;
  nameKey: string;
  slug: string;
  province: string | null;
  districts: string[];
  positionIds: string[];
}

export interface KeptApart {
  otherId: string;
  reason: string;
}

export interface PersonDecision {
  id: string;
  created: boolean;
  keptApart: KeptApart[];
}

const sameText = (a: string, b: string): boolean => compareKey(a) === compareKey(b);
const overlap = (a: readonly string[], b: readonly string[]): string[] => a.filter((x) => b.some((y) => sameText(x, y)));
const listed = (xs: readonly string[]): string => xs.join(', ');

/** Why two records of one name cannot be one person, or null when nothing says so. */
export function conflictBetween(known: PersonProfile, mention: PersonMention): string | null {
  if (known.province && mention.province && !sameText(known.province, mention.province)) {
    return `named in articles about ${known.province} and about ${mention.province}`;
  }
  if (overlap(known.positionIds, mention.positionIds).length > 0) return null;
  if (known.districts.length > 0 && mention.districts.length > 0 && overlap(known.districts, mention.districts).length === 0) {
    return `posts in different districts (${listed(known.districts)} / ${listed(mention.districts)}) and no post in common`;
  }
  return null;
}

const affinity = (known: PersonProfile, mention: PersonMention): number =>
  overlap(known.positionIds, mention.positionIds).length * 10 + overlap(known.districts, mention.districts).length;

export class PersonResolver {
  private readonly bySlug = new Map<string, PersonProfile[]>();

  constructor(candidates: Iterable<PersonProfile & { slug: string }>) {
    for (const c of candidates) this.remember(c.slug, c);
  }

  resolve(mention: PersonMention): PersonDecision {
    const sameSlug = this.bySlug.get(mention.slug) ?? [];
    const homonyms = sameSlug.filter((p) => p.nameKey === mention.nameKey);
    const compatible = homonyms
      .filter((p) => conflictBetween(p, mention) === null)
      .sort((a, b) => affinity(b, mention) - affinity(a, mention) || (a.id < b.id ? -1 : 1));
    const match = compatible[0];
    if (match) {
      this.learn(match, mention);
      return { id: match.id, created: false, keptApart: [] };
    }
    const id = this.freshId(mention, sameSlug);
    const profile: PersonProfile = { id, nameKey: mention.nameKey, province: mention.province, districts: [...mention.districts], positionIds: [...mention.positionIds] };
    this.remember(mention.slug, profile);
    const keptApart = homonyms.map((p) => ({ otherId: p.id, reason: conflictBetween(p, mention) ?? 'conflicting evidence' }));
    return { id, created: true, keptApart };
  }

  /** "person:<slug>", else with the district or province that sets this one apart, else numbered. */
  private freshId(mention: PersonMention, taken: readonly PersonProfile[]): string {
    const used = new Set(taken.map((p) => p.id));
    const base = `person:${mention.slug}`;
    const place = mention.districts[0] ?? mention.province;
    const options = [base, ...(place ? [`${base}-${slugify(place)}`] : [])];
    for (const option of options) if (!used.has(option)) return option;
    for (let n = 2; ; n++) if (!used.has(`${base}-${n}`)) return `${base}-${n}`;
  }

  private remember(slug: string, profile: PersonProfile): void {
    const list = this.bySlug.get(slug) ?? [];
    list.push(profile);
    this.bySlug.set(slug, list);
  }

  private learn(known: PersonProfile, mention: PersonMention): void {
    known.province ??= mention.province;
    for (const d of mention.districts) if (!known.districts.some((k) => sameText(k, d))) known.districts.push(d);
    for (const p of mention.positionIds) if (!known.positionIds.includes(p)) known.positionIds.push(p);
  }
}

