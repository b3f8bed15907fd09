/**
 * Rows shaped by what the query asks: an entry of a row's projection that only some API fields need
 * is written `⟦names:entry⟧`, and left out of the Cypher when none of those field names is in the
 * request's document. Neo4j then builds, and the driver decodes, only what will be shown: on a
 * person's timeline (about 100 rows), most of a read's time is spent on map entries nobody asked for
 * (3.5 ms for the whole rows, 1.8 ms for the asked ones, on the 10k bench graph).
 *
 * The names are GraphQL field names, matched anywhere in the document (a field of that name on any
 * type), so a row may carry an entry it did not need, never lack one it did. A marker holds its own
 * leading comma and no other marker. Reads outside a request (the CLI, exports) ask for everything.
 */

/** The field names of a request's document, or every field. */
export type Fields = ReadonlySet<string> | 'all';

export const ALL_FIELDS: Fields = 'all';

const MARKER = /⟦([\w|]+):([^⟦⟧]*)⟧/gu;

/** An entry of a projection, kept only when one of `fieldNames` ("a|b") is asked. Write it with its leading comma. */
export const whenAsked = (fieldNames: string, entry: string): string => `⟦${fieldNames}:${entry}⟧`;

// The same few queries are shaped again and again for the same documents (Yoga keeps each parsed
// document, and so the set of its names): one text per query and document.
const shapedFor = new WeakMap<ReadonlySet<string>, Map<string, string>>();
const everything = new Map<string, string>();

/** `query` with the entries its markers hold kept or left out for `fields`. */
export function shapeQuery(query: string, fields: Fields): string {
  if (!query.includes('⟦')) return query;
  let texts = fields === 'all' ? everything : shapedFor.get(fields);
  if (!texts) shapedFor.set(fields as ReadonlySet<string>, (texts = new Map()));
  let text = texts.get(query);
  if (text === undefined) {
    text = query.replace(MARKER, (_marker, names: string, entry: string) =>
      fields === 'all' || names.split('|').some((name) => fields.has(name)) ? entry : '');
    texts.set(query, text);
  }
  return text;
}
