import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ManagedTransaction } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { meetingsByIds } from '../../src/graph/read/meetings.js';
import { search, type SearchKind } from '../../src/graph/read/search.js';
import { ingestArticle, ingestMany, prepareInput } from '../../src/graph/write/ingest.js';
import type { ArticleInput, IngestOutcome } from '../../src/graph/write/types.js';
import { writeInTransaction } from '../../src/graph/write/write-batch.js';
import { countsByLabel, dumpGraph, resetGraph, useEmptyGraph } from '../helpers/graph.js';
import { AN_LAO_2024, LE_CHAN_2023, LE_CHAN_2024 } from '../helpers/invented-articles.js';

const SEED_DIR = fileURLToPath(new URL('../../seed/', import.meta.url));
const seeds: ArticleInput[] = readdirSync(SEED_DIR)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => ({ source: `seed/${f}`, url: null, text: readFileSync(`${SEED_DIR}${f}`, 'utf8') }));

const graph = useEmptyGraph();

async function ingest(inputs: ArticleInput[], batchSize = 1): Promise<IngestOutcome[]> {
  const outcomes: IngestOutcome[] = [];
  await ingestMany(graph(), inputs, { batchSize, onOutcome: (o) => outcomes.push(o) });
  return outcomes;
}

async function rows<T>(query: string, params: Record<string, unknown> = {}): Promise<T[]> {
  const { records } = await graph().executeQuery(query, params);
  return records.map((r) => r.toObject() as T);
}

const tenuresOf = (personId: string) =>
  rows<{ position: string; org: string | null; firstSeen: string | null; lastSeen: string | null; endedBy: string | null; observations: number; acting: boolean; sentences: string[] }>(
    `MATCH (:Person {id: $personId})-[:HOLDS]->(t:Tenure)-[:OF]->(pos:Position)
     OPTIONAL MATCH (pos)-[:IN]->(o:Organization)
     OPTIONAL MATCH (t)-[e:EVIDENCED_BY]->(:Article)
     RETURN pos.name AS position, o.name AS org, toString(t.firstSeen) AS firstSeen, toString(t.lastSeen) AS lastSeen,
       toString(t.endedBy) AS endedBy, t.observations AS observations, t.acting AS acting, collect(e.sentence) AS sentences
     ORDER BY position`,
    { personId },
  );

