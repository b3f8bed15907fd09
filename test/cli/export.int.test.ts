/**
 * `export` on the real Neo4j, over the seed articles and the saved test pages: the FtM lines are
 * valid against the FollowTheMoney model and carry each fact's source; the CSV tables open as
 * UTF-8 (with a BOM) with Vietnamese intact, one line per row.
 */
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { runExport } from '../../src/cli/export.js';
import { ingestPaths } from '../../src/cli/ingest-run.js';
import { ingestMany } from '../../src/graph/write/ingest.js';
import { ROOT } from '../helpers/cli.js';
import { ftmProblems, type Entity } from '../helpers/ftm-schema.js';
import { resetGraph } from '../helpers/graph.js';
import { testDriver } from '../helpers/neo4j.js';
import { applySchema } from '../../src/graph/schema.js';
import { apiClient, ok } from '../helpers/api.js';

const driver = testDriver();

beforeAll(async () => {
  await applySchema(driver);
  await resetGraph(driver);
  await ingestPaths(['seed', 'test/fixtures/pages'], { driver, ingestMany, cwd: ROOT });
});

async function exportWith(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (d: Buffer) => (out += d.toString()));
  stderr.on('data', (d: Buffer) => (err += d.toString()));
  const code = await runExport(args, { stdout, stderr, cwd: ROOT, connect: async () => ({ driver, close: async () => {} }) });
  return { code, stdout: out, stderr: err };
}

describe('export --format ftm', () => {
  it('writes entities the FollowTheMoney model accepts, each fact with its source article', async () => {
    const { code, stdout, stderr } = await exportWith(['--format', 'ftm']);
    expect(code, stderr).toBe(0);
    const entities = stdout.trim().split('\n').map((l) => JSON.parse(l) as Entity & { properties: Record<string, string[]> });
    expect(ftmProblems(entities)).toEqual([]);
    const schemas = new Set(entities.map((e) => e.schema));
    expect([...schemas].sort()).toEqual(['Article', 'Documentation', 'Event', 'Occupancy', 'Organization', 'Person', 'Position']);

    const byId = new Map(entities.map((e) => [e.id, e]));
    const ha = entities.find((e) => e.schema === 'Person' && e.properties.name?.[0] === 'Đào Khánh Hà')!;
    const occupancies = entities.filter((e) => e.schema === 'Occupancy' && e.properties.holder?.[0] === ha.id);
    expect(occupancies.map((o) => byId.get(o.properties.post![0]!)!.properties.name![0]).sort()).toContain('Trưởng Ban Tuyên giáo Thành ủy Hải Phòng');
    for (const o of occupancies) {
      expect(o.properties.startDate?.[0]).toBe('2024-07-03');
      expect(o.properties.status).toEqual(['unknown']);
      // The seed articles come from files, without an address: their ids and the sentence are the source.
      expect(o.properties.recordId?.every((id) => byId.get(id)?.schema === 'Article')).toBe(true);
      expect(o.properties.summary?.[0]).toMatch(/Đào Khánh Hà/u);
    }
    // Every meeting cites the articles that report it, and every person the articles that name them.
    for (const e of entities.filter((x) => x.schema === 'Event')) expect(e.properties.proof?.length, e.id).toBeGreaterThan(0);
    const documented = new Set(entities.filter((e) => e.schema === 'Documentation').map((d) => d.properties.entity![0]));
    for (const p of entities.filter((x) => x.schema === 'Person')) expect(documented.has(p.id), p.id).toBe(true);
    const fromPage = entities.find((e) => e.schema === 'Occupancy' && e.properties.sourceUrl?.[0]?.startsWith('https://baohaiphong.example.vn/'));
    expect(fromPage?.properties.startDate).toEqual(['2024-10-15']);
    const chaired = entities.find((e) => e.schema === 'Event' && e.properties.date?.[0] === '2024-10-14')!;
    expect(chaired.properties.summary).toEqual(['chaired: Vi Thị Hằng; spoke: Vi Thị Hằng']);
    expect(stderr).toMatch(/export: \d+ FtM entities \(/u);
  });
});

describe('export --format csv', () => {
  it('writes one table per kind, UTF-8 with a BOM, Vietnamese intact', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'export-csv-'));
    const { code, stderr } = await exportWith(['--format', 'csv', '--out', dir]);
    expect(code, stderr).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['articles.csv', 'meetings.csv', 'organizations.csv', 'participations.csv', 'people.csv', 'positions.csv', 'tenures.csv']);
    const tenures = readFileSync(path.join(dir, 'tenures.csv'));
    expect([...tenures.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = tenures.toString('utf8').slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe('id,person_id,person,position_id,position,organization,first_seen,last_seen,ended_by,status,acting,observations,article_urls');
    expect(lines.some((l) => l.includes(',Đào Khánh Hà,') && l.includes('Trưởng Ban Tuyên giáo Thành ủy Hải Phòng') && l.includes(',2024-07-03,2024-07-03,'))).toBe(true);
    const participations = readFileSync(path.join(dir, 'participations.csv'), 'utf8');
    // A sentence with commas and quotes stays one cell.
    expect(participations).toMatch(/,Vi Thị Hằng,chaired,article:[^,]+,"Đồng chí Vi Thị Hằng, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện chủ trì hội nghị\."/u);
  });

  it('asks for --out, and names an unknown format', async () => {
    expect((await exportWith(['--format', 'csv'])).stderr).toMatch(/--format csv needs --out DIR/u);
    expect((await exportWith(['--format', 'xml'])).stderr).toMatch(/unknown format "xml"/u);
  });
});

describe('followTheMoney in GraphQL', () => {
  it('gives one person’s or one body’s entities, valid and self-contained', async () => {
    const api = apiClient(driver);
    const data = await ok(api<any>(`{
      person: node(id: "person:dao-khanh-ha") { ... on Person { followTheMoney { id schema json properties { name values } } } }
      body: organizations(search: "Ban Chi dao 35 thanh pho Hai Phong", first: 1) { edges { node { name followTheMoney { schema json } } } }
    }`));
    const person = (data.person.followTheMoney as { json: string }[]).map((e) => JSON.parse(e.json) as Entity);
    expect(ftmProblems(person)).toEqual([]);
    expect(new Set(person.map((e) => e.schema))).toEqual(new Set(['Article', 'Documentation', 'Event', 'Occupancy', 'Organization', 'Person', 'Position']));
    expect(person.filter((e) => e.schema === 'Person').map((e) => (e.properties.name as string[])[0])).toEqual(['Đào Khánh Hà']);
    const bodyNode = data.body.edges[0].node;
    const body = (bodyNode.followTheMoney as { json: string }[]).map((e) => JSON.parse(e.json) as Entity);
    expect(ftmProblems(body)).toEqual([]);
    expect(body.some((e) => e.schema === 'Event')).toBe(true);
  });
});
