import { describe, expect, it } from 'vitest';
import { keptApart, listPeople } from '../../src/graph/read/people.js';
import { search } from '../../src/graph/read/search.js';
import { CurationError } from '../../src/graph/errors.js';
import { mergePeople, splitPerson } from '../../src/graph/write/curate.js';
import { ingestMany } from '../../src/graph/write/ingest.js';
import { articleId } from '../../src/graph/write/keys.js';
import type { ArticleInput, IngestOutcome } from '../../src/graph/write/types.js';
import { portalArticle } from '../helpers/articles.js';
import { countsByLabel, dumpGraph, resetGraph, useEmptyGraph } from '../helpers/graph.js';
import { AN_LAO_2024, LE_CHAN_2023, LE_CHAN_2024 } from '../helpers/invented-articles.js';

const BINH = 'person:nguyen-van-binh';
const BINH_AN_LAO = 'person:nguyen-van-binh-an-lao';
const BINH_KIEN_AN = 'person:nguyen-van-binh-kien-an';
const HAI_AN = 'person:luong-thi-hai-an';
const LE_CHAN_2023_ID = articleId(LE_CHAN_2023.url);
const AN_LAO_2024_ID = articleId(AN_LAO_2024.url);

/** A third Nguyễn Văn Bình, in a third district: kept apart from both. */
const KIEN_AN_2024: ArticleInput = {
  source: 'test/kien-an-2024.txt',
  url: 'https://example.invalid/tin-tuc/kien-an-so-ket-quy-i.html',
  text: portalArticle({
    published: '2024-05-10',
    title: 'Quận ủy Kiến An sơ kết công tác quý I',
    paragraphs: [
      'Sáng 10/5, Quận ủy Kiến An tổ chức Hội nghị sơ kết công tác quý I năm 2024.',
      'Đồng chí Nguyễn Văn Bình, Phó Bí thư Quận ủy Kiến An chủ trì Hội nghị.',
    ],
  }),
};

/** The Lê Chân chairman again a year later: the resolver takes him for the same person. */
const BINH_LE_CHAN_2024: ArticleInput = {
  ...LE_CHAN_2024,
  text: LE_CHAN_2024.text.replace('Lương Thị Hải An, Phó Chủ tịch UBND quận Lê Chân chủ trì', 'Nguyễn Văn Bình, Chủ tịch UBND quận Lê Chân chủ trì'),
};
const LE_CHAN_2024_ID = articleId(LE_CHAN_2024.url);

/** A new version of an article: same URL, one more sentence, the same facts. */
const revised = (input: ArticleInput): ArticleInput => ({
  ...input,
  text: input.text.replace('chủ trì Hội nghị.', 'chủ trì Hội nghị.\n\nCác đại biểu thảo luận về những giải pháp trong thời gian tới.'),
});

const graph = useEmptyGraph();

async function ingest(inputs: ArticleInput[]): Promise<IngestOutcome[]> {
  const outcomes: IngestOutcome[] = [];
  await ingestMany(graph(), inputs, { onOutcome: (o) => outcomes.push(o) });
  const failed = outcomes.filter((o) => !o.ok);
  if (failed.length > 0) throw new Error(`not ingested: ${JSON.stringify(failed)}`);
  return outcomes;
}

async function rows<T>(query: string, params: Record<string, unknown> = {}): Promise<T[]> {
  const { records } = await graph().executeQuery(query, params);
  return records.map((r) => r.toObject() as T);
}

const peopleNamed = async (nameKey: string) => (await rows<{ id: string }>('MATCH (p:Person {nameKey: $nameKey}) RETURN p.id AS id ORDER BY id', { nameKey })).map((r) => r.id);

interface TenureFacts { id: string; post: string; firstSeen: string | null; lastSeen: string | null; endedBy: string | null; observations: number; evidence: string[] }
interface RoleFacts { role: string; meeting: string; article: string; sentence: string }

