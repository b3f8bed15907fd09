/**
 * The controlled population: seats (one role in one locality) with a timeline of tenures covering
 * 2018–2025 without gaps or overlaps, and people whose careers chain one to four tenures in time.
 * Everything an article says about who held what, when, is read from here, so the ground truth
 * holds by construction: a single-holder post has one seat, a seat one holder a day.
 */
import { bodiesOf, type Body, type BodyKey } from './bodies.js';
import { DAYS_PER_YEAR, FIRST_DAY, LAST_DAY } from './calendar.js';
import { MinHeap } from './min-heap.js';
import { genderOf, personName, type Gender } from './names.js';
import { ONLY_CITY, cityLocality, districtLocalities, wardNames, type CityShare, type Locality } from './places.js';
import { chance, int, mixSeed, mulberry32, pick, type Rng } from './random.js';
import { ROLES, isSingleHolder, type RoleSpec } from './roles.js';

export interface Post {
  title: string;
  body: Body;
  single: boolean;
  mayAct: boolean;
}

export interface Seat {
  id: number;
  role: RoleSpec;
  locality: Locality;
  posts: readonly Post[];
  /** In time order, contiguous from FIRST_DAY to LAST_DAY. */
  tenures: Tenure[];
}

export interface Tenure {
  seat: Seat;
  person: Person;
  /** Day numbers, both included. */
  start: number;
  end: number;
  /** Posts that may be held acting are acting before this day. */
  actingUntil: number;
  rank: string | null;
}

export interface Person {
  id: number;
  name: string;
  gender: Gender;
  /** The city, or the district of the person's first seat. */
  home: Locality;
  /** In time order, never overlapping. */
  tenures: Tenure[];
}

export interface World {
  seed: number;
  city: Locality;
  districts: readonly Locality[];
  wards: readonly Locality[];
  bodies: readonly Body[];
  seats: readonly Seat[];
  people: readonly Person[];
  /** Pairs of people with the same full name and different home districts, planted on purpose. */
  homonyms: ReadonlyArray<readonly [Person, Person]>;
  /** Internal indexes; read them through the functions below. */
  index: WorldIndex;
}

interface WorldIndex {
  /** By locality id, then role key: nested maps, as a joined key would be a new string per lookup. */
  seats: Map<number, Map<string, Seat[]>>;
  bodies: Map<number, Map<BodyKey, Body>>;
  wardsOf: Map<number, Locality[]>;
  /** Per home group (city or district id): people whose last tenure ended before LAST_DAY, by that end. */
  retired: Map<number, { people: Person[]; ends: number[] }>;
}

export interface PopulationOptions {
  seed: number;
  /** How many people to aim at; the result is close, never fewer than the seats need. */
  people: number;
  /** Which city of a multi-city corpus this world is; the only one by default. */
  city?: CityShare;
}

/** Fewer people could not hold every seat of the city and its districts through 2018–2025. */
export const MIN_PEOPLE = 300;
const MAX_CAREER = 4;
// Tenures per person on average: careers of one to four posts.
const TENURES_PER_PERSON = 2.5;
const HOMONYM_SHARE = 0.01;
const MIN_HOMONYMS = 3;
const ACTING_SHARE = 0.2;

// Independent streams, so that changing one part of the world does not reshuffle the others.
const STREAM = { places: 1, timelines: 2, careers: 3, names: 4, homonyms: 5 } as const;

interface Draft {
  seat: Seat;
  start: number;
  end: number;
  actingUntil: number;
  rank: string | null;
}

/** Careers move within a district (wards included) or within the city's own bodies. */
const groupOf = (l: Locality): number => l.district?.id ?? 0;

