/**
 * Reading ahead from node(id): the id alone says which type it names, and the query says which of
 * that type's fields it asks, so the reads those fields will make can start with the node's own
 * read. They dispatch in the same turn and leave as one query (graph/read/batch.ts), and when the
 * fields resolve, their loaders find the answers kept: a person with their timeline, a body with
 * its members on a date, a meeting with its people and reports, in one round trip instead of two.
 *
 * A field opts in by the read its loader makes for one parent (`readAhead` in its extensions), so
 * the two cannot drift apart: the same call with the same id and arguments is the same read.
 */
import { getArgumentValues, isObjectType, Kind, type FieldNode, type GraphQLObjectType, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import { EACH_ROW, RecordingBatch, type KeyedRead } from '../graph/read/batch.js';
import type { Context } from './context.js';
import type { Asked } from './selection.js';

/** The read a field's loader makes for the parent of `id`, with the field's arguments and its place in the query. */
export type ReadAhead = (ctx: Context, id: string, args: Record<string, unknown>, asked: Asked) => Promise<unknown>;

/** A field's `extensions` that let node(id) start its read. */
export const readAheadExtension = (read: ReadAhead) => ({ readAhead: read });

const appliesTo = (type: GraphQLObjectType, condition: string | undefined): boolean =>
  condition === undefined || condition === type.name || type.getInterfaces().some((i) => i.name === condition);

/** The fields asked of `type` directly in `selectionSet`, through the fragments that apply to it. */
function fieldsAsked(type: GraphQLObjectType, selectionSet: SelectionSetNode | undefined, info: GraphQLResolveInfo, into: FieldNode[], seen: Set<string>): FieldNode[] {
  for (const selection of selectionSet?.selections ?? []) {
    if (selection.kind === Kind.FIELD) into.push(selection);
    else if (selection.kind === Kind.INLINE_FRAGMENT) {
      if (appliesTo(type, selection.typeCondition?.name.value)) fieldsAsked(type, selection.selectionSet, info, into, seen);
    } else if (!seen.has(selection.name.value)) {
      seen.add(selection.name.value);
      const fragment = info.fragments[selection.name.value];
      if (fragment && appliesTo(type, fragment.typeCondition.name.value)) fieldsAsked(type, fragment.selectionSet, info, into, seen);
    }
  }
  return into;
}

/** The fields asked of `typename` in `fieldNodes` (the nodes of one field, or of one item of a list) and each one's read ahead. */
function readsAsked(typename: string, fieldNodes: readonly FieldNode[], info: GraphQLResolveInfo): { read: ReadAhead; args: Record<string, unknown>; node: FieldNode }[] {
  const type = info.schema.getType(typename);
  if (!isObjectType(type)) return [];
  const seen = new Set<string>();
  const fields = type.getFields();
  return fieldNodes.flatMap((fieldNode) => fieldsAsked(type, fieldNode.selectionSet, info, [], seen)).flatMap((node) => {
    const field = fields[node.name.value];
    const read = field?.extensions.readAhead as ReadAhead | undefined;
    if (!field || !read) return [];
    try {
      return [{ read, args: getArgumentValues(field, node, info.variableValues), node }];
    } catch {
      return []; // the field reports its own bad arguments when it resolves
    }
  });
}

/** Starts the reads of the fields asked of the node `id` names, a `typename`, under the field `info` resolves. */
export function readAhead(ctx: Context, typename: string, id: string, info: GraphQLResolveInfo): void {
  for (const { read, args, node } of readsAsked(typename, info.fieldNodes, info)) {
    // Nobody awaits this promise: the field that makes the read gets the same answer, an error too, and reports it.
    read(ctx, id, args, { fieldNodes: [node], fragments: info.fragments }).catch(() => undefined);
  }
}

/** The nodes of the field at `path` below `fieldNodes` ("edges", "node": the items of a connection). */
function nodesAt(fieldNodes: readonly FieldNode[], path: readonly string[], info: GraphQLResolveInfo): FieldNode[] {
  let nodes = [...fieldNodes];
  for (const name of path) {
    const seen = new Set<string>();
    nodes = nodes.flatMap((node) => selectedAnywhere(node.selectionSet, info, seen)).filter((node) => node.name.value === name);
  }
  return nodes;
}

/** Fields selected directly in `selectionSet`, through any fragment (a connection's fields have one type). */
function selectedAnywhere(selectionSet: SelectionSetNode | undefined, info: GraphQLResolveInfo, seen: Set<string>, into: FieldNode[] = []): FieldNode[] {
  for (const selection of selectionSet?.selections ?? []) {
    if (selection.kind === Kind.FIELD) into.push(selection);
    else if (selection.kind === Kind.INLINE_FRAGMENT) selectedAnywhere(selection.selectionSet, info, seen, into);
    else if (!seen.has(selection.name.value)) {
      seen.add(selection.name.value);
      selectedAnywhere(info.fragments[selection.name.value]?.selectionSet, info, seen, into);
    }
  }
  return into;
}

/**
 * The keyed reads the fields asked of each item of a list will make, as made for one item keyed
 * `EACH_ROW`: the list sends them with its own read (ReadBatch.listWithChildren), and the items'
 * loaders then find their answers kept. `path` leads from the list field to an item ("edges", "node").
 */
export function readsOfEachItem(ctx: Context, typename: string, info: GraphQLResolveInfo, path: readonly string[]): KeyedRead[] {
  const recorder = new RecordingBatch(ctx.reads);
  const recording: Context = { ...ctx, reads: recorder };
  for (const { read, args, node } of readsAsked(typename, nodesAt(info.fieldNodes, path, info), info)) {
    read(recording, EACH_ROW, args, { fieldNodes: [node], fragments: info.fragments }).catch(() => undefined);
  }
  return recorder.recorded;
}

/**
 * The loading half of a field loaded by its parent's id, read ahead from node(id): `read` answers a
 * batch of ids, `shape` turns one id's answer into the field's value (a page, say).
 */
export function byParentId<Args, Answer, Loaded>(read: (ctx: Context, ids: string[], args: Args) => Promise<Answer[]>, shape: (answer: Answer, args: Args) => Loaded) {
  return {
    load: async (ids: string[], ctx: Context, args: Args) => (await read(ctx, ids, args)).map((answer) => shape(answer, args)),
    resolve: (parent: { id: string }) => parent.id,
    extensions: readAheadExtension((ctx, id, args) => read(ctx, [id], args as Args)),
  };
}
