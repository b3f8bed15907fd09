/**
 * Keyset pagination. A list is ordered by a key that ends with the node id, so the order is total;
 * a cursor is the base64url JSON of the list's name and the key of the last row, and the next page
 * starts strictly after that key (no OFFSET: a page costs the same however deep, and rows written
 * meanwhile neither repeat nor vanish). A query asks for one row more than the page to tell whether
 * another page follows.
 */
import neo4j, { type Integer } from 'neo4j-driver';
import { ReadInputError } from '../errors.js';
import { isIsoDate } from './input.js';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

export interface Edge<T> {
  node: T;
  cursor: string;
}

export interface Page<T> {
  edges: Edge<T>[];
  hasNextPage: boolean;
  endCursor: string | null;
}

/** What each part of a sort key is; a decoded cursor is checked against it before any of it reaches Cypher. */
export type KeyPart = 'string' | 'number' | 'date';
export type SortKey = readonly (string | number)[];

/** A row of a keyset query: the row and its sort key, as the query returns them. */
export interface KeyedRow<T> {
  row: T;
  key: SortKey;
}

export interface PageParams {
  first: number;
  /** The key of the last row already seen, or null for the first page. */
  after: SortKey | null;
  /** For the query's LIMIT: one more than the page. */
  limit: Integer;
}

const fitsPart = (value: unknown, part: KeyPart): boolean =>
  part === 'number' ? typeof value === 'number' && Number.isFinite(value) : typeof value === 'string' && (part === 'string' || isIsoDate(value));

export class Keyset {
  /** `list` goes into every cursor, so a cursor from another list is refused instead of misread. */
  constructor(
    readonly list: string,
    private readonly parts: readonly KeyPart[],
  ) {}

  encode(key: SortKey): string {
    return Buffer.from(JSON.stringify([this.list, ...key]), 'utf8').toString('base64url');
  }

  decode(cursor: string): SortKey {
    let decoded: unknown;
    try {
      decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    } catch {
      decoded = null;
    }
    if (!Array.isArray(decoded) || decoded[0] !== this.list) throw new ReadInputError('BAD_CURSOR', `"${cursor}" is not a cursor of ${this.list}`);
    const key: unknown[] = decoded.slice(1);
    if (key.length !== this.parts.length || !this.parts.every((part, i) => fitsPart(key[i], part))) {
      throw new ReadInputError('BAD_CURSOR', `"${cursor}" is a cursor of ${this.list} from another version of the list`);
    }
    return key as SortKey;
  }

  params({ first, after }: PageArgs): PageParams {
    const size = first ?? DEFAULT_PAGE_SIZE;
    if (!Number.isInteger(size) || size < 0 || size > MAX_PAGE_SIZE) {
      throw new ReadInputError('BAD_PAGE_SIZE', `first must be a whole number from 0 to ${MAX_PAGE_SIZE}, got ${size}`);
    }
    return { first: size, after: after ? this.decode(after) : null, limit: neo4j.int(size + 1) };
  }

  /**
   * A page of a list already read whole, in its order (a person's meetings, a body's members): the
   * rows after the one with the cursor's key. A cursor whose row has gone since is refused, as
   * there is no telling where it stood.
   */
  pageOf<T>(rows: readonly KeyedRow<T>[], args: PageArgs): Page<T> {
    const params = this.params(args);
    if (params.after === null) return this.page(rows.slice(0, params.first + 1), params);
    const afterKey = JSON.stringify(params.after);
    const index = rows.findIndex(({ key }) => JSON.stringify(key) === afterKey);
    if (index < 0) throw new ReadInputError('BAD_CURSOR', `the row before "${args.after}" is no longer in ${this.list}; start again without after`);
    return this.page(rows.slice(index + 1, index + 2 + params.first), params);
  }

  /**
   * The page out of the rows a query returned for `params`. An edge writes its cursor when it is
   * read: most queries ask the nodes of a page and only its endCursor.
   */
  page<T>(rows: readonly KeyedRow<T>[], { first }: PageParams): Page<T> {
    const encode = (key: SortKey) => this.encode(key);
    const edges = rows.slice(0, first).map(({ row, key }) => ({
      node: row,
      get cursor() {
        return encode(key);
      },
    }));
    return { edges, hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null };
  }
}