/** Everything the graph says about a person: tenures with their spans and evidence, meeting roles, the articles naming it. */
async function factsOf(personId: string): Promise<{ tenures: TenureFacts[]; roles: RoleFacts[]; mentions: string[] }> {
  const tenures = await rows<TenureFacts>(
    `MATCH (:Person {id: $personId})-[:HOLDS]->(t:Tenure)-[:OF]->(pos:Position)
     RETURN t.id AS id, pos.name AS post, toString(t.firstSeen) AS firstSeen, toString(t.lastSeen) AS lastSeen, toString(t.endedBy) AS endedBy,
       t.observations AS observations, COLLECT { MATCH (t)-[e:EVIDENCED_BY]->(a:Article) RETURN a.id + ': ' + e.sentence AS e ORDER BY e } AS evidence
     ORDER BY id`,
    { personId },
  );
  const roles = await rows<RoleFacts>(
    `MATCH (:Person {id: $personId})-[r:CHAIRED|SPOKE_AT|ATTENDED]->(m:Meeting)
     RETURN type(r) AS role, m.id AS meeting, r.article AS article, r.sentence AS sentence ORDER BY meeting, role, article`,
    { personId },
  );
  const mentions = (await rows<{ id: string }>('MATCH (a:Article)-[:MENTIONS]->(:Person {id: $personId}) RETURN a.id AS id ORDER BY id', { personId })).map((r) => r.id);
  return { tenures, roles, mentions };
}

const byKey = <T>(key: (x: T) => string) => (a: T, b: T) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);

const distinctFrom = () =>
  rows<{ from: string; to: string; reason: string; curated: boolean | null; article: string | null }>(
    'MATCH (p:Person)-[d:DISTINCT_FROM]->(q:Person) RETURN p.id AS from, q.id AS to, d.reason AS reason, d.curated AS curated, d.article AS article ORDER BY from, to, reason',
  );

/** The CurationError a curation is refused with. */
async function refusal(attempt: Promise<unknown>): Promise<CurationError> {
  const error = await attempt.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(CurationError);
  return error as CurationError;
}

