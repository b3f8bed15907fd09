/**
 * One transaction for a batch of articles (a batch of one is the single-article path): lock and read
 * the stored versions, detach what replaced versions stated, resolve people against the graph, write
 * every row with UNWIND, recompute the tenures touched and remove what was left without evidence.
 * It runs in a managed transaction, so the driver retries it on transient errors (deadlocks,
 * leader changes) and a failure anywhere leaves nothing of the batch behind.
 */
import type { Driver, ManagedTransaction, QueryResult } from 'neo4j-driver';
import { compareKey, slugify } from '../../extract/normalize.js';
import { EXTRACTOR_VERSION, searchText } from './keys.js';
import { PersonResolver } from './people.js';
import { planArticle, Rows, type PreparedArticle } from './plan.js';
import * as Q from './statements.js';
import { zeroCounts, type IngestStatus, type WriteCounts } from './types.js';

export interface BatchArticle extends Omit<PreparedArticle, 'extraction'> {
  /** Extraction is deferred: an unchanged article is never extracted. */
  extraction: () => PreparedArticle['extraction'];
}

export interface BatchWritten {
  statuses: Map<string, IngestStatus>;
  warnings: Map<string, string[]>;
  counts: WriteCounts;
}

interface StoredVersion {
  contentHash: string | null;
  extractorVersion: string | null;
}

const isCurrent = (stored: StoredVersion | undefined, article: BatchArticle): boolean =>
  stored?.contentHash === article.contentHash && stored.extractorVersion === EXTRACTOR_VERSION;

/** Reads stored versions outside the transaction, so unchanged articles are skipped before any extraction work. */
export async function storedVersions(driver: Driver, ids: readonly string[]): Promise<Map<string, StoredVersion>> {
  const { records } = await driver.executeQuery(
    'UNWIND $ids AS id MATCH (a:Article {id: id}) RETURN id, a.contentHash AS contentHash, a.extractorVersion AS extractorVersion',
    { ids },
    { routing: 'READ' },
  );
  return new Map(records.map((r) => [r.get('id') as string, { contentHash: r.get('contentHash') as string | null, extractorVersion: r.get('extractorVersion') as string | null }]));
}

export function needsWrite(stored: Map<string, StoredVersion>, article: BatchArticle): boolean {
  return !isCurrent(stored.get(article.id), article);
}

export async function writeBatch(driver: Driver, articles: readonly BatchArticle[], ingestedAt: string): Promise<BatchWritten> {
  const ids = articles.map((a) => a.id);
  if (new Set(ids).size !== ids.length) throw new Error('a batch must not hold two versions of one article');
  const session = driver.session({ defaultAccessMode: 'WRITE' });
  try {
    return await session.executeWrite((tx) => writeInTransaction(tx, articles, ingestedAt), { metadata: { app: 'vn-officials-graph', op: 'ingest' } });
  } finally {
    await session.close();
  }
}

export async function writeInTransaction(tx: ManagedTransaction, articles: readonly BatchArticle[], ingestedAt: string): Promise<BatchWritten> {
  const counts = zeroCounts();
  const run = async (query: string, params: Record<string, unknown>): Promise<QueryResult['records']> => {
    const result = await tx.run(query, params);
    const u = result.summary.counters.updates();
    counts.nodesCreated += u.nodesCreated;
    counts.nodesDeleted += u.nodesDeleted;
    counts.relationshipsCreated += u.relationshipsCreated;
    counts.relationshipsDeleted += u.relationshipsDeleted;
    return result.records;
  };

  const ids = articles.map((a) => a.id).sort();
  const stored = new Map(
    (await run(Q.LOCK_ARTICLES, { ids })).map((r) => [r.get('id') as string, { contentHash: r.get('contentHash') as string | null, extractorVersion: r.get('extractorVersion') as string | null }]),
  );
  const statuses = new Map<string, IngestStatus>();
  const warnings = new Map<string, string[]>();
  for (const a of articles) {
    const s = stored.get(a.id);
    statuses.set(a.id, isCurrent(s, a) ? 'unchanged' : s?.contentHash ? 'replaced' : 'new');
  }
  await markCopies(run, articles, statuses, warnings);
  const toWrite = articles.filter((a) => statuses.get(a.id) !== 'unchanged');

  const affected = { tenureIds: new Set<string>(), positionIds: new Set<string>(), meetingIds: new Set<string>(), personIds: new Set<string>(), organizationIds: new Set<string>() };
  const replaced = toWrite.filter((a) => statuses.get(a.id) === 'replaced').map((a) => a.id);
  if (replaced.length > 0) {
    for (const r of await run(Q.DETACH_ARTICLE_FACTS, { ids: replaced })) {
      for (const key of ['tenureIds', 'positionIds', 'meetingIds', 'personIds', 'organizationIds'] as const) {
        for (const id of r.get(key) as string[]) affected[key].add(id);
      }
    }
  }

  if (toWrite.length > 0) {
    const prepared = toWrite.map((a) => ({ ...a, extraction: a.extraction() }));
    const resolver = await personResolver(run, prepared);
    const rows = new Rows();
    for (const a of prepared) warnings.set(a.id, planArticle(a, resolver, rows, ingestedAt));
    await writeRows(run, rows);
    // A replaced article's own undated meeting keeps its id, and its first organizer, in the new version: a body the new
    // version names only as that meeting's organizer is then pointed at by nothing (one article's own body most of all).
    if (replaced.length > 0) for (const id of rows.organizations.keys()) affected.organizationIds.add(id);
  }
  if (affected.tenureIds.size > 0) await run(Q.RECOMPUTE_TENURES, { ids: [...affected.tenureIds] });
  if (replaced.length > 0) {
    await run(Q.REMOVE_ORPHANS, {
      meetingIds: [...affected.meetingIds], personIds: [...affected.personIds], positionIds: [...affected.positionIds], organizationIds: [...affected.organizationIds],
    });
  }
  // Only a stored copy of this very article: an unchanged copy of another article's text is not stored at all.
  const refetched = articles.filter((a) => a.page?.fetched && isCurrent(stored.get(a.id), a));
  if (refetched.length > 0) {
    await run(Q.RECORD_FETCH, {
      rows: refetched.map(({ id, page }) => ({ id, httpEtag: page!.fetched!.etag, httpLastModified: page!.fetched!.lastModified, pageHash: page!.fetched!.bodyHash, fetchedAt: page!.fetched!.fetchedAt })),
    });
  }
  const unchanged = ids.filter((id) => statuses.get(id) === 'unchanged');
  if (unchanged.length > 0) await run(Q.RELEASE_ARTICLES, { ids: unchanged });
  // A batch of unchanged articles leaves nothing a read sees: the caches keep their answers.
  if (toWrite.length > 0 || refetched.length > 0) await run(Q.BUMP_GRAPH_VERSION, {});
  return { statuses, warnings, counts };
}