describe('the two seed articles', () => {
  it('give the expected people, posts with full organizations, tenures with evidence', async () => {
    const outcomes = await ingest(seeds);
    expect(outcomes.map((o) => (o.ok ? o.status : o.error))).toEqual(['new', 'new']);

    const people = await rows<{ id: string; name: string }>('MATCH (p:Person) RETURN p.id AS id, p.name AS name ORDER BY id');
    expect(people).toEqual([
      { id: 'person:dao-khanh-ha', name: 'Đào Khánh Hà' },
      { id: 'person:dao-van-hoan', name: 'Đào Văn Hoàn' },
      { id: 'person:trinh-quang-truong', name: 'Trịnh Quang Trường' },
      { id: 'person:vu-van-cuong', name: 'Vũ Văn Cường' },
    ]);

    const ha = await tenuresOf('person:dao-khanh-ha');
    expect(ha.map((t) => [t.position, t.org, t.firstSeen, t.lastSeen, t.observations])).toEqual([
      ['Trưởng Ban Tuyên giáo Thành ủy Hải Phòng', 'Ban Tuyên giáo Thành ủy Hải Phòng', '2024-07-03', '2024-07-03', 1],
      ['Ủy viên Ban Thường vụ Thành ủy Hải Phòng', 'Ban Thường vụ Thành ủy Hải Phòng', '2024-07-03', '2024-07-03', 1],
    ]);
    expect(ha[0]!.sentences).toEqual(['Đồng chí Đào Khánh Hà, Ủy viên Ban Thường vụ, Trưởng Ban Tuyên giáo Thành ủy chủ trì Hội nghị.']);

    const truong = await tenuresOf('person:trinh-quang-truong');
    expect(truong.map((t) => [t.position, t.firstSeen])).toEqual([
      ['Chủ tịch Hội đồng nhân dân quận Ngô Quyền', '2022-12-27'],
      ['Phó Bí thư Thường trực Quận ủy Ngô Quyền', '2022-12-27'],
      ['Trưởng Ban Chỉ đạo 35 quận Ngô Quyền', '2022-12-27'],
    ]);
    expect((await tenuresOf('person:vu-van-cuong')).map((t) => t.position)).toEqual(['Trưởng Công an quận Ngô Quyền']);
    expect((await tenuresOf('person:dao-van-hoan')).map((t) => t.position)).toEqual(['Phó Trưởng Ban Tuyên giáo Thành ủy Hải Phòng']);

    const parents = await rows<{ child: string; parent: string }>('MATCH (c:Organization)-[:PART_OF]->(p:Organization) RETURN c.name AS child, p.name AS parent ORDER BY child');
    expect(parents).toEqual([
      { child: 'Ban Thường vụ Thành ủy Hải Phòng', parent: 'Thành ủy Hải Phòng' },
      { child: 'Ban Tuyên giáo Thành ủy Hải Phòng', parent: 'Thành ủy Hải Phòng' },
    ]);
  });

  it('give both meetings with organizer, chair and speakers, each with its sentence and article', async () => {
    await ingest(seeds);
    const meetings = await rows<{ date: string; kind: string; organizers: string[]; chairs: string[]; speakers: string[]; reports: number }>(
      `MATCH (m:Meeting)
       OPTIONAL MATCH (m)-[:ORGANIZED_BY]->(o:Organization)
       WITH m, collect(o.name) AS organizers
       OPTIONAL MATCH (c:Person)-[:CHAIRED]->(m)
       WITH m, organizers, collect(c.name) AS chairs
       OPTIONAL MATCH (s:Person)-[sp:SPOKE_AT]->(m)
       WITH m, organizers, chairs, collect(s.name + ' (' + sp.role + ')') AS speakers
       RETURN toString(m.date) AS date, m.kind AS kind, organizers, chairs, speakers, COUNT { (m)<-[:REPORTS]-(:Article) } AS reports
       ORDER BY date`,
    );
    expect(meetings.map((m) => ({ ...m, speakers: [...m.speakers].sort() }))).toEqual([
      { date: '2022-12-27', kind: 'hội nghị tổng kết', organizers: ['Ban Chỉ đạo 35 quận Ngô Quyền'], chairs: ['Trịnh Quang Trường'], speakers: ['Vũ Văn Cường (phát biểu)'], reports: 1 },
      {
        date: '2024-07-03', kind: 'hội nghị sơ kết', organizers: ['Ban Chỉ đạo 35 thành phố Hải Phòng'], chairs: ['Đào Khánh Hà'],
        speakers: ['Đào Khánh Hà (phát biểu kết luận)', 'Đào Văn Hoàn (phát biểu)'], reports: 1,
      },
    ]);
    const [chair] = await rows<{ sentence: string; article: string }>(
      `MATCH (:Person {id: 'person:trinh-quang-truong'})-[c:CHAIRED]->(m:Meeting)<-[:REPORTS]-(a:Article) WHERE c.article = a.id
       RETURN c.sentence AS sentence, a.title AS article`,
    );
    expect(chair).toEqual({
      sentence: 'Đồng chí Trịnh Quang Trường, Phó Bí thư Thường trực Quận ủy, Chủ tịch HĐND quận, Trưởng Ban Chỉ đạo chủ trì Hội nghị.',
      article: 'Ban Chỉ đạo 35 Quận ủy Ngô Quyền: Tăng cường công tác đấu tranh phản bác các quan điểm sai trái, thù địch trong tình hình mới',
    });
  });

  it('ingested twice change nothing', async () => {
    await ingest(seeds);
    const before = await dumpGraph(graph());
    const again = await ingest(seeds);
    expect(again.map((o) => o.ok && o.status)).toEqual(['unchanged', 'unchanged']);
    expect(again.every((o) => o.ok && o.counts.nodesCreated === 0 && o.counts.relationshipsCreated === 0)).toBe(true);
    expect(await dumpGraph(graph())).toEqual(before);
  });
});

