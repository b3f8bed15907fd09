/**
 * Asks the playground's examples once, in-process, right after the server starts. Neo4j plans a
 * query the first time it sees it (0.5–1.5 s each here) and the JIT warms up with it; done now, a
 * user's first click in the playground answers in tens of milliseconds instead.
 */
import { EXAMPLES } from './playground.js';
import type { App } from './yoga.js';

/** The examples that answered with errors, by name; the caller decides whether to log them. */
export async function warmUp(app: App): Promise<string[]> {
  const failed: string[] = [];
  for (const example of EXAMPLES) {
    const response = await app.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: example.query, variables: example.variables }),
    });
    const body = (await response.json()) as { errors?: unknown[] };
    if (body.errors?.length) failed.push(example.name);
  }
  return failed;
}
