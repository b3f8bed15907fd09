/** The one SchemaBuilder: configuration only; object types live in schema/<type>.ts. */
import SchemaBuilder from '@pothos/core';
import type { Context } from './context.js';

export interface SchemaTypes {
  Context: Context;
  DefaultFieldNullability: false;
}

export const builder = new SchemaBuilder<SchemaTypes>({
  defaultFieldNullability: false,
});

builder.queryType({});