describe('idempotence and atomicity', () => {
  it('stores the same text once, whatever URL or file it comes under, and says which copy is kept', async () => {
    await ingest([LE_CHAN_2023]);
    const before = await dumpGraph(graph());
    const copy = { ...LE_CHAN_2023, source: 'elsewhere/copy.txt', url: null };
    const [outcome] = await ingest([copy]);
    expect(outcome).toMatchObject({ ok: true, status: 'unchanged', warnings: [expect.stringMatching(/^the same text is already stored as article:le-chan/u)] });
    expect(await dumpGraph(graph())).toEqual(before);

    await resetGraph(graph());
    const inOneBatch = await ingest([LE_CHAN_2023, copy], 10);
    expect(inOneBatch.map((o) => o.ok && o.status)).toEqual(['new', 'unchanged']);
    expect(await dumpGraph(graph())).toEqual(before);
  });

  it('two concurrent ingests of one article leave one copy', async () => {
    const [a, b] = await Promise.all([ingest([LE_CHAN_2023]), ingest([LE_CHAN_2023])]);
    expect([a![0]!.ok && a![0]!.status, b![0]!.ok && b![0]!.status].sort()).toEqual(['new', 'unchanged']);
    const counts = await countsByLabel(graph());
    expect(counts).toMatchObject({ Article: 1, Person: 2, Meeting: 1, Tenure: 2, EVIDENCED_BY: 2, CHAIRED: 1, SPOKE_AT: 1 });
  });

  it('two processes resolving one name at once still keep homonyms apart', async () => {
    for (let round = 0; round < 5; round++) {
      await resetGraph(graph());
      await Promise.all([ingest([LE_CHAN_2023]), ingest([AN_LAO_2024])]);
      const people = await rows<{ id: string }>("MATCH (p:Person {nameKey: 'nguyễn văn bình'}) RETURN p.id AS id");
      expect(people, `round ${round}`).toHaveLength(2);
      expect(await rows('MATCH (:Person)-[d:DISTINCT_FROM]->(:Person) RETURN d.reason AS reason'), `round ${round}`).toHaveLength(1);
    }
  });

  it('a write that fails at any statement leaves nothing of that article', async () => {
    await ingest([LE_CHAN_2023]);
    const before = await dumpGraph(graph());
    const article = prepareInput(LE_CHAN_2024);
    let statements = 0;
    const session = graph().session();
    await session.executeWrite((tx) => writeInTransaction(countingTx(tx, () => statements++), [article], 'now'));
    await session.close();
    await resetGraph(graph());
    await ingest([LE_CHAN_2023]);
    expect(statements).toBeGreaterThan(5);

    for (let failAt = 1; failAt <= statements; failAt++) {
      const s = graph().session();
      const attempt = s.executeWrite((tx) => writeInTransaction(failingTx(tx, failAt), [article], 'now'));
      await expect(attempt, `failure injected at statement ${failAt}`).rejects.toThrow(`injected failure at statement ${failAt}`);
      await s.close();
      expect(await dumpGraph(graph())).toEqual(before);
    }
  });

  it('a new article with the text another article takes as its new version in the same batch is not stored again', async () => {
    await ingest([LE_CHAN_2023]);
    const outcomes = await ingest([{ ...LE_CHAN_2023, text: AN_LAO_2024.text }, { source: 'test/copy.txt', url: null, text: AN_LAO_2024.text }], 10);
    expect(outcomes.map((o) => o.ok && o.status)).toEqual(['replaced', 'unchanged']);
    expect(outcomes[1]!.ok && outcomes[1]!.warnings).toEqual([expect.stringMatching(/the same text is already stored as article:/u)]);
    expect((await countsByLabel(graph())).Article).toBe(1);
  });

  it('a bad article in a batch gets its own error and the others go in', async () => {
    const outcomes = await ingest([LE_CHAN_2023, { source: 'test/empty.txt', url: null, text: '  \n ' }, AN_LAO_2024], 10);
    expect(outcomes.map((o) => (o.ok ? o.status : o.error))).toEqual(['new', 'test/empty.txt: empty text', 'new']);
    expect((await countsByLabel(graph())).Article).toBe(2);
  });
});