export function buildWorld({ seed, people: target, city: share = ONLY_CITY }: PopulationOptions): World {
  const city = cityLocality(share);
  const districts = districtLocalities(share);
  const wards: Locality[] = [];
  const bodies: Body[] = [];
  const seats: Seat[] = [];
  const drafts: Draft[] = [];
  const index: WorldIndex = { seats: new Map(), bodies: new Map(), wardsOf: new Map(), retired: new Map() };
  const timelineRng = mulberry32(mixSeed(seed, STREAM.timelines));
  let nextBodyId = 0;

  const settle = (locality: Locality): void => {
    const own = bodiesOf(locality, () => nextBodyId++);
    bodies.push(...own.values());
    index.bodies.set(locality.id, own);
    const roles = new Map<string, Seat[]>();
    index.seats.set(locality.id, roles);
    for (const role of ROLES[locality.level]) {
      const posts = role.posts.map((p): Post => ({
        title: p.title,
        body: bodyAt(own, p.body, locality),
        single: isSingleHolder(p.title),
        mayAct: p.mayAct ?? false,
      }));
      const list: Seat[] = [];
      for (let k = 0; k < role.seats; k++) {
        const seat: Seat = { id: seats.length, role, locality, posts, tenures: [] };
        seats.push(seat);
        list.push(seat);
        drafts.push(...timeline(seat, timelineRng));
      }
      roles.set(role.key, list);
    }
  };

  settle(city);
  for (const d of districts) {
    settle(d);
    index.wardsOf.set(d.id, []);
  }
  // Wards are added until the seats have enough tenures for the population asked for.
  const names = wardNames(mulberry32(mixSeed(seed, STREAM.places)), share, districts.map((d) => d.name));
  let nextLocalityId = districts.length + 1;
  while (drafts.length < target * TENURES_PER_PERSON) {
    const district = districts[wards.length % districts.length] as Locality;
    const ward: Locality = { id: nextLocalityId++, level: 'ward', word: 'phường', name: names.next().value as string, district };
    wards.push(ward);
    index.wardsOf.get(district.id)?.push(ward);
    settle(ward);
  }

  const people = assignCareers(drafts, target, mulberry32(mixSeed(seed, STREAM.careers)), mulberry32(mixSeed(seed, STREAM.names)), districts, city);
  const homonyms = plantHomonyms(people, mulberry32(mixSeed(seed, STREAM.homonyms)));
  for (const p of people) {
    const last = p.tenures.at(-1);
    if (!last || last.end >= LAST_DAY) continue;
    const group = groupOf(last.seat.locality);
    let list = index.retired.get(group);
    if (!list) index.retired.set(group, (list = { people: [], ends: [] }));
    list.people.push(p);
  }
  for (const list of index.retired.values()) {
    list.people.sort((a, b) => lastEnd(a) - lastEnd(b) || a.id - b.id);
    list.ends = list.people.map(lastEnd);
  }
  return { seed, city, districts, wards, bodies, seats, people, homonyms, index };
}

function bodyAt(own: Map<BodyKey, Body>, key: BodyKey, locality: Locality): Body {
  const body = own.get(key);
  if (!body) throw new Error(`role spec names body "${key}", which ${locality.word} ${locality.name} does not have`);
  return body;
}

const lastEnd = (p: Person): number => p.tenures.at(-1)?.end ?? FIRST_DAY;

function timeline(seat: Seat, rng: Rng): Draft[] {
  const out: Draft[] = [];
  const [minYears, maxYears] = seat.role.years;
  const shortest = Math.round(minYears * DAYS_PER_YEAR);
  const longest = Math.round(maxYears * DAYS_PER_YEAR);
  const mayAct = seat.posts.some((p) => p.mayAct);
  // The first holder took office before the window opens, at some point of a whole tenure.
  for (let start = FIRST_DAY - int(rng, 0, longest - 1); start <= LAST_DAY;) {
    const end = start + int(rng, shortest, longest) - 1;
    const actingUntil = mayAct && chance(rng, ACTING_SHARE) ? start + int(rng, 60, 270) : start;
    const rank = seat.role.ranks ? pick(rng, seat.role.ranks) : null;
    // A tenure over before the window opens leaves no trace in it.
    if (end >= FIRST_DAY) out.push({ seat, start: Math.max(start, FIRST_DAY), end: Math.min(end, LAST_DAY), actingUntil, rank });
    start = end + 1;
  }
  return out;
}

/**
 * Tenures in order of start; each goes to a new person or to someone whose last tenure has ended
 * (mostly from the same district, a city seat from anywhere: promotions). The share of new people
 * is steered so the count lands near the target.
 */
