/**
 * Curators correct entity resolution: they merge people the resolver kept apart and split off what
 * some articles say about a person it joined. Each correction is one write transaction that checks
 * its arguments before writing, so a refusal or a failure leaves the graph as it was; it locks the
 * names of the people it touches, as ingest does, so no resolution of those names interleaves.
 *
 * Corrections outlive re-ingest. An unchanged article is never resolved again; a replaced one is, by
 * the resolver (people.ts), which reads back what curators recorded on people:
 * - a merge's survivor keeps `mergedIds`: an id merged away is never made again, what would have
 *   been it is the survivor. Names merged in are its `aliases` (searchText holds them, so search
 *   finds either name), and their slugs `aliasSlugs`: the resolver looks candidates up by slug, and
 *   this one indexed list finds the survivor under a merged-away name without a node left behind.
 * - a split pins articles (`pinnedArticles`): those it moved on the new person, the others on the
 *   original; in a pinned article the person's name is that person whatever the evidence says. The
 *   two are kept apart by a curated DISTINCT_FROM that carries no article: a curator set them apart,
 *   and no article's new version removes it (none removes a DISTINCT_FROM; see DETACH_ARTICLE_FACTS).
 * A person carrying merged ids or pins is not removed when no article names it any more
 * (statements.ts REMOVE_ORPHANS): the curation stays for the next version that names it again.
 */
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { compareKey, slugify } from '../../extract/normalize.js';
import { CurationError } from '../errors.js';
import * as C from './curate-statements.js';
import { searchText, tenureId } from './keys.js';
import { freshPersonId } from './people.js';
import * as Q from './statements.js';

export interface MergeResult {
  personId: string;
  mergedIds: string[];
  /** The survivor's tenures after the merge. */
  tenures: number;
  /** The survivor's participations after the merge, one per meeting and role. */
  participations: number;
}

export interface SplitResult {
  personId: string;
  newPersonId: string;
  articleIds: string[];
  /** The new person's tenures. */
  tenures: number;
  /** The new person's participations, one per meeting and role. */
  participations: number;
}

/** Kept apart without a reason given: the curator's word is the reason. */
const SPLIT_REASON = 'kept apart by a curator';

interface StoredPerson {
  id: string;
  name: string;
  nameKey: string;
  slug: string;
  province: string | null;
  aliases: string[];
  mergedIds: string[];
  pinnedArticles: string[];
  mergeNotes: string[];
}

const unique = <T>(xs: Iterable<T>): T[] => [...new Set(xs)];
const listed = (ids: readonly string[]): string => ids.join(', ');
/** A list property with nothing left in it goes, so "has merged ids / pins" is a plain IS NULL test. */
const orNull = <T>(xs: readonly T[]): readonly T[] | null => (xs.length > 0 ? xs : null);
const givenReason = (reason: string | undefined): string | null => reason?.trim() || null;

/**
 * The first id survives; the others' posts, tenures (with evidence), meeting roles, DISTINCT_FROM
 * edges (except between the merged ones) and any other person edges move to it; they are deleted.
 */
export async function mergePeople(driver: Driver, ids: readonly string[], reason?: string): Promise<MergeResult> {
  const all = unique(ids);
  if (all.length < 2) throw new CurationError('BAD_ARGUMENT', `a merge needs at least two different person ids, got ${all.length === 0 ? 'none' : listed(all)}`);
  const [survivorId, ...mergedIds] = all as [string, ...string[]];
  return inWriteTransaction(driver, 'mergePeople', async (tx) => {
    const [survivor, ...merged] = (await lockedPeople(tx, all)) as [StoredPerson, ...StoredPerson[]];
    const tenureIds: string[] = [];
    // One person at a time: an edge two of them share is then seen as already moved.
    for (const m of merged) tenureIds.push(...(await moveFacts(tx, m.id, survivorId, null, all)));
    await recompute(tx, tenureIds);
    await tx.run(C.UPDATE_PERSON, { id: survivorId, props: survivorProps(survivor, merged, givenReason(reason)) });
    await tx.run(C.DELETE_PEOPLE, { ids: mergedIds });
    return { personId: survivorId, mergedIds, ...(await factCounts(tx, survivorId)) };
  });
}

/**
 * The facts the given articles state about the person move to a new person (same name), kept apart
 * from the original with DISTINCT_FROM {reason, curated: true}.
 */
export async function splitPerson(driver: Driver, personId: string, articleIds: readonly string[], reason?: string): Promise<SplitResult> {
  const moving = unique(articleIds);
  if (moving.length === 0) throw new CurationError('BAD_ARGUMENT', 'a split needs the ids of the articles whose facts move to the new person');
  return inWriteTransaction(driver, 'splitPerson', async (tx) => {
    const [person] = (await lockedPeople(tx, [personId])) as [StoredPerson];
    const subject = await splitSubject(tx, person, moving);
    const newId = freshPersonId(person.slug, subject.district ?? person.province, subject.taken);
    await tx.run(C.CREATE_SPLIT_PERSON, {
      personId, newId, articleIds: moving, reason: givenReason(reason) ?? SPLIT_REASON,
      keptArticles: orNull(unique([...person.pinnedArticles, ...subject.kept]).filter((id) => !moving.includes(id))),
      mergedIds: orNull(person.mergedIds.filter((id) => id !== newId)),
    });
    await recompute(tx, await moveFacts(tx, personId, newId, moving, []));
    return { personId, newPersonId: newId, articleIds: moving, ...(await factCounts(tx, newId)) };
  });
}

