/** The one SchemaBuilder: configuration only; object types live in schema/<type>.ts. */
import SchemaBuilder from '@pothos/core';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import { ReadInputError } from '../graph/errors.js';
import { MAX_PAGE_SIZE } from '../graph/read/page.js';
import { refusal } from './auth.js';
import type { Context } from './context.js';
import { decodeNodeId, encodeNodeId } from './node-ids.js';
import { readAhead } from './read-ahead.js';

export interface AppTypes {
  Context: Context;
  DefaultFieldNullability: false;
  AuthScopes: { curator: boolean };
  Scalars: {
    ID: { Input: string; Output: string };
    Date: { Input: string; Output: string };
    DateTime: { Input: string; Output: string };
  };
}

export const builder = new SchemaBuilder<AppTypes>({
  // Scope auth first, so a refused field never reaches the loaders.
  plugins: [ScopeAuthPlugin, RelayPlugin, DataloaderPlugin],
  defaultFieldNullability: false,
  scopeAuth: {
    authScopes: (ctx) => ({ curator: ctx.auth === 'granted' }),
    unauthorizedError: (_parent, ctx) => refusal(ctx.auth),
  },
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    // Ids are readable and already say their type ("person:dao-khanh-ha"): the same id everywhere.
    encodeGlobalID: encodeNodeId,
    decodeGlobalID: decodeNodeId,
    nodeQueryOptions: {
      resolve: (_root, { id }, ctx, info, resolveNode) => {
        readAhead(ctx, id.typename, id.id, info);
        return resolveNode(id);
      },
    },
    nodesQueryOptions: {
      description: `Nodes by id, in the order given: at most ${MAX_PAGE_SIZE} at once; null for an id that names nothing.`,
      resolve: (_root, { ids }, _ctx, _info, resolveNodes) => {
        if (ids.length > MAX_PAGE_SIZE) throw new ReadInputError('BAD_PAGE_SIZE', `nodes takes at most ${MAX_PAGE_SIZE} ids, got ${ids.length}`);
        return resolveNodes(ids);
      },
    },
  },
});

/** The builder's types with Pothos' defaults filled in, for helpers that take refs or argument builders. */
export type Types = PothosSchemaTypes.ExtendDefaultTypes<AppTypes>;

builder.queryType({});
builder.mutationType({ description: 'Writes. Each needs `Authorization: Bearer <API_KEY>`; without API_KEY on the server they are off.' });
