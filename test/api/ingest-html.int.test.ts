/**
 * Web pages into the graph on the real Neo4j, through the API's ingestArticle(html) and the
 * CLI's ingest loop over a folder of saved pages: each page gives its own article's facts alone,
 * dated by the page's publication time, and a tag page is skipped with its reason.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestPaths } from '../../src/cli/ingest-run.js';
import { ingestMany } from '../../src/graph/write/ingest.js';
import { apiClient, ok } from '../helpers/api.js';
import { ROOT } from '../helpers/cli.js';
import { useEmptyGraph } from '../helpers/graph.js';

const KEY = 'a-long-random-curator-key-0123456789';
const AUTH = { authorization: `Bearer ${KEY}` };
const PAGES = path.join(ROOT, 'test/fixtures/pages');
const page = (name: string): string => readFileSync(path.join(PAGES, name), 'utf8');

const INGEST = `mutation($input: IngestArticleInput!) {
  ingestArticle(input: $input) { status warnings article { url title author publishedAt people { name } meetings { date chairs { person { name } } } } }
}`;

const graph = useEmptyGraph();

describe('ingestArticle(html)', () => {
  it('reads a JSON-LD page: its own facts, dated from the metadata, its canonical address as identity', async () => {
    const api = apiClient(graph(), KEY);
    const { ingestArticle } = await ok(api(INGEST, { input: { html: page('json-ld.html') } }, AUTH));
    expect(ingestArticle).toMatchObject({
      status: 'NEW',
      article: {
        url: 'https://baohaiphong.example.vn/an-lao-trien-khai-chuyen-doi-so-712345.html',
        title: 'An Lão triển khai nhiệm vụ chuyển đổi số những tháng cuối năm',
        author: 'Minh Khuê',
        publishedAt: '2024-10-15T09:10:00+07:00',
        people: [{ name: 'Vi Thị Hằng' }],
        meetings: [{ date: '2024-10-14', chairs: [{ person: { name: 'Vi Thị Hằng' } }] }],
      },
    });
    const { records } = await graph().executeQuery('MATCH (a:Article) RETURN a.publishedAtFoundBy AS via, a.canonicalUrl AS canonical');
    expect(records.map((r) => r.toObject())).toEqual([{ via: 'JSON-LD NewsArticle.datePublished', canonical: 'https://baohaiphong.example.vn/an-lao-trien-khai-chuyen-doi-so-712345.html' }]);
    const again = await ok(api(INGEST, { input: { html: page('json-ld.html') } }, AUTH));
    expect(again.ingestArticle.status).toBe('UNCHANGED');
  });

  it('refuses a tag page, and text and html together, by name', async () => {
    const api = apiClient(graph(), KEY);
    const tag = await api(INGEST, { input: { html: page('tag-page.html'), url: 'https://baohaiphong.example.vn/tag/chuyen-doi-so' } }, AUTH);
    expect(tag.errors?.[0]?.message).toMatch(/a listing page \(tag, category or search\): 4 article teasers/u);
    const both = await api(INGEST, { input: { html: '<p>x</p>', text: 'x' } }, AUTH);
    expect(both.errors?.[0]?.message).toMatch(/either `text`.*or `html`/u);
    const { records } = await graph().executeQuery('MATCH (n) RETURN count(n) AS n');
    expect(records[0]!.get('n')).toBe(0);
  });
});

describe('ingest of a folder of saved pages', () => {
  it('writes each article page and skips the tag page, saying why', async () => {
    const skipped: string[] = [];
    const summary = await ingestPaths([PAGES], { driver: graph(), ingestMany, cwd: ROOT, onSkip: (s) => skipped.push(s.error) });
    expect(summary.articles).toMatchObject({ new: 3, failed: 0, skipped: 1 });
    expect(skipped).toEqual([expect.stringMatching(/^test\/fixtures\/pages\/tag-page\.html: a listing page/u)]);
    const { records } = await graph().executeQuery(
      `MATCH (p:Person)-[:CHAIRED]->(m:Meeting) RETURN p.name AS chair, toString(m.date) AS date ORDER BY date`,
    );
    expect(records.map((r) => r.toObject())).toEqual([
      { chair: 'Mạc Văn Tùng', date: '2024-09-11' },
      { chair: 'Vi Thị Hằng', date: '2024-10-14' },
      { chair: 'Bùi Quang Thiện', date: '2024-12-19' },
    ]);
    const people = await graph().executeQuery('MATCH (p:Person) RETURN p.name AS name ORDER BY name');
    expect(people.records.map((r) => r.get('name'))).toEqual(['Bùi Quang Thiện', 'Khổng Thị Loan', 'Mạc Văn Tùng', 'Nông Thị Duyên', 'Vi Thị Hằng']);
  });
});
