/**
 * Place and scope over a graph of several provinces (invented articles, test/helpers/province-articles.ts,
 * and the seeds): every body in its province or its article, one post one node, and the 2025
 * reorganization, read from the real Neo4j and through the API as users ask.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Driver } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { generateArticles, worldsFor } from '../../bench/generate/index.js';
import { toneKey } from '../../src/extract/normalize.js';
import { ingestMany } from '../../src/graph/write/ingest.js';
import { isElided } from '../../src/graph/write/organizations.js';
import type { ArticleInput } from '../../src/graph/write/types.js';
import { apiClient, ok, type Client } from '../helpers/api.js';
import { useEmptyGraph } from '../helpers/graph.js';
import { PROVINCE_ARTICLES } from '../helpers/province-articles.js';

const SEED_DIR = fileURLToPath(new URL('../../seed/', import.meta.url));
const SEEDS: ArticleInput[] = readdirSync(SEED_DIR)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => ({ source: `seed/${f}`, url: null, text: readFileSync(`${SEED_DIR}${f}`, 'utf8') }));

const graph = useEmptyGraph();

// Each body with the number of articles that speak of it, through a post or a meeting it organized.
const BODY_ARTICLES = `
MATCH (o:Organization)
CALL (o) {
  OPTIONAL MATCH (o)<-[:IN]-(:Position)<-[:OF]-(:Tenure)-[:EVIDENCED_BY]->(a:Article) RETURN a
  UNION
  OPTIONAL MATCH (o)<-[:ORGANIZED_BY]-(:Meeting)<-[:REPORTS]-(a:Article) RETURN a
}
RETURN o.id AS id, o.name AS name, count(DISTINCT a) AS articles`;

async function bodyArticles(driver: Driver): Promise<Array<{ id: string; name: string; articles: number }>> {
  const { records } = await driver.executeQuery(BODY_ARTICLES);
  return records.map((r) => ({ id: r.get('id') as string, name: r.get('name') as string, articles: Number(r.get('articles')) }));
}
const api: Client = (...args) => apiClient(graph())(...args);

describe('place and scope across provinces', () => {
  it('keeps the place of every article with how it was decided, and every body in its province or its article', async () => {
    const driver = graph();
    const refused: string[] = [];
    await ingestMany(driver, [...SEEDS, ...PROVINCE_ARTICLES], { onOutcome: (o) => void (o.ok ? null : refused.push(o.error)) });
    expect(refused).toEqual([]);

    const articles = await driver.executeQuery('MATCH (a:Article) WHERE a.url IS NOT NULL RETURN a.url AS url, a.place AS place, a.placeBasis AS basis ORDER BY url');
    const places = Object.fromEntries(articles.records.map((r) => [r.get('url') as string, [r.get('place'), r.get('basis')]]));
    expect(places['https://baogialai.com.vn/hoi-nghi-tinh-uy-quy-i.html']).toEqual(['Gia Lai', 'source']);
    expect(places['https://tintuc-vidu.vn/giam-sat-tai-gia-lai.html']).toEqual(['Gia Lai', 'text']);
    expect(places['https://tintuc-vidu.vn/so-ket-nghi-quyet.html']).toEqual([null, null]);

    // 0 bodies named without their place that two articles share.
    const bodies = await bodyArticles(driver);
    const shared = bodies.filter((b) => isElided(b.name) && b.articles > 1).map((b) => b.id);
    expect(shared).toEqual([]);
    const bareTinhUy = bodies.filter((b) => b.name === 'Tỉnh ủy').map((b) => b.id);
    expect(bareTinhUy).toHaveLength(2);

    // 0 body names that end with a person's name.
    const people = (await driver.executeQuery('MATCH (p:Person) RETURN p.name AS name')).records.map((r) => toneKey(r.get('name') as string));
    const swallowed = bodies.map((b) => toneKey(b.name)).filter((name) => people.some((p) => name.endsWith(` ${p}`)));
    expect(swallowed).toEqual([]);

    // One post, one node: the delegation's head written two ways in two articles.
    const posts = await driver.executeQuery(`
      MATCH (:Person {name: 'Lý Thị Hạnh'})-[:HOLDS]->(:Tenure)-[:OF]->(pos:Position) RETURN pos.name AS name`);
    expect(posts.records.map((r) => r.get('name'))).toEqual(['Trưởng Đoàn đại biểu Quốc hội tỉnh Gia Lai']);

    // whoHeld with a body named with its province answers from that province only.
    const gialai = await ok(api(`{ whoHeld(title: "Bí thư", organization: "Tỉnh ủy Gia Lai", on: "2024-04-01") { person { name } basis } }`));
    expect(gialai.whoHeld).toEqual([{ person: { name: 'Hồ Văn Điền' }, basis: 'SEEN' }]);
    const bacgiang = await ok(api(`{ whoHeld(title: "Phó Chủ tịch", organization: "HĐND tỉnh Bắc Giang", on: "2024-06-03") { person { name } } }`));
    expect(bacgiang.whoHeld).toEqual([{ person: { name: 'Vương Đình Khiêm' } }]);
    const front = await ok(api(`{ whoHeld(title: "Phó Chủ tịch", organization: "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Bắc Giang", on: "2024-06-03") { person { name } } }`));
    expect(front.whoHeld).toEqual([{ person: { name: 'Tạ Minh Châu' } }]);

    // The 2025 reorganization: Hải Dương's party committee went into Hải Phòng's; its province into the city.
    const haiduong = await ok(api(`{ organizations(search: "Tinh uy Hai Duong") { edges { node { name ceasedOn ceasedReason
      successor { name predecessors { name } } place { name ceasedOn successor { name predecessors { name } } } } } } }`));
    const body = haiduong.organizations.edges.map((e: any) => e.node).find((o: any) => o.name === 'Tỉnh ủy Hải Dương');
    expect(body).toMatchObject({
      ceasedOn: '2025-07-01',
      successor: { name: 'Thành ủy Hải Phòng', predecessors: [{ name: 'Tỉnh ủy Hải Dương' }] },
      place: { name: 'Hải Dương', ceasedOn: '2025-07-01', successor: { name: 'Hải Phòng', predecessors: [{ name: 'Hải Dương' }] } },
    });
    expect(body.ceasedReason).toContain('202/2025/QH15');
    const binhdinh = await ok(api(`{ organizations(search: "Tinh uy Binh Dinh") { edges { node { name successor { name } } } } }`));
    expect(binhdinh.organizations.edges.map((e: any) => e.node)).toContainEqual({ name: 'Tỉnh ủy Bình Định', successor: { name: 'Tỉnh ủy Gia Lai' } });

    // A tenure in the seed's district steering committee ends on 2025-07-01, with the reason.
    const seed = await ok(api(`{ organizations(search: "Ban Chi dao 35 quan Ngo Quyen") { edges { node { name ceasedOn
      positions { edges { node { name tenures { edges { node { person { name } endedBy endBasis endReason } } } } } } } } } }`));
    const steering = seed.organizations.edges.map((e: any) => e.node).find((o: any) => o.name === 'Ban Chỉ đạo 35 quận Ngô Quyền');
    expect(steering.ceasedOn).toBe('2025-07-01');
    const tenures = steering.positions.edges.flatMap((p: any) => p.node.tenures.edges.map((t: any) => t.node));
    expect(tenures.length).toBeGreaterThan(0);
    for (const t of tenures) {
      expect(t).toMatchObject({ endedBy: '2025-07-01', endBasis: 'BODY_CEASED' });
      expect(t.endReason).toMatch(/district level.*2025-07-01/u);
    }

    // After that day, whoHeld does not answer the last seen holder of a post that no longer exists.
    const before = await ok(api(`{ whoHeld(title: "Trưởng", organization: "Ban Chỉ đạo 35 quận Ngô Quyền", on: "2023-06-01") { basis } }`));
    expect(before.whoHeld.length).toBeGreaterThan(0);
    const after = await ok(api(`{ whoHeld(title: "Trưởng", organization: "Ban Chỉ đạo 35 quận Ngô Quyền", on: "2025-08-01") { basis } }`));
    expect(after.whoHeld).toEqual([]);
  });
});

describe('place and scope in a generated corpus of several cities', () => {
  it('shares no body named without its place between two articles, and ends no body name with a person', async () => {
    const driver = graph();
    const worlds = worldsFor({ seed: 11, articles: 90, cities: 3 });
    const inputs = [...generateArticles(worlds, 90)].map(({ article }) => ({ source: article.id, url: article.url, text: article.text }));
    await ingestMany(driver, inputs, { batchSize: 30, onOutcome: () => undefined });
    const bodies = await bodyArticles(driver);
    expect(bodies.length).toBeGreaterThan(30);
    expect(bodies.filter((b) => isElided(b.name) && b.articles > 1).map((b) => b.name)).toEqual([]);
    const people = (await driver.executeQuery('MATCH (p:Person) RETURN p.name AS name')).records.map((r) => toneKey(r.get('name') as string));
    expect(bodies.map((b) => toneKey(b.name)).filter((name) => people.some((p) => name.endsWith(` ${p}`)))).toEqual([]);
    // Every city's own party committee is there, each its own body.
    const names = new Set(bodies.map((b) => b.name));
    for (const w of worlds) expect(names.has(`Thành ủy ${w.city.name}`), w.city.name).toBe(true);
  });
});
