/** What the reader sees while a page loads, when it fails and when there is nothing to show. */
import type { ComponentChildren } from 'preact';
import type { RequestError } from './graphql.ts';

export function Loading({ what }: { what: string }) {
  return (
    <p class="state state-loading" role="status">
      Loading {what}…
    </p>
  );
}

export function Failed({ what, error }: { what: string; error: RequestError }) {
  return (
    <div class="state state-error" role="alert">
      <strong>Could not load {what}.</strong> {error.message}
    </div>
  );
}

export function NotFound({ kind, id }: { kind: string; id: string }) {
  return (
    <div class="state state-not-found" role="alert">
      <h1>No {kind} with this address</h1>
      <p>
        Nothing in the graph has the id <code>{id}</code>. The address may be mistyped, or the {kind} was merged into
        another. Search for the name above.
      </p>
    </div>
  );
}

export function Empty({ children }: { children: ComponentChildren }) {
  return <p class="state state-empty">{children}</p>;
}
