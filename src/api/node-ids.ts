/**
 * Node ids. The graph's ids are readable and start with their kind ("person:dao-khanh-ha",
 * "meeting:2022-12-27/…"), so the API uses them as they are instead of base64 "Type:id": a
 * journalist can read, share and type them, and node(id) still knows which type to load.
 */
import { GraphQLError } from 'graphql';

const TYPE_OF_PREFIX: Readonly<Record<string, string>> = {
  person: 'Person',
  org: 'Organization',
  position: 'Position',
  tenure: 'Tenure',
  meeting: 'Meeting',
  article: 'Article',
  place: 'Place',
};

export function encodeNodeId(_typename: string, id: bigint | number | string): string {
  return String(id);
}

export function decodeNodeId(globalId: string): { typename: string; id: string } {
  const typename = TYPE_OF_PREFIX[globalId.slice(0, globalId.indexOf(':'))];
  if (!typename) {
    throw new GraphQLError(`"${globalId}" is not an id of this graph; ids start with ${Object.keys(TYPE_OF_PREFIX).map((p) => `"${p}:"`).join(', ')}`, {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  return { typename, id: globalId };
}