export type Run = (query: string, params: Record<string, unknown>) => Promise<QueryResult['records']>;

/**
 * "The same content twice changes nothing", whatever URL or file it comes under: a new article whose
 * text is stored already (or comes in this batch, new or as another article's new version) is left unwritten, with a warning naming
 * the copy that is kept, so its facts are not counted twice.
 */
async function markCopies(run: Run, articles: readonly BatchArticle[], statuses: Map<string, IngestStatus>, warnings: Map<string, string[]>): Promise<void> {
  const fresh = articles.filter((a) => statuses.get(a.id) === 'new');
  if (fresh.length === 0) return;
  const sameAs = new Map(
    (await run(Q.SAME_CONTENT, { rows: fresh.map((a) => ({ id: a.id, contentHash: a.contentHash })) })).map((r) => [r.get('id') as string, r.get('sameAs') as string]),
  );
  // A new version of a stored article holds its text once this batch is written, so it counts as stored.
  const firstInBatch = new Map(articles.filter((a) => statuses.get(a.id) === 'replaced').map((a) => [a.contentHash, a.id]));
  for (const a of fresh) {
    const copyOf = sameAs.get(a.id) ?? firstInBatch.get(a.contentHash);
    if (copyOf === undefined) {
      firstInBatch.set(a.contentHash, a.id);
      continue;
    }
    statuses.set(a.id, 'unchanged');
    warnings.set(a.id, [`the same text is already stored as ${copyOf}; not stored again`]);
  }
}

async function personResolver(run: Run, prepared: readonly PreparedArticle[]): Promise<PersonResolver> {
  const slugs = [...new Set(prepared.flatMap((a) => a.extraction.people.map((p) => slugify(p.name))))].sort();
  const records = slugs.length > 0 ? await run(Q.PERSON_CANDIDATES, { slugs, articleIds: prepared.map((a) => a.id) }) : [];
  return new PersonResolver(
    records.map((r) => {
      const province = r.get('province') as string | null;
      const places = r.get('places') as string[];
      return {
        id: r.get('id') as string,
        slug: r.get('slug') as string,
        nameKey: r.get('nameKey') as string,
        province,
        districts: places.filter((p) => province === null || compareKey(p) !== compareKey(province)),
        positionIds: r.get('positionIds') as string[],
        aliases: r.get('aliases') as string[],
        mergedIds: r.get('mergedIds') as string[],
        pinnedArticles: r.get('pinnedArticles') as string[],
      };
    }),
  );
}

export async function writeRows(run: Run, rows: Rows): Promise<void> {
  const organizations = [...rows.organizations.values()].map((o) => ({ ...o, searchText: searchText(o.name, ...o.aliases) }));
  // Nodes first, then the articles with the edges that point at them.
  const steps: [string, unknown[]][] = [
    [Q.WRITE_PLACES, [...rows.places.values()]],
    [Q.WRITE_PLACE_LINKS, [...rows.places.values()].filter((p) => p.parentId !== null)],
    [Q.WRITE_ORGANIZATIONS, organizations],
    [Q.WRITE_ORGANIZATION_LINKS, organizations.filter((o) => o.parentId !== null || o.placeId !== null)],
    [Q.WRITE_PLACE_LINEAGE, [...rows.places.values()].filter((p) => p.successorId !== null)],
    [Q.WRITE_ORGANIZATION_LINEAGE, organizations.filter((o) => o.successorId !== null)],
    [Q.WRITE_PEOPLE, [...rows.people.values()].map((p) => ({ ...p, searchText: searchText(p.name) }))],
    [Q.WRITE_POSITIONS, [...rows.positions.values()]],
    [Q.WRITE_TENURES, [...rows.tenures.values()]],
    [Q.WRITE_MEETINGS, [...rows.meetings.values()]],
    [Q.WRITE_ARTICLES, rows.articles],
  ];
  for (const [query, list] of steps) if (list.length > 0) await run(query, { rows: list });
}
