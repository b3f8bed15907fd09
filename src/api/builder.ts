/** The one SchemaBuilder: configuration only; object types live in schema/<type>.ts. */
import SchemaBuilder from '@pothos/core';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import { refusal } from './auth.js';
import type { Context } from './context.js';
import { decodeNodeId, encodeNodeId } from './node-ids.js';

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
  },
});

/** The builder's types with Pothos' defaults filled in, for helpers that take refs or argument builders. */
export type Types = PothosSchemaTypes.ExtendDefaultTypes<AppTypes>;

builder.queryType({});
builder.mutationType({ description: 'Writes. Each needs `Authorization: Bearer <API_KEY>`; without API_KEY on the server they are off.' });