describe('a new version of an article', () => {
  it('replaces that article’s own facts and nothing else', async () => {
    await ingest([LE_CHAN_2023, LE_CHAN_2024]);
    const changed = { ...LE_CHAN_2024, text: LE_CHAN_2024.text.replace('Phạm Văn To, nguyên Chủ tịch', 'Trần Văn Khải, Phó Chủ tịch') };
    const [outcome] = await ingest([changed]);
    expect(outcome!.ok && outcome!.status).toBe('replaced');

    const people = await rows<{ id: string }>('MATCH (p:Person) RETURN p.id AS id ORDER BY id');
    expect(people.map((p) => p.id)).toEqual(['person:luong-thi-hai-an', 'person:nguyen-van-binh', 'person:tran-van-khai']);
    expect((await tenuresOf('person:luong-thi-hai-an')).map((t) => [t.firstSeen, t.lastSeen, t.observations])).toEqual([['2023-03-06', '2024-03-20', 2]]);

    const original = await ingest([LE_CHAN_2024]);
    expect(original[0]!.ok && original[0]!.status).toBe('replaced');
    await resetGraph(graph());
    await ingest([LE_CHAN_2023, LE_CHAN_2024]);
    const fresh = await dumpGraph(graph());
    await ingest([changed]);
    await ingest([LE_CHAN_2024]);
    expect(await dumpGraph(graph())).toEqual(fresh);
  });

  it('keeps two homonyms apart, with the reason, when the article that set them apart is replaced', async () => {
    const apart = () => rows<{ from: string; to: string; reason: string; article: string }>(
      'MATCH (p:Person)-[d:DISTINCT_FROM]->(q:Person) RETURN p.id AS from, q.id AS to, d.reason AS reason, d.article AS article',
    );
    await ingest([LE_CHAN_2023, AN_LAO_2024]);
    const before = await apart();
    expect(before).toEqual([expect.objectContaining({ from: 'person:nguyen-van-binh-an-lao', to: 'person:nguyen-van-binh' })]);
    const edited = { ...AN_LAO_2024, text: AN_LAO_2024.text.replace('năm 2023.', 'năm 2023 và triển khai nhiệm vụ năm 2024.') };
    const [outcome] = await ingest([edited]);
    expect(outcome!.ok && outcome!.status).toBe('replaced');
    expect(await apart()).toEqual(before);
  });

  it('drops the edge with the person it set apart when the new version no longer names them', async () => {
    await ingest([LE_CHAN_2023, AN_LAO_2024]);
    const withoutBinh = { ...AN_LAO_2024, text: AN_LAO_2024.text.replace('Đồng chí Nguyễn Văn Bình, Bí thư Huyện ủy An Lão chủ trì Hội nghị.', 'Các đại biểu thảo luận.') };
    await ingest([withoutBinh]);
    expect(await rows<{ id: string }>("MATCH (p:Person {nameKey: 'nguyễn văn bình'}) RETURN p.id AS id")).toEqual([{ id: 'person:nguyen-van-binh' }]);
    expect(await rows('MATCH (:Person)-[d:DISTINCT_FROM]-(:Person) RETURN d')).toEqual([]);
  });

  it('removes a body, its parent and their posts when only the old version named them', async () => {
    await ingest([LE_CHAN_2023]);
    const fresh = await dumpGraph(graph());
    const withDepartment = {
      ...LE_CHAN_2023,
      text: LE_CHAN_2023.text.replace('phát biểu tại Hội nghị.', 'phát biểu tại Hội nghị.\n\nĐồng chí Hoàng Thị Mai, Trưởng Ban Tuyên giáo Quận ủy Lê Chân phát biểu tại Hội nghị.'),
    };
    await ingest([withDepartment]);
    const bodies = await rows<{ name: string }>('MATCH (o:Organization) RETURN o.name AS name ORDER BY name');
    expect(bodies.map((b) => b.name)).toEqual(expect.arrayContaining(['Ban Tuyên giáo Quận ủy Lê Chân', 'Quận ủy Lê Chân']));
    await ingest([LE_CHAN_2023]);
    expect(await dumpGraph(graph())).toEqual(fresh);
  });
});

