import { describe, expect, it } from 'vitest';
import { ReadInputError } from '../../../src/graph/errors.js';
import { DEFAULT_PAGE_SIZE, Keyset, MAX_PAGE_SIZE, type KeyedRow } from '../../../src/graph/read/page.js';

const MEETINGS = new Keyset('meetings', ['date', 'string']);
const ARTICLES = new Keyset('articles', ['number', 'string']);

const codeOf = (f: () => unknown): string | undefined => {
  try {
    f();
  } catch (e) {
    return e instanceof ReadInputError ? e.code : `not a ReadInputError: ${String(e)}`;
  }
  return undefined;
};

describe('cursors', () => {
  it('round-trip a sort key through an opaque, URL-safe string', () => {
    const key = ['2024-07-03', 'meeting:2024-07-03/ban-chi-dao-35-thanh-pho-hai-phong/hoi-nghi-so-ket'];
    const cursor = MEETINGS.encode(key);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/u);
    expect(MEETINGS.decode(cursor)).toEqual(key);
    expect(ARTICLES.decode(ARTICLES.encode([1719998640000, 'article:x']))).toEqual([1719998640000, 'article:x']);
  });

  it('keep Vietnamese text intact', () => {
    const people = new Keyset('people', ['string', 'string']);
    expect(people.decode(people.encode(['đào khánh hà', 'person:dao-khanh-ha']))).toEqual(['đào khánh hà', 'person:dao-khanh-ha']);
  });

  it('refuse what no list gave, with BAD_CURSOR', () => {
    expect(codeOf(() => MEETINGS.decode('not a cursor'))).toBe('BAD_CURSOR');
    expect(codeOf(() => MEETINGS.decode(''))).toBe('BAD_CURSOR');
    expect(codeOf(() => MEETINGS.decode(Buffer.from('{"a":1}').toString('base64url')))).toBe('BAD_CURSOR');
  });

  it('refuse a cursor of another list', () => {
    const cursor = ARTICLES.encode([1, 'article:x']);
    expect(codeOf(() => MEETINGS.decode(cursor))).toBe('BAD_CURSOR');
    expect(() => MEETINGS.decode(cursor)).toThrow(/is not a cursor of meetings/u);
  });

  it('refuse a key of the wrong shape before it can reach Cypher', () => {
    const forged = (parts: unknown[]) => Buffer.from(JSON.stringify(['meetings', ...parts])).toString('base64url');
    expect(codeOf(() => MEETINGS.decode(forged(['2024-07-03'])))).toBe('BAD_CURSOR');
    expect(codeOf(() => MEETINGS.decode(forged(['2024-02-30', 'meeting:x'])))).toBe('BAD_CURSOR');
    expect(codeOf(() => MEETINGS.decode(forged(['yesterday', 'meeting:x'])))).toBe('BAD_CURSOR');
    expect(codeOf(() => MEETINGS.decode(forged(['2024-07-03', 7])))).toBe('BAD_CURSOR');
    expect(codeOf(() => ARTICLES.decode(forged(['2024-07-03', 'article:x'])))).toBe('BAD_CURSOR');
  });
});

describe('page size', () => {
  it('defaults, and asks the query for one row more than the page', () => {
    const params = MEETINGS.params({});
    expect(params.first).toBe(DEFAULT_PAGE_SIZE);
    expect(params.after).toBeNull();
    expect(params.limit.toNumber()).toBe(DEFAULT_PAGE_SIZE + 1);
    expect(MEETINGS.params({ first: null, after: null }).first).toBe(DEFAULT_PAGE_SIZE);
  });

  it('takes 0 to the maximum', () => {
    expect(MEETINGS.params({ first: 0 }).first).toBe(0);
    expect(MEETINGS.params({ first: MAX_PAGE_SIZE }).limit.toNumber()).toBe(MAX_PAGE_SIZE + 1);
  });

  it('refuses anything else with BAD_PAGE_SIZE', () => {
    for (const first of [-1, MAX_PAGE_SIZE + 1, 2.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(codeOf(() => MEETINGS.params({ first })), String(first)).toBe('BAD_PAGE_SIZE');
    }
    expect(() => MEETINGS.params({ first: 1000 })).toThrow(`first must be a whole number from 0 to ${MAX_PAGE_SIZE}, got 1000`);
  });

  it('decodes the cursor it is given', () => {
    const after = MEETINGS.encode(['2024-07-03', 'meeting:x']);
    expect(MEETINGS.params({ first: 2, after }).after).toEqual(['2024-07-03', 'meeting:x']);
    expect(codeOf(() => MEETINGS.params({ after: 'garbage' }))).toBe('BAD_CURSOR');
  });
});

describe('a page out of the rows', () => {
  const rows: KeyedRow<string>[] = ['a', 'b', 'c'].map((id, i) => ({ row: id, key: [`2024-07-0${3 - i}`, id] }));

  it('keeps the page, says another follows when the query found the extra row', () => {
    const page = MEETINGS.page(rows, MEETINGS.params({ first: 2 }));
    expect(page.edges.map((e) => e.node)).toEqual(['a', 'b']);
    expect(page.hasNextPage).toBe(true);
    expect(page.endCursor).toBe(page.edges[1]!.cursor);
    expect(MEETINGS.decode(page.endCursor!)).toEqual(['2024-07-02', 'b']);
  });

  it('ends when the rows do', () => {
    const page = MEETINGS.page(rows, MEETINGS.params({ first: 3 }));
    expect(page.edges).toHaveLength(3);
    expect(page.hasNextPage).toBe(false);
  });

  it('is empty with no end cursor when there is nothing', () => {
    expect(MEETINGS.page([], MEETINGS.params({ first: 5 }))).toEqual({ edges: [], hasNextPage: false, endCursor: null });
    expect(MEETINGS.page(rows, MEETINGS.params({ first: 0 }))).toEqual({ edges: [], hasNextPage: true, endCursor: null });
  });
});
