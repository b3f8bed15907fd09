/**
 * The people of one article: holders on the article's day of seats in the localities the article
 * may name (the city, at most one district, at most one ward), no one twice, and no two names the
 * extractor could not tell apart (the same full name, or a two-syllable name that is another's
 * given name, which "đồng chí Tô An" after "Nguyễn Tô An" would point to).
 */
import type { Locality } from './places.js';
import { formerOfficial, holderAt, seatsOf, type Person, type Tenure, type World } from './population.js';
import { pick, type Rng } from './random.js';

export interface Scope {
  city: Locality;
  district: Locality | null;
  ward: Locality | null;
}

const FORMER_TRIES = 4;

export class Cast {
  private readonly people = new Set<Person>();
  private readonly names: string[] = [];

  constructor(
    private readonly world: World,
    private readonly day: number,
    private readonly scope: Scope,
    private readonly rng: Rng,
  ) {}

  /** The holder of a seat of the role in the locality, or null when that person cannot join. */
  holder(locality: Locality, role: string): Tenure | null {
    const seats = seatsOf(this.world, locality, role);
    if (seats.length === 0) return null;
    const tenure = holderAt(pick(this.rng, seats), this.day);
    return this.admit(tenure.person) ? tenure : null;
  }

  /** Someone retired from the city's or the district's bodies, with the last tenure they held. */
  former(group: Locality): Tenure | null {
    for (let k = 0; k < FORMER_TRIES; k++) {
      const person = formerOfficial(this.world, group, this.day, this.rng);
      const last = person?.tenures.at(-1);
      if (person && last && this.inScope(last.seat.locality) && this.admit(person)) return last;
    }
    return null;
  }

  private inScope(l: Locality): boolean {
    return l === this.scope.city || l === this.scope.district || l === this.scope.ward;
  }

  private admit(person: Person): boolean {
    if (this.people.has(person)) return false;
    const name = person.name;
    for (const other of this.names) {
      if (other === name || other.endsWith(` ${name}`) || name.endsWith(` ${other}`)) return false;
    }
    this.people.add(person);
    this.names.push(name);
    return true;
  }
}