describe('entity resolution and tenures', () => {
  it('keeps two homonyms with posts in different districts apart, and says why', async () => {
    await ingest([LE_CHAN_2023, AN_LAO_2024]);
    const binh = await rows<{ id: string; post: string }>(
      `MATCH (p:Person {nameKey: 'nguyễn văn bình'})-[:HOLDS]->(:Tenure)-[:OF]->(pos:Position) RETURN p.id AS id, pos.name AS post ORDER BY id`,
    );
    expect(binh).toEqual([
      { id: 'person:nguyen-van-binh', post: 'Chủ tịch Ủy ban nhân dân quận Lê Chân' },
      { id: 'person:nguyen-van-binh-an-lao', post: 'Bí thư Huyện ủy An Lão' },
    ]);
    const [apart] = await rows<{ reason: string }>('MATCH (:Person)-[d:DISTINCT_FROM]->(:Person) RETURN d.reason AS reason');
    expect(apart!.reason).toMatch(/different districts \(Lê Chân \/ An Lão\)/u);
  });

  it('gives one person seen a year apart one tenure spanning both articles', async () => {
    await ingest([LE_CHAN_2024, LE_CHAN_2023]);
    const [tenure] = await tenuresOf('person:luong-thi-hai-an');
    expect(tenure).toMatchObject({ position: 'Phó Chủ tịch Ủy ban nhân dân quận Lê Chân', firstSeen: '2023-03-06', lastSeen: '2024-03-20', observations: 2 });
    expect(tenure!.sentences).toHaveLength(2);
  });

  it('reads "nguyên" as a post that had ended by that date, not one held then', async () => {
    await ingest([LE_CHAN_2024]);
    const [former] = await tenuresOf('person:pham-van-to');
    expect(former).toMatchObject({ position: 'Chủ tịch Ủy ban nhân dân quận Lê Chân', firstSeen: null, lastSeen: null, endedBy: '2024-03-20', observations: 0 });
  });

  it('merges the meeting reported by two articles into one node with both reports', async () => {
    const second = {
      source: 'test/other-portal.txt',
      url: 'https://example.invalid/khac/le-chan.html',
      text: LE_CHAN_2023.text
        .replaceAll('Quận Lê Chân sơ kết công tác cải cách hành chính', 'Lê Chân: nâng cao chỉ số cải cách hành chính')
        .replace('phát biểu tại Hội nghị.', 'phát biểu tại Hội nghị.\n\nCác đại biểu thảo luận về những giải pháp trong quý II.'),
    };
    await ingest([LE_CHAN_2023, second]);
    const [m] = await rows<{ n: number; reports: number; chairs: number }>(
      'MATCH (m:Meeting) RETURN count(*) AS n, COUNT { (m)<-[:REPORTS]-() } AS reports, COUNT { (m)<-[:CHAIRED]-() } AS chairs',
    );
    expect(m).toEqual({ n: 1, reports: 2, chairs: 2 });
  });
});

describe('search', () => {
  const ids = async (text: string, kinds?: SearchKind[]) => (await search(graph(), text, kinds ? { kinds } : {})).map((h) => h.id);

  it('finds people and bodies without diacritics, keeping syllables like "An" that stop-word analyzers drop', async () => {
    await ingest([...seeds, LE_CHAN_2023]);
    expect(await ids('dao khanh ha')).toEqual(['person:dao-khanh-ha']);
    expect(await ids('hai an')).toEqual(['person:luong-thi-hai-an']);
    expect(await ids('Ngô Quyền công an')).toEqual(['org:cong-an-quan-ngo-quyen']);
  });

  it('matches the last word as a prefix and filters by kind', async () => {
    await ingest(seeds);
    expect(await ids('dao kh')).toEqual(['person:dao-khanh-ha']);
    expect(await ids('ban chi dao 35', ['Meeting'])).toEqual([]);
    expect((await ids('ban chi dao 35', ['Organization'])).sort()).toEqual(['org:ban-chi-dao-35-quan-ngo-quyen', 'org:ban-chi-dao-35-thanh-pho-hai-phong']);
    expect(await ids('so ket 6 thang')).toEqual(['meeting:2024-07-03/ban-chi-dao-35-thanh-pho-hai-phong/hoi-nghi-so-ket']);
  });
});