describe('mergePeople', () => {
  it('makes the two homonyms the resolver kept apart one person, with both posts, every meeting role and all evidence', async () => {
    await ingest([LE_CHAN_2023, AN_LAO_2024]);
    const [binh, other] = [await factsOf(BINH), await factsOf(BINH_AN_LAO)];
    const before = await countsByLabel(graph());
    expect(before).toMatchObject({ Person: 3, DISTINCT_FROM: 1 });

    const result = await mergePeople(graph(), [BINH, BINH_AN_LAO], 'the same official, moved from Lê Chân to An Lão');
    expect(result).toEqual({ personId: BINH, mergedIds: [BINH_AN_LAO], tenures: 2, participations: 2 });

    expect(await peopleNamed('nguyễn văn bình')).toEqual([BINH]);
    const merged = await factsOf(BINH);
    const moved = other.tenures.map((t) => ({ ...t, id: t.id.replace('tenure:nguyen-van-binh-an-lao/', 'tenure:nguyen-van-binh/') }));
    expect(merged.tenures).toEqual([...binh.tenures, ...moved].sort(byKey((t) => t.id)));
    expect(merged.roles).toEqual([...binh.roles, ...other.roles].sort(byKey((r) => r.meeting)));
    expect(merged.mentions).toEqual([...binh.mentions, ...other.mentions].sort());
    expect(await distinctFrom()).toEqual([]);

    const { DISTINCT_FROM: _gone, ...rest } = before;
    expect(await countsByLabel(graph())).toEqual({ ...rest, Person: 2 });
    const [survivor] = await rows('MATCH (p:Person {id: $id}) RETURN p.mergedIds AS mergedIds, p.mergeNotes AS notes, p.aliases AS aliases', { id: BINH });
    expect(survivor).toEqual({ mergedIds: [BINH_AN_LAO], notes: [`${BINH_AN_LAO}: the same official, moved from Lê Chân to An Lão`], aliases: null });
  });

  it('joins the tenures of one post into one, its span and count recomputed from the union of their evidence', async () => {
    const misspelt = { ...LE_CHAN_2024, text: LE_CHAN_2024.text.replace('Lương Thị Hải An', 'Lương Thị Hải Anh') };
    await ingest([LE_CHAN_2023, LE_CHAN_2024]);
    const asOne = await factsOf(HAI_AN);
    await resetGraph(graph());
    await ingest([LE_CHAN_2023, misspelt]);
    expect(await peopleNamed('lương thị hải anh')).toEqual(['person:luong-thi-hai-anh']);

    const result = await mergePeople(graph(), [HAI_AN, 'person:luong-thi-hai-anh']);
    expect(result).toMatchObject({ personId: HAI_AN, tenures: 1, participations: 2 });
    // The same facts, but for the name as the misspelt article wrote it in its sentences.
    const spelt = JSON.stringify(await factsOf(HAI_AN)).replaceAll('Hải Anh', 'Hải An');
    expect(JSON.parse(spelt)).toEqual(asOne);
    expect(asOne.tenures).toMatchObject([{ firstSeen: '2023-03-06', lastSeen: '2024-03-20', observations: 2 }]);
    expect(await peopleNamed('lương thị hải anh')).toEqual([]);
  });

  it('keeps the other name as an alias that search finds, and resolves it to the survivor when its article is replaced', async () => {
    const misspelt = { ...LE_CHAN_2024, text: LE_CHAN_2024.text.replace('Lương Thị Hải An', 'Lương Thị Hải Anh') };
    await ingest([LE_CHAN_2023, misspelt]);
    await mergePeople(graph(), [HAI_AN, 'person:luong-thi-hai-anh']);

    const [person] = await rows('MATCH (p:Person {id: $id}) RETURN p.name AS name, p.aliases AS aliases, p.aliasSlugs AS aliasSlugs', { id: HAI_AN });
    expect(person).toEqual({ name: 'Lương Thị Hải An', aliases: ['Lương Thị Hải Anh'], aliasSlugs: ['luong-thi-hai-anh'] });
    expect((await search(graph(), 'hai anh')).map((h) => h.id)).toEqual([HAI_AN]);
    expect((await search(graph(), 'luong thi hai an')).map((h) => h.id)).toEqual([HAI_AN]);
    expect((await listPeople(graph(), { search: 'hai anh' })).edges.map((e) => e.node.id)).toEqual([HAI_AN]);

    const merged = await factsOf(HAI_AN);
    const [outcome] = await ingest([revised(misspelt)]);
    expect(outcome).toMatchObject({ ok: true, status: 'replaced' });
    expect(await rows('MATCH (p:Person) WHERE p.name STARTS WITH $name RETURN p.id AS id', { name: 'Lương' })).toEqual([{ id: HAI_AN }]);
    expect((await factsOf(HAI_AN)).tenures).toEqual(merged.tenures);
  });

  it('moves a merged person’s DISTINCT_FROM edges with a third person to the survivor, and drops the one between them', async () => {
    await ingest([LE_CHAN_2023, AN_LAO_2024, KIEN_AN_2024]);
    expect(await peopleNamed('nguyễn văn bình')).toEqual([BINH, BINH_AN_LAO, BINH_KIEN_AN]);
    const apart = await distinctFrom();
    expect(apart.map((d) => [d.from, d.to])).toEqual([[BINH_AN_LAO, BINH], [BINH_KIEN_AN, BINH], [BINH_KIEN_AN, BINH_AN_LAO]]);

    await mergePeople(graph(), [BINH, BINH_AN_LAO]);
    const moved = apart.find((d) => d.to === BINH_AN_LAO)!;
    const kept = apart.find((d) => d.from === BINH_KIEN_AN && d.to === BINH)!;
    expect(await distinctFrom()).toEqual([kept, { ...moved, to: BINH }].sort(byKey((d) => d.reason)));
  });

  it('merges three at once: the first survives', async () => {
    await ingest([LE_CHAN_2023, AN_LAO_2024, KIEN_AN_2024]);
    const result = await mergePeople(graph(), [BINH_AN_LAO, BINH_KIEN_AN, BINH, BINH_KIEN_AN]);
    expect(result).toEqual({ personId: BINH_AN_LAO, mergedIds: [BINH_KIEN_AN, BINH], tenures: 3, participations: 3 });
    expect(await peopleNamed('nguyễn văn bình')).toEqual([BINH_AN_LAO]);
    expect(await distinctFrom()).toEqual([]);
  });

  it('writes nothing when one id is unknown, and names it', async () => {
    await ingest([LE_CHAN_2023, AN_LAO_2024]);
    const before = await dumpGraph(graph());
    const error = await refusal(mergePeople(graph(), [BINH, BINH_AN_LAO, 'person:nobody']));
    expect(error.code).toBe('NOT_FOUND');
    expect(error.message).toBe('no person with id person:nobody');
    expect(await dumpGraph(graph())).toEqual(before);
  });

  it('refuses fewer than two different people', async () => {
    await ingest([LE_CHAN_2023]);
    const before = await dumpGraph(graph());
    for (const ids of [[], [BINH], [BINH, BINH]]) {
      const error = await refusal(mergePeople(graph(), ids));
      expect(error.code).toBe('BAD_ARGUMENT');
      expect(error.message).toMatch(/at least two different person ids/u);
    }
    expect(await dumpGraph(graph())).toEqual(before);
  });

  it('holds when the articles are replaced: the merged-away id is not made again', async () => {
    await ingest([LE_CHAN_2023, AN_LAO_2024]);
    await mergePeople(graph(), [BINH_AN_LAO, BINH]);
    const merged = await factsOf(BINH_AN_LAO);

    const [again] = await ingest([revised(AN_LAO_2024)]);
    expect(again).toMatchObject({ ok: true, status: 'replaced' });
    expect(await peopleNamed('nguyễn văn bình')).toEqual([BINH_AN_LAO]);

    // Without Bình in Lê Chân, the survivor is only An Lão's: the next version naming him in Lê Chân
    // conflicts with it, and would make person:nguyen-van-binh again but for the merge.
    await ingest([{ ...LE_CHAN_2023, text: LE_CHAN_2023.text.replace('Đồng chí Nguyễn Văn Bình, Chủ tịch UBND quận Lê Chân chủ trì Hội nghị.\n\n', '') }]);
    expect((await factsOf(BINH_AN_LAO)).tenures).toHaveLength(1);
    await ingest([LE_CHAN_2023]);
    expect(await peopleNamed('nguyễn văn bình')).toEqual([BINH_AN_LAO]);
    expect(await factsOf(BINH_AN_LAO)).toEqual(merged);
    expect(await distinctFrom()).toEqual([]);
  });
});

