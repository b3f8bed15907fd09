/**
 * Entity resolution for people: deterministic and explainable. A name met in an article is matched
 * against the people already in the graph with the same name:
 *  - same province, and either no district-level post on one side, a district in common, or a post
 *    in common → the same person (the candidate with most in common; ties to the smaller id);
 *  - otherwise a new person, with the reason it was kept apart from each homonym.
 * The resolver learns from each decision, so a batch resolves exactly as the same articles would one
 * by one. What curators recorded (curate.ts) outranks the evidence: in an article they assigned to a
 * person, that person's name is that person; a person answers to the names merged into it; and an id
 * merged away is never made again, what would have been it is the person it was merged into.
 */
import { compareKey, slugify } from '../../extract/normalize.js';
import { idOf } from './keys.js';

export interface PersonProfile {
  id: string;
  nameKey: string;
  /** The city or province of the articles that name the person. */
  province: string | null;
  /** Places of district-level bodies the person holds posts in. */
  districts: string[];
  positionIds: string[];
  /** Other names a curator merged into this person: it answers to them too. */
  aliases?: readonly string[];
  /** People a curator merged into this one: their ids are never made again. */
  mergedIds?: readonly string[];
  /** Articles a curator assigned to this person: there, its names are this person whatever the evidence says. */
  pinnedArticles?: readonly string[];
}

export interface PersonMention {
  /** The article that names the person. */
  articleId: string;
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

const isNamed = (known: PersonProfile, nameKey: string): boolean =>
  known.nameKey === nameKey || (known.aliases ?? []).some((alias) => compareKey(alias) === nameKey);

/** "person:<slug>", else with the district or province that sets this one apart, else numbered. */
export function freshPersonId(slug: string, place: string | null, used: ReadonlySet<string>): string {
  const base = idOf('Person', slug);
  const options = [base, ...(place ? [`${base}-${slugify(place)}`] : [])];
  for (const option of options) if (!used.has(option)) return option;
  for (let n = 2; ; n++) if (!used.has(`${base}-${n}`)) return `${base}-${n}`;
}

export class PersonResolver {
  private readonly bySlug = new Map<string, PersonProfile[]>();

  /** A candidate is asked for by the slug of its name and of each of its aliases. */
  constructor(candidates: Iterable<PersonProfile & { slug: string }>) {
    for (const c of candidates) for (const slug of new Set([c.slug, ...(c.aliases ?? []).map(slugify)])) this.remember(slug, c);
  }

  resolve(mention: PersonMention): PersonDecision {
    const sameSlug = this.bySlug.get(mention.slug) ?? [];
    const homonyms = sameSlug.filter((p) => isNamed(p, mention.nameKey));
    const pinned = homonyms.find((p) => p.pinnedArticles?.includes(mention.articleId));
    const compatible = homonyms
      .filter((p) => conflictBetween(p, mention) === null)
      .sort((a, b) => affinity(b, mention) - affinity(a, mention) || (a.id < b.id ? -1 : 1));
    const match = pinned ?? compatible[0];
    if (match) return this.matched(match, mention);
    const id = freshPersonId(mention.slug, mention.districts[0] ?? mention.province, new Set(sameSlug.map((p) => p.id)));
    const mergedInto = sameSlug.find((p) => p.mergedIds?.includes(id));
    if (mergedInto) return this.matched(mergedInto, mention);
    const profile: PersonProfile = { id, nameKey: mention.nameKey, province: mention.province, districts: [...mention.districts], positionIds: [...mention.positionIds] };
    this.remember(mention.slug, profile);
    const keptApart = homonyms.map((p) => ({ otherId: p.id, reason: conflictBetween(p, mention) ?? 'conflicting evidence' }));
    return { id, created: true, keptApart };
  }

  private remember(slug: string, profile: PersonProfile): void {
    const list = this.bySlug.get(slug) ?? [];
    list.push(profile);
    this.bySlug.set(slug, list);
  }

  private matched(known: PersonProfile, mention: PersonMention): PersonDecision {
    this.learn(known, mention);
    return { id: known.id, created: false, keptApart: [] };
  }

  private learn(known: PersonProfile, mention: PersonMention): void {
    known.province ??= mention.province;
    for (const d of mention.districts) if (!known.districts.some((k) => sameText(k, d))) known.districts.push(d);
    for (const p of mention.positionIds) if (!known.positionIds.includes(p)) known.positionIds.push(p);
  }
}

