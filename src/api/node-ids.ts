/**
 * Node ids. The graph's ids are readable and start with their kind ("person:dao-khanh-ha",
 * "meeting:2022-12-27/…"), so the API uses them as they are instead of base64 "Type:id": a
 * journalist can read, share and type them, and node(id) still knows which type to load.
 */
import { GraphQLError } from 'graphql';
import { ID_PREFIX, type NodeLabel } from '../graph/write/keys.js';

const TYPE_OF_PREFIX: ReadonlyMap<string, NodeLabel> = new Map(Object.entries(ID_PREFIX).map(([label, prefix]) => [prefix, label as NodeLabel]));
const PREFIXES = [...TYPE_OF_PREFIX.keys()].map((p) => `"${p}:"`).join(', ');

export function encodeNodeId(_typename: string, id: bigint | number | string): string {
  return String(id);
}

export function decodeNodeId(globalId: string): { typename: string; id: string } {
  const typename = TYPE_OF_PREFIX.get(globalId.slice(0, globalId.indexOf(':')));
  if (!typename) {
    throw new GraphQLError(`"${globalId}" is not an id of this graph; ids start with ${PREFIXES}`, {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  return { typename, id: globalId };
}