describe('splitPerson', () => {
  it('splits a merged person back by article: two people kept apart, with the curator’s reason', async () => {
    await ingest([LE_CHAN_2023, AN_LAO_2024]);
    const fresh = { binh: await factsOf(BINH), other: await factsOf(BINH_AN_LAO), counts: await countsByLabel(graph()) };
    await mergePeople(graph(), [BINH, BINH_AN_LAO]);

    const result = await splitPerson(graph(), BINH, [AN_LAO_2024_ID], 'two officials of one name');
    expect(result).toEqual({ personId: BINH, newPersonId: BINH_AN_LAO, articleIds: [AN_LAO_2024_ID], tenures: 1, participations: 1 });
    expect(await factsOf(BINH)).toEqual(fresh.binh);
    expect(await factsOf(BINH_AN_LAO)).toEqual(fresh.other);
    expect(await countsByLabel(graph())).toEqual(fresh.counts);
    expect(await distinctFrom()).toEqual([{ from: BINH_AN_LAO, to: BINH, reason: 'two officials of one name', curated: true, article: null }]);
    const [binh] = await keptApart(graph(), [BINH]);
    expect(binh).toEqual([{ personId: BINH, otherId: BINH_AN_LAO, reason: 'two officials of one name', articleId: null }]);
    expect(await rows('MATCH (p:Person) WHERE p.id IN $ids RETURN p.id AS id, p.mergedIds AS mergedIds, p.pinnedArticles AS pinned ORDER BY id', { ids: [BINH, BINH_AN_LAO] })).toEqual([
      { id: BINH, mergedIds: null, pinned: [LE_CHAN_2023_ID] },
      { id: BINH_AN_LAO, mergedIds: null, pinned: [AN_LAO_2024_ID] },
    ]);
  });

  it('splits one tenure by its evidence, each side recomputed, and holds when either article is replaced', async () => {
    await ingest([LE_CHAN_2023, BINH_LE_CHAN_2024]);
    expect(await peopleNamed('nguyễn văn bình')).toEqual([BINH]);
    const result = await splitPerson(graph(), BINH, [LE_CHAN_2024_ID]);
    expect(result).toEqual({ personId: BINH, newPersonId: 'person:nguyen-van-binh-le-chan', articleIds: [LE_CHAN_2024_ID], tenures: 1, participations: 1 });
    const split = { binh: await factsOf(BINH), other: await factsOf(result.newPersonId) };
    expect(split.binh.tenures).toMatchObject([{ firstSeen: '2023-03-06', lastSeen: '2023-03-06', observations: 1, evidence: [expect.stringMatching(/^article:le-chan-so-ket/u)] }]);
    expect(split.other.tenures).toMatchObject([{ id: 'tenure:nguyen-van-binh-le-chan/chu-tich@uy-ban-nhan-dan-quan-le-chan', firstSeen: '2024-03-20', lastSeen: '2024-03-20', observations: 1 }]);
    expect(await distinctFrom()).toEqual([{ from: result.newPersonId, to: BINH, reason: 'kept apart by a curator', curated: true, article: null }]);

    // Replaced, each article's Bình would be the one person again on the evidence (one post); the pins keep him apart.
    const outcomes = await ingest([revised(BINH_LE_CHAN_2024), revised(LE_CHAN_2023)]);
    expect(outcomes.map((o) => o.ok && o.status)).toEqual(['replaced', 'replaced']);
    expect(await peopleNamed('nguyễn văn bình')).toEqual([BINH, result.newPersonId]);
    expect((await factsOf(BINH)).tenures).toEqual(split.binh.tenures);
    expect((await factsOf(result.newPersonId)).tenures).toEqual(split.other.tenures);
    expect(await distinctFrom()).toHaveLength(1);
  });

  it('keeps a split-off person whose articles no longer name it, and gives it back its facts when they do again', async () => {
    await ingest([LE_CHAN_2023, BINH_LE_CHAN_2024]);
    const { newPersonId } = await splitPerson(graph(), BINH, [LE_CHAN_2024_ID]);
    const split = await factsOf(newPersonId);

    await ingest([LE_CHAN_2024]);
    expect(await peopleNamed('nguyễn văn bình')).toEqual([BINH, newPersonId]);
    expect(await factsOf(newPersonId)).toEqual({ tenures: [], roles: [], mentions: [] });
    expect(await distinctFrom()).toHaveLength(1);

    await ingest([BINH_LE_CHAN_2024]);
    expect(await factsOf(newPersonId)).toEqual(split);
  });

  it('refuses what it cannot do, and names what was wrong, writing nothing', async () => {
    await ingest([LE_CHAN_2023, AN_LAO_2024]);
    const before = await dumpGraph(graph());
    const cases: [() => Promise<unknown>, CurationError['code'], string][] = [
      [() => splitPerson(graph(), 'person:nobody', [LE_CHAN_2023_ID]), 'NOT_FOUND', 'no person with id person:nobody'],
      [() => splitPerson(graph(), BINH, []), 'BAD_ARGUMENT', 'a split needs the ids of the articles whose facts move to the new person'],
      [() => splitPerson(graph(), BINH, ['article:nothing-00000000']), 'NOT_FOUND', 'no article with id article:nothing-00000000'],
      [() => splitPerson(graph(), BINH, [AN_LAO_2024_ID]), 'BAD_ARGUMENT', `${AN_LAO_2024_ID} does not name ${BINH} (Nguyễn Văn Bình)`],
      [() => splitPerson(graph(), BINH, [LE_CHAN_2023_ID, LE_CHAN_2023_ID]), 'BAD_ARGUMENT', `${LE_CHAN_2023_ID} is every article naming ${BINH}: splitting them all off would leave it with none`],
    ];
    for (const [attempt, code, message] of cases) {
      const error = await refusal(attempt());
      expect([error.code, error.message]).toEqual([code, message]);
    }
    expect(await dumpGraph(graph())).toEqual(before);
  });
});
