import { useEffect, useState } from 'preact/hooks';
import type { TadaDocumentNode } from 'gql.tada';
import { request, RequestError } from './graphql.ts';

export type QueryState<R> =
  | { status: 'loading' }
  | { status: 'error'; error: RequestError }
  | { status: 'done'; data: R };

/** Runs the operation whenever `key` changes; a newer request cancels the one still running. */
export function useQuery<R, V>(document: TadaDocumentNode<R, V>, variables: V, key: string): QueryState<R> {
  const [state, setState] = useState<QueryState<R>>({ status: 'loading' });
  useEffect(() => {
    const controller = new AbortController();
    setState({ status: 'loading' });
    request(document, variables, controller.signal).then(
      (data) => setState({ status: 'done', data }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setState({ status: 'error', error: error instanceof RequestError ? error : new RequestError(String(error), null) });
      },
    );
    return () => controller.abort();
    // `key` stands for the variables: objects made anew at each render must not refetch.
  }, [key]);
  return state;
}