function assignCareers(drafts: Draft[], target: number, rng: Rng, nameRng: Rng, districts: readonly Locality[], city: Locality): Person[] {
  drafts.sort((a, b) => a.start - b.start || a.seat.id - b.seat.id);
  const people: Person[] = [];
  const groups = [city, ...districts];
  const free: Person[][] = groups.map(() => []);
  const busy = new MinHeap<Tenure>((t) => t.end);

  const take = (group: number, seat: Seat): Person | null => {
    const from = seat.locality.level === 'city' || !chance(rng, 0.9) ? int(rng, 0, free.length - 1) : group;
    for (let k = 0; k < free.length; k++) {
      const pool = free[(from + k) % free.length] as Person[];
      if (pool.length === 0) continue;
      const at = int(rng, 0, pool.length - 1);
      const person = pool[at] as Person;
      // Coming back to the seat just left would only lengthen the tenure.
      if (person.tenures.at(-1)?.seat === seat) continue;
      pool[at] = pool[pool.length - 1] as Person;
      pool.pop();
      return person;
    }
    return null;
  };

  for (const [k, draft] of drafts.entries()) {
    for (let top = busy.peek(); top && top.end < draft.start; top = busy.peek()) {
      busy.pop();
      if (top.person.tenures.length < MAX_CAREER) free[groupOf(top.seat.locality)]?.push(top.person);
    }
    const group = groupOf(draft.seat.locality);
    const wanted = target - people.length;
    const wantNew = wanted > 0 && (wanted >= drafts.length - k || chance(rng, wanted / (drafts.length - k)));
    let person = wantNew ? null : take(group, draft.seat);
    if (!person) {
      const gender = genderOf(nameRng);
      person = { id: people.length, name: personName(nameRng, gender), gender, home: groups[group] as Locality, tenures: [] };
      people.push(person);
    }
    const tenure: Tenure = { ...draft, person };
    person.tenures.push(tenure);
    draft.seat.tenures.push(tenure);
    busy.push(tenure);
  }
  return people;
}

function plantHomonyms(people: Person[], rng: Rng): Array<readonly [Person, Person]> {
  const count = Math.max(MIN_HOMONYMS, Math.round(people.length * HOMONYM_SHARE));
  const used = new Set<Person>();
  const pairs: Array<readonly [Person, Person]> = [];
  for (let tries = 0; pairs.length < count && tries < count * 50; tries++) {
    const a = pick(rng, people);
    const b = pick(rng, people);
    if (a === b || used.has(a) || used.has(b) || a.home === b.home) continue;
    b.name = a.name;
    b.gender = a.gender;
    used.add(a);
    used.add(b);
    pairs.push([a, b]);
  }
  return pairs;
}

/** The seats of a role in a locality (several for deputies), or none. */
export function seatsOf(world: World, locality: Locality, role: string): readonly Seat[] {
  return world.index.seats.get(locality.id)?.get(role) ?? [];
}

export function bodyOf(world: World, locality: Locality, key: BodyKey): Body {
  const body = world.index.bodies.get(locality.id)?.get(key);
  if (!body) throw new Error(`${locality.word} ${locality.name} has no body "${key}"`);
  return body;
}

export function wardsOf(world: World, district: Locality): readonly Locality[] {
  return world.index.wardsOf.get(district.id) ?? [];
}

/** Who holds the seat on the day: timelines have no gaps, so someone always does. */
export function holderAt(seat: Seat, day: number): Tenure {
  const ts = seat.tenures;
  let lo = 0;
  let hi = ts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((ts[mid] as Tenure).start <= day) lo = mid;
    else hi = mid - 1;
  }
  return ts[lo] as Tenure;
}

/** The person's tenure on the day, if any. */
export function tenureOn(person: Person, day: number): Tenure | null {
  for (const t of person.tenures) if (t.start <= day && day <= t.end) return t;
  return null;
}

/**
 * Someone of the city's or a district's bodies whose career ended at least `margin` days before
 * the day: an article may name them with their last posts as "nguyên" (former).
 */
export function formerOfficial(world: World, group: Locality, day: number, rng: Rng, margin = 30): Person | null {
  const list = world.index.retired.get(group.id);
  if (!list) return null;
  let lo = 0;
  let hi = list.ends.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list.ends[mid] as number) < day - margin) lo = mid + 1;
    else hi = mid;
  }
  return lo === 0 ? null : (list.people[int(rng, 0, lo - 1)] as Person);
}
