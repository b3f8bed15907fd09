/** A page about one node: loading, failure and an unknown id said the same way for every kind. */
import type { TadaDocumentNode } from 'gql.tada';
import type { VNode } from 'preact';
import { Failed, Loading, NotFound } from './states.tsx';
import { useQuery } from './use-query.ts';

interface NodeResult {
  node: { __typename: string } | null;
}

interface Props<R extends NodeResult, T extends string> {
  id: string;
  /** How the reader calls it: "person", "body", … */
  kind: string;
  typename: T;
  document: TadaDocumentNode<R, { id: string }>;
  children: (node: Extract<NonNullable<R['node']>, { __typename: T }>) => VNode;
}

export function NodePage<R extends NodeResult, T extends string>({ id, kind, typename, document, children }: Props<R, T>) {
  const state = useQuery(document, { id }, id);
  if (state.status === 'loading') return <Loading what={`the ${kind}`} />;
  if (state.status === 'error') return <Failed what={`the ${kind}`} error={state.error} />;
  const node = state.data.node;
  if (node?.__typename !== typename) return <NotFound kind={kind} id={id} />;
  return children(node as Extract<NonNullable<R['node']>, { __typename: T }>);
}
