/**
 * One request's keyed reads, sent to Neo4j together. The loaders of one level of a GraphQL query,
 * and the reads node(id) starts ahead for the fields it sees asked, all dispatch in the same turn of
 * the event loop; one by one, each would pay a round trip, and on this path most of a small read's
 * cost is the round trip (sending, the driver's bookkeeping, decoding), not Neo4j's work. Here they
 * leave as one query: each read in its own `CALL () {…}`, joined by UNION ALL, its parameters
 * renamed apart, its rows collected into one record a key.
 *
 * Each answer is kept for the rest of the request, so the field that makes a read node(id) started
 * ahead finds it done. A request is a few milliseconds of reads from one moment of the graph, and
 * the loaders already keep what they read for as long. Writes go through the driver, not through here.
 */
import type { Driver } from 'neo4j-driver';
import { readRecords, type Params } from './records.js';
import { ALL_FIELDS, type Fields } from './shape.js';

/** A read that returns `key, row`. */
export interface KeyedRead {
  query: string;
  params: Params;
}

/** A keyed read's answer: each key's rows, in the read's order; a key without rows is absent. */
export type RowsByKey = ReadonlyMap<string, readonly unknown[]>;

interface Waiting extends KeyedRead {
  resolve: (answer: RowsByKey) => void;
  reject: (error: unknown) => void;
}

// The reads are the few queries of graph/read, joined again and again: each is renamed once per place.
const renamings = new Map<string, string[]>();

/** `$name` as `$_<i>_name`: the parameters of different reads must not meet in the joined query. */
function renamed(query: string, index: number): string {
  let forms = renamings.get(query);
  if (!forms) renamings.set(query, (forms = []));
  return (forms[index] ??= query.replace(/\$(\w+)/gu, `$$_${index}_$1`));
}

/**
 * The reads as one query whose records are `part, key, rows`: `part` the read's place in `reads`,
 * `rows` every row of one key, in the read's order. One record a key, not a row: Neo4j and the driver
 * each pay for every record, and a timeline is fifty rows (a person's timeline on the 10k bench graph,
 * 32 clients: 817 queries/s so, against 681 with a record a row).
 */
function joinedQuery(queries: readonly string[]): string {
  return queries.map((query, index) => `CALL () {${renamed(query, index)}}\nWITH key, collect(row) AS rows\nRETURN ${index} AS part, key, rows`).join('\nUNION ALL\n');
}

function joinedParams(reads: readonly KeyedRead[]): Params {
  const params: Params = {};
  reads.forEach((read, index) => {
    for (const [name, value] of Object.entries(read.params)) params[`_${index}_${name}`] = value;
  });
  return params;
}

/** Reads sent as one query, straight to the driver: each one's rows by key. */
export async function readKeyed(driver: Driver, reads: readonly KeyedRead[]): Promise<RowsByKey[]> {
  const records = await readRecords(driver, joinedQuery(reads.map((r) => r.query)), joinedParams(reads));
  const answers = reads.map(() => new Map<string, unknown[]>());
  for (const record of records) answers[record.get('part') as number]!.set(record.get('key') as string, record.get('rows') as unknown[]);
  return answers;
}

/** The key a recorded child read is made with, for the id of each row of the list that sends it (listWithChildren). */
export const EACH_ROW = '\u0000each row';

/**
 * A list read and the keyed reads its rows' fields will make, as one query: the list in its own
 * CALL, its rows collected, then each child read (recorded with `EACH_ROW` as its one key) run for
 * the ids of those rows, its parameters renamed apart. A list and what each of its items shows
 * (a body's meetings and who chaired each) is then one round trip, not two.
 */
function listWithChildrenQuery(list: string, children: readonly KeyedRead[]): string {
  const parts = children.map(({ query }, index) => `CALL (rowIds) {
  CALL (rowIds) {${renamed(query, index).replace(`$_${index}_keys`, 'rowIds')}}
  WITH key, collect(row) AS rows
  RETURN collect([key, rows]) AS child${index}
}`);
  return `CALL () {${list}}
WITH collect({row: row, key: key}) AS list
WITH list, [item IN list | item.row.id] AS rowIds
${parts.join('\n')}
RETURN list${children.map((_, index) => `, child${index}`).join('')}`;
}

/** How a request files an answer: the read's text and its parameters. */
const answerId = (query: string, params: Params): string => `${query}\u0000${JSON.stringify(params)}`;

export class ReadBatch {
  private waiting: Waiting[] = [];
  private readonly answers = new Map<string, Promise<RowsByKey>>();
  /** The field names of the request's document, which shape its rows (shape.ts); set once it is known. */
  fields: Fields = ALL_FIELDS;

  constructor(readonly driver: Driver) {}

  /** The rows by key of a query that returns `key, row`, sent with the other reads of this turn. */
  rowsByKey(query: string, params: Params): Promise<RowsByKey> {
    const id = answerId(query, params);
    let answer = this.answers.get(id);
    if (!answer) {
      answer = new Promise<RowsByKey>((resolve, reject) => {
        // setImmediate, not a microtask: DataLoader dispatches each loader on its own tick, and
        // every loader of the turn must have asked before the batch leaves.
        if (this.waiting.push({ query, params, resolve, reject }) === 1) setImmediate(() => void this.send());
      });
      this.answers.set(id, answer);
    }
    return answer;
  }

  /**
   * The rows of `list` (a query returning `row, key`, each row with its `id`), read together with
   * `children`. Once the caller knows which rows it shows, `keep(ids)` files each child's answer as
   * the read it stands for, asked for exactly those ids, so the loaders that ask it find it done.
   */
  async listWithChildren(list: string, params: Params, children: readonly KeyedRead[]): Promise<{ rows: unknown[]; keep(ids: readonly string[]): void }> {
    const childParams = joinedParams(children.map((child) => ({ ...child, params: Object.fromEntries(Object.entries(child.params).filter(([name]) => name !== 'keys')) })));
    const [record] = await readRecords(this.driver, listWithChildrenQuery(list, children), { ...params, ...childParams });
    return {
      rows: record!.get('list') as unknown[],
      keep: (ids) => {
        children.forEach((child, index) => {
          const answer = new Map(record!.get(`child${index}`) as [string, unknown[]][]);
          const asked = { ...child.params, keys: [...new Set(ids)] };
          this.answers.set(answerId(child.query, asked), Promise.resolve(answer));
        });
      },
    };
  }

  private async send(): Promise<void> {
    const reads = this.waiting;
    this.waiting = [];
    try {
      (await readKeyed(this.driver, reads)).forEach((answer, index) => reads[index]!.resolve(answer));
    } catch (error) {
      if (reads.length === 1) return reads[0]!.reject(error);
      // One read's failure (a bad input that only Neo4j sees) must not fail the others: each is
      // asked again alone, and keeps its own answer or its own error.
      await Promise.all(reads.map((read) => readKeyed(this.driver, [read]).then(([answer]) => read.resolve(answer!), read.reject)));
    }
  }
}

/**
 * A batch that sends nothing: it notes the keyed reads asked of it and answers each with no rows.
 * A list records what its items' fields would read for one item (keyed `EACH_ROW`), to send it with
 * its own read (ReadBatch.listWithChildren).
 */
export class RecordingBatch extends ReadBatch {
  readonly recorded: KeyedRead[] = [];

  constructor(of: ReadBatch) {
    super(of.driver);
    this.fields = of.fields;
  }

  override rowsByKey(query: string, params: Params): Promise<RowsByKey> {
    this.recorded.push({ query, params });
    return Promise.resolve(new Map());
  }
}