describe('the bulk path', () => {
  it('writes the same graph as one article per transaction', async () => {
    const all = [...seeds, LE_CHAN_2023, AN_LAO_2024, LE_CHAN_2024];
    await ingest(all, 1);
    const oneByOne = await dumpGraph(graph());
    await resetGraph(graph());
    await ingest(all, 50);
    expect(await dumpGraph(graph())).toEqual(oneByOne);
  });

  it('reports every article once, in input order', async () => {
    const outcomes = await ingest([...seeds, LE_CHAN_2023], 2);
    expect(outcomes.map((o) => o.source)).toEqual(['seed/000_aed11e5a3adca584.txt', 'seed/002_b3b1cc480d78469e.txt', 'test/le-chan-2023.txt']);
  });
});

describe('ingestArticle', () => {
  it('refuses empty text before touching the graph', async () => {
    await expect(ingestArticle(graph(), { source: 'api', url: 'https://example.invalid/x', text: ' ' })).rejects.toThrow('empty text');
    expect(await countsByLabel(graph())).toEqual({});
  });
});

/** A transaction whose Nth statement fails, as a lost connection or a full disk would. */
function failingTx(tx: ManagedTransaction, failAt: number): ManagedTransaction {
  let n = 0;
  return new Proxy(tx, {
    get(target, prop, receiver) {
      if (prop !== 'run') return Reflect.get(target, prop, receiver) as unknown;
      return (...args: Parameters<ManagedTransaction['run']>) => {
        if (++n === failAt) throw new Error(`injected failure at statement ${failAt}`);
        return target.run(...args);
      };
    },
  });
}

function countingTx(tx: ManagedTransaction, onRun: () => void): ManagedTransaction {
  return new Proxy(tx, {
    get(target, prop, receiver) {
      if (prop !== 'run') return Reflect.get(target, prop, receiver) as unknown;
      return (...args: Parameters<ManagedTransaction['run']>) => {
        onRun();
        return target.run(...args);
      };
    },
  });
}

describe('a meeting whose year only the URL gives', () => {
  it('is stored undated, with the URL year as its dateInferred, and read back so', async () => {
    await resetGraph(graph());
    const text = [
      'Ban Chỉ đạo phòng chống dịch tỉnh Bắc Sơn họp trực tuyến',
      '',
      'Sáng 7-9, Ban Chỉ đạo phòng chống dịch tỉnh Bắc Sơn tổ chức Hội nghị trực tuyến với các địa phương.',
      'Đồng chí Nguyễn Văn An, Bí thư Tỉnh ủy, Trưởng Ban Chỉ đạo chủ trì hội nghị.',
    ].join('\n');
    const [outcome] = await ingest([{ source: 'test', url: 'https://bao.example.vn/video/202109/ban-chi-dao-hop-3077489', text }]);
    expect(outcome).toMatchObject({ ok: true, status: 'new' });
    const meetings = await rows<{ date: string | null; dateInferred: string | null }>(
      'MATCH (m:Meeting) RETURN toString(m.date) AS date, toString(m.dateInferred) AS dateInferred',
    );
    expect(meetings).toEqual([{ date: null, dateInferred: '2021-09-07' }]);
    const [id] = await rows<{ id: string }>('MATCH (m:Meeting) RETURN m.id AS id');
    const [read] = await meetingsByIds(graph(), [id?.id ?? '']);
    expect([read?.date, read?.dateInferred]).toEqual([null, '2021-09-07']);
  });
});
