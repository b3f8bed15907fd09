import { readHealth, type HealthRow } from '../../graph/read/health.js';
import { builder } from '../builder.js';

interface HealthShape {
  ok: boolean;
  row: HealthRow | null;
  error: string | null;
}

export const HealthRef = builder.objectRef<HealthShape>('Health').implement({
  description: 'Whether the service can reach its Neo4j database, and what that database holds.',
  fields: (t) => ({
    ok: t.exposeBoolean('ok', { description: 'True when Neo4j answered.' }),
    neo4jVersion: t.string({ nullable: true, resolve: (h) => h.row?.neo4jVersion ?? null }),
    edition: t.string({ nullable: true, resolve: (h) => h.row?.edition ?? null }),
    nodeCount: t.int({ nullable: true, description: 'Nodes in the graph.', resolve: (h) => h.row?.nodeCount ?? null }),
    error: t.exposeString('error', { nullable: true, description: 'Why Neo4j could not be reached.' }),
  }),
});

builder.queryField('health', (t) =>
  t.field({
    type: HealthRef,
    description: 'Service and database status. Answers even when the database is down.',
    resolve: async (_root, _args, ctx) => {
      try {
        const row = await readHealth(ctx.driver);
        ctx.database.available();
        return { ok: true, row, error: null };
      } catch (error) {
        // The cause names the database's host and port: it goes to the server's log, clients get a plain statement.
        ctx.database.unavailable(error);
        return { ok: false, row: null, error: 'Neo4j is unavailable' };
      }
    },
  }),
);
