/**
 * The write side through the Yoga server on the real Neo4j: the key is required and compared
 * exactly, bad input is refused by name, and a refused call writes nothing.
 */
import { describe, expect, it } from 'vitest';
import { apiClient, ok } from '../helpers/api.js';
import { dumpGraph, useEmptyGraph } from '../helpers/graph.js';
import { AN_LAO_2024, LE_CHAN_2023, LE_CHAN_2024 } from '../helpers/invented-articles.js';

const KEY = 'a-long-random-curator-key-0123456789';
const AUTH = { authorization: `Bearer ${KEY}` };

const INGEST = `mutation($input: IngestArticleInput!) {
  ingestArticle(input: $input) { status article { id title people { name } meetings { date chairs { person { name } } } } counts { nodesCreated relationshipsCreated } warnings }
}`;

const graph = useEmptyGraph();
const ingest = (article: { url: string; text: string }, headers: Record<string, string> = AUTH, apiKey: string | null = KEY) =>
  apiClient(graph(), apiKey)(INGEST, { input: { text: article.text, url: article.url } }, headers);

describe('who may write', () => {
  it.each([
    ['the server has no API_KEY', null, AUTH, 'FORBIDDEN', /Mutations are off/u],
    ['the request has no key', KEY, {}, 'UNAUTHENTICATED', /Authorization: Bearer/u],
    ['the key is wrong', KEY, { authorization: `Bearer ${KEY}x` }, 'UNAUTHENTICATED', /not this server's API_KEY/u],
    ['the key is a prefix of the right one', KEY, { authorization: `Bearer ${KEY.slice(0, -1)}` }, 'UNAUTHENTICATED', /not this server's API_KEY/u],
    ['the scheme is not Bearer', KEY, { authorization: `Basic ${KEY}` }, 'UNAUTHENTICATED', /Authorization: Bearer/u],
  ] as const)('refuses ingestArticle when %s, and writes nothing', async (_case, apiKey, headers, code, message) => {
    const before = await dumpGraph(graph());
    const { errors, data } = await ingest(LE_CHAN_2023, headers, apiKey);
    expect(data ?? null).toBeNull();
    expect(errors?.[0]?.extensions?.code).toBe(code);
    expect(errors?.[0]?.message).toMatch(message);
    expect(await dumpGraph(graph())).toEqual(before);
  });

  it('refuses mergePeople and splitPerson without the key too', async () => {
    const api = apiClient(graph(), KEY);
    const merge = await api(`mutation { mergePeople(ids: ["person:a", "person:b"]) { person { id } } }`);
    const split = await api(`mutation { splitPerson(input: {personId: "person:a", articleIds: ["article:x"]}) { newPerson { id } } }`);
    expect([merge.errors?.[0]?.extensions?.code, split.errors?.[0]?.extensions?.code]).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED']);
  });

  it('leaves reads open without a key', async () => {
    const { errors } = await apiClient(graph(), KEY)(`{ people { edges { node { id } } } }`);
    expect(errors).toBeUndefined();
  });
});

describe('ingestArticle', () => {
  it('stores a new article, then says unchanged for the same text, and the graph reads it back', async () => {
    const first = await ok(ingest(LE_CHAN_2023));
    expect(first.ingestArticle).toMatchObject({ status: 'NEW', article: { title: 'Quận Lê Chân sơ kết công tác cải cách hành chính' } });
    expect(first.ingestArticle.counts.nodesCreated).toBeGreaterThan(3);
    expect(first.ingestArticle.article.people.map((p: any) => p.name)).toEqual(['Lương Thị Hải An', 'Nguyễn Văn Bình']);
    expect(first.ingestArticle.article.meetings).toEqual([{ date: '2023-03-06', chairs: [{ person: { name: 'Nguyễn Văn Bình' } }] }]);
    const stored = await dumpGraph(graph());

    const again = await ok(ingest(LE_CHAN_2023));
    expect(again.ingestArticle).toMatchObject({ status: 'UNCHANGED', counts: { nodesCreated: 0, relationshipsCreated: 0 } });
    expect(await dumpGraph(graph())).toEqual(stored);

    const chair = await ok(apiClient(graph())(`{ meetings { edges { node { chairs { person { name } } } } } }`));
    expect(chair.meetings.edges[0].node.chairs[0].person.name).toBe('Nguyễn Văn Bình');
  });

  it('is seen by the next request of the same server: no loader outlives its request', async () => {
    const api = apiClient(graph(), KEY);
    const meetingsOf = `{ node(id: "person:luong-thi-hai-an") { ... on Person { meetings { edges { node { role meeting { date } } } } } } }`;
    await ok(api(INGEST, { input: { url: LE_CHAN_2023.url, text: LE_CHAN_2023.text } }, AUTH));
    const before = await ok(api(meetingsOf));
    expect(before.node.meetings.edges.map((e: any) => [e.node.role, e.node.meeting.date])).toEqual([['SPEAKER', '2023-03-06']]);
    await ok(api(INGEST, { input: { url: LE_CHAN_2024.url, text: LE_CHAN_2024.text } }, AUTH));
    const after = await ok(api(meetingsOf));
    expect(after.node.meetings.edges.map((e: any) => [e.node.role, e.node.meeting.date])).toEqual([['CHAIR', '2024-03-20'], ['SPEAKER', '2023-03-06']]);
  });

  it('a new text under the same URL replaces the old version', async () => {
    await ok(ingest(LE_CHAN_2023));
    const edited = { url: LE_CHAN_2023.url, text: LE_CHAN_2023.text.replace('Lương Thị Hải An', 'Lương Thị Hải Yến') };
    const replaced = await ok(ingest(edited));
    expect(replaced.ingestArticle.status).toBe('REPLACED');
    const people = await ok(apiClient(graph())(`{ people { edges { node { name } } } }`));
    const names = people.people.edges.map((e: any) => e.node.name);
    expect(names).toContain('Lương Thị Hải Yến');
    expect(names).not.toContain('Lương Thị Hải An');
  });

  it.each([
    ['an empty text', { url: 'https://example.invalid/a.html', text: '   ' }, /empty text/u],
    ['binary content', { url: 'https://example.invalid/b.html', text: `abc\u0000def` }, /binary content/u],
    ['a text over a million characters', { url: 'https://example.invalid/c.html', text: 'a'.repeat(1_000_001) }, /at most 1,000,000/u],
    ['a url that is not a web address', { url: 'javascript:alert(1)', text: LE_CHAN_2024.text }, /url must be an http or https address/u],
  ])('refuses %s with BAD_USER_INPUT naming the article, and writes nothing', async (_case, article, message) => {
    await ok(ingest(LE_CHAN_2023));
    const before = await dumpGraph(graph());
    const { errors } = await ingest(article);
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(errors?.[0]?.message).toMatch(message);
    expect(errors?.[0]?.message).toContain(article.url);
    expect(await dumpGraph(graph())).toEqual(before);
  });
});

describe('curating people', () => {
  const PEOPLE = `{ people(search: "Nguyen Van Binh") { edges { node { id name keptApartFrom { person { id } reason } tenures { edges { node { position { name } } } } } } } }`;

  it('merges the two Nguyễn Văn Bình the resolver kept apart, then splits them back by article', async () => {
    await ok(ingest(LE_CHAN_2023));
    await ok(ingest(AN_LAO_2024));
    const api = apiClient(graph(), KEY);
    const before = (await ok(api(PEOPLE))).people.edges.map((e: any) => e.node);
    expect(before).toHaveLength(2);
    expect(before[0].keptApartFrom[0].reason).toMatch(/different districts/u);

    const [keep, other] = before.map((p: any) => p.id);
    const merged = await ok(api(`mutation($ids: [ID!]!) { mergePeople(ids: $ids, reason: "one career") { person { id tenures { edges { node { position { name } } } } } mergedIds } }`, { ids: [keep, other] }, AUTH));
    expect(merged.mergePeople.mergedIds).toEqual([other]);
    const posts = (person: any) => person.tenures.edges.map((e: any) => e.node.position.name);
    expect(posts(merged.mergePeople.person).sort()).toEqual(
      [...posts(before[0]), ...posts(before[1])].sort(),
    );
    const after = (await ok(api(PEOPLE))).people.edges.map((e: any) => e.node);
    expect(after).toHaveLength(1);
    expect(after[0].keptApartFrom).toEqual([]);

    const articles = await ok(api(`{ articles { edges { node { id title } } } }`));
    const anLao = articles.articles.edges.find((e: any) => e.node.title.includes('An Lão')).node.id;
    const split = await ok(api(`mutation($input: SplitPersonInput!) { splitPerson(input: $input) { person { id } newPerson { id name keptApartFrom { person { id } } } } }`, { input: { personId: keep, articleIds: [anLao], reason: 'two men' } }, AUTH));
    expect(split.splitPerson.person.id).toBe(keep);
    expect(split.splitPerson.newPerson).toMatchObject({ name: 'Nguyễn Văn Bình', keptApartFrom: [{ person: { id: keep } }] });
    expect((await ok(api(PEOPLE))).people.edges).toHaveLength(2);
  });

  it('refuses an unknown id with NOT_FOUND and one id with BAD_USER_INPUT, writing nothing', async () => {
    await ok(ingest(LE_CHAN_2023));
    const api = apiClient(graph(), KEY);
    const before = await dumpGraph(graph());
    const [someone] = (await ok(api(PEOPLE))).people.edges.map((e: any) => e.node.id);
    const unknown = await api(`mutation($ids: [ID!]!) { mergePeople(ids: $ids) { mergedIds } }`, { ids: [someone, 'person:nobody'] }, AUTH);
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(unknown.errors?.[0]?.message).toContain('person:nobody');
    const single = await api(`mutation($ids: [ID!]!) { mergePeople(ids: $ids) { mergedIds } }`, { ids: [someone] }, AUTH);
    expect(single.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await dumpGraph(graph())).toEqual(before);
  });
});