async function inWriteTransaction<T>(driver: Driver, op: string, work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
  const session = driver.session({ defaultAccessMode: 'WRITE' });
  try {
    return await session.executeWrite(
      async (tx) => {
        const done = await work(tx);
        await tx.run(Q.BUMP_GRAPH_VERSION);
        return done;
      },
      { metadata: { app: 'vn-officials-graph', op } },
    );
  } finally {
    await session.close();
  }
}

/**
 * The people, read again once their names are locked (a curation that committed in between may have
 * changed them), in the order of `ids`.
 */
async function lockedPeople(tx: ManagedTransaction, ids: readonly string[]): Promise<StoredPerson[]> {
  const slugs = (await readPeople(tx, ids)).flatMap((p) => [p.slug, ...p.aliases.map(slugify)]);
  await tx.run(Q.LOCK_NAMES, { slugs: unique(slugs).sort() });
  return readPeople(tx, ids);
}

async function readPeople(tx: ManagedTransaction, ids: readonly string[]): Promise<StoredPerson[]> {
  const { records } = await tx.run(C.PEOPLE, { ids });
  const found = new Map(records.map((r) => [r.get('id') as string, r.get('person') as StoredPerson | null]));
  const missing = ids.filter((id) => !found.get(id));
  if (missing.length > 0) throw new CurationError('NOT_FOUND', `${missing.length > 1 ? 'no people with ids' : 'no person with id'} ${listed(missing)}`);
  return ids.map((id) => found.get(id)!);
}

interface SplitSubject {
  /** The articles naming the person that stay with it. */
  kept: string[];
  /** Where the posts that move are, when that is below the person's province. */
  district: string | null;
  taken: Set<string>;
}

async function splitSubject(tx: ManagedTransaction, person: StoredPerson, moving: readonly string[]): Promise<SplitSubject> {
  const { records } = await tx.run(C.SPLIT_SUBJECT, { personId: person.id, articleIds: moving });
  const record = records[0]!;
  const named = record.get('named') as string[];
  const known = new Set(record.get('known') as string[]);
  const unknown = moving.filter((id) => !known.has(id));
  if (unknown.length > 0) throw new CurationError('NOT_FOUND', `${unknown.length > 1 ? 'no articles with ids' : 'no article with id'} ${listed(unknown)}`);
  const silent = moving.filter((id) => !named.includes(id));
  if (silent.length > 0) throw new CurationError('BAD_ARGUMENT', `${listed(silent)} ${silent.length > 1 ? 'do' : 'does'} not name ${person.id} (${person.name})`);
  const kept = named.filter((id) => !moving.includes(id));
  if (kept.length === 0) {
    throw new CurationError('BAD_ARGUMENT', `${listed(moving)} ${moving.length > 1 ? 'are' : 'is'} every article naming ${person.id}: splitting them all off would leave it with none`);
  }
  const districts = (record.get('places') as string[]).filter((place) => person.province === null || compareKey(place) !== compareKey(person.province)).sort();
  return { kept, district: districts[0] ?? null, taken: new Set(record.get('taken') as string[]) };
}

/** Moves `from`'s facts (those `articleIds` state, or all) to `to`; returns the tenures touched, to recompute. */
async function moveFacts(tx: ManagedTransaction, fromId: string, toId: string, articleIds: readonly string[] | null, dropIds: readonly string[]): Promise<string[]> {
  const { records } = await tx.run(C.TENURES_TO_MOVE, { personId: fromId, articleIds });
  const rows = records.map((r) => {
    const positionId = r.get('positionId') as string;
    const acting = r.get('acting') as boolean;
    return { from: r.get('id') as string, id: tenureId(toId, positionId, acting), personId: toId, positionId, acting, concurrent: r.get('concurrent') as boolean };
  });
  if (rows.length > 0) {
    await tx.run(Q.WRITE_TENURES, { rows });
    await tx.run(C.MOVE_EVIDENCE, { rows, articleIds });
  }
  await tx.run(C.MOVE_EDGES, { fromId, toId, articleIds, dropIds });
  return rows.flatMap((r) => [r.from, r.id]);
}

/** Spans from the evidence each tenure has now, as the writer computes them; a tenure left with none goes. */
async function recompute(tx: ManagedTransaction, tenureIds: readonly string[]): Promise<void> {
  if (tenureIds.length > 0) await tx.run(Q.RECOMPUTE_TENURES, { ids: unique(tenureIds) });
}

function survivorProps(survivor: StoredPerson, merged: readonly StoredPerson[], reason: string | null): Record<string, unknown> {
  const aliases = new Map<string, string>();
  for (const name of [...survivor.aliases, ...merged.flatMap((m) => [m.name, ...m.aliases])]) {
    const key = compareKey(name);
    if (key !== survivor.nameKey && !aliases.has(key)) aliases.set(key, name);
  }
  const names = [...aliases.values()];
  return {
    aliases: orNull(names),
    aliasSlugs: orNull(unique(names.map(slugify)).filter((slug) => slug !== survivor.slug)),
    searchText: searchText(survivor.name, ...names),
    mergedIds: unique([...survivor.mergedIds, ...merged.flatMap((m) => [m.id, ...m.mergedIds])]),
    pinnedArticles: orNull(unique([survivor, ...merged].flatMap((p) => p.pinnedArticles))),
    mergeNotes: orNull(reason ? [...survivor.mergeNotes, `${listed(merged.map((m) => m.id))}: ${reason}`] : survivor.mergeNotes),
  };
}

async function factCounts(tx: ManagedTransaction, personId: string): Promise<{ tenures: number; participations: number }> {
  const { records } = await tx.run(C.FACT_COUNTS, { id: personId });
  return { tenures: records[0]!.get('tenures') as number, participations: records[0]!.get('participations') as number };
}
