/**
 * Look-ahead into the query: whether a field is asked anywhere below the one being resolved, so a
 * loader can leave out what nobody will read. It answers by name alone, through fragments and at
 * any depth, so it may say yes for a field of the same name on another type (reading a little
 * more), never no for one that is asked.
 */
import { Kind, visit, type DocumentNode, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Context } from './context.js';

// The same document is resolved for every parent of a level: walk its selections once.
const answers = new WeakMap<readonly FieldNode[], Map<string, boolean>>();

function mentions(selectionSet: SelectionSetNode | undefined, name: string, info: Asked, seen: Set<string>): boolean {
  for (const selection of selectionSet?.selections ?? []) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value === name || mentions(selection.selectionSet, name, info, seen)) return true;
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      if (mentions(selection.selectionSet, name, info, seen)) return true;
    } else if (!seen.has(selection.name.value)) {
      seen.add(selection.name.value);
      if (mentions(info.fragments[selection.name.value]?.selectionSet, name, info, seen)) return true;
    }
  }
  return false;
}

/** A field's place in a query: its nodes (one per time it is written) and the document's fragments. */
export type Asked = Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>;

/** Whether `name` is selected anywhere below the field `info` resolves. */
export function asksBelow(info: Asked, name: string): boolean {
  let byName = answers.get(info.fieldNodes);
  if (!byName) answers.set(info.fieldNodes, (byName = new Map()));
  let answer = byName.get(name);
  if (answer === undefined) {
    answer = info.fieldNodes.some((node) => mentions(node.selectionSet, name, info, new Set()));
    byName.set(name, answer);
  }
  return answer;
}

// Yoga keeps each parsed document, so a document's names are gathered once.
const namesIn = new WeakMap<DocumentNode, ReadonlySet<string>>();

/** Every field name a document selects, in any operation or fragment. */
export function fieldNamesIn(document: DocumentNode): ReadonlySet<string> {
  let names = namesIn.get(document);
  if (!names) {
    const found = new Set<string>();
    visit(document, { Field: (node) => void found.add(node.name.value) });
    namesIn.set(document, (names = found));
  }
  return names;
}

/** The request's rows carry only the entries its document names a field for (graph/read/shape.ts). */
export const useShapedRows = (): Plugin<Context> => ({
  onExecute: ({ args }) => {
    (args.contextValue as Context).reads.fields = fieldNamesIn(args.document);
  },
});
