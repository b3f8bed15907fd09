/**
 * The read load of the soak: the playground's questions, as clients ask them, and a few requests the
 * limits must refuse. Every response is sorted into answered, refused as intended, or an error.
 */
import autocannon from 'autocannon';
import { EXAMPLES } from '../../src/api/playground.js';

interface Probe {
  name: string;
  body: { query: string; variables?: Record<string, unknown> };
  /** True for a request the limits exist to refuse. */
  refused: boolean;
}

const REFUSED: Probe[] = [
  { name: 'page of 500', refused: true, body: { query: 'query Big($n: Int) { meetings(first: $n) { edges { node { id } } } }', variables: { n: 500 } } },
  { name: '40 aliases', refused: true, body: { query: `{ ${Array.from({ length: 40 }, (_, i) => `h${i}: health { ok }`).join(' ')} }` } },
  { name: 'depth 14', refused: true, body: { query: `{ meetings { edges { node { chairs { person { meetings { edges { node { chairs { person { meetings { edges { node { id } } } } } } } } } } } } } }` } },
];

const QUESTIONS: Probe[] = [
  { name: 'health', refused: false, body: { query: '{ health { ok nodeCount } }' } },
  ...EXAMPLES.map((e) => ({ name: e.name, refused: false, body: { query: e.query, ...(e.variables ? { variables: e.variables } : {}) } })),
];

/** What every connection asks, in turn: questions, the first few each followed by a refusal, so even a short or slow run meets every kind. */
export const PROBES: Probe[] = QUESTIONS.flatMap((question, i) => [question, ...REFUSED.slice(i, i + 1)]);

// Codes the limits answer with; HTTP 429 too, should a rate limit stand in front.
const LIMIT_REASONS = new Set(['LIMIT', 'BAD_PAGE_SIZE']);

export interface LoadTally {
  requests: number;
  answered: number;
  refused: number;
  /** Responses that were neither an answer nor an intended refusal, by kind, with one example each. */
  errors: Map<string, { count: number; example: string }>;
  /** Connection errors and timeouts (autocannon's own count). */
  transportErrors: number;
  latencyP99Ms: number;
}

interface GraphQLBody {
  data?: unknown;
  errors?: { message?: string; extensions?: { code?: string; reason?: string } }[];
}

function classify(probe: Probe, status: number, raw: string): 'answered' | 'refused' | string {
  if (status === 429) return 'refused';
  let body: GraphQLBody;
  try {
    body = JSON.parse(raw) as GraphQLBody;
  } catch {
    return `${probe.name}: HTTP ${status}, not JSON`;
  }
  const errors = body.errors ?? [];
  if (errors.length === 0) return status === 200 && !probe.refused ? 'answered' : `${probe.name}: HTTP ${status}, ${probe.refused ? 'not refused' : 'no data'}`;
  if (probe.refused && errors.every((e) => LIMIT_REASONS.has(e.extensions?.reason ?? ''))) return 'refused';
  return `${probe.name}: ${errors.map((e) => e.extensions?.code ?? 'no code').join(', ')}`;
}

export async function runLoad(url: string, options: { seconds: number; connections: number }): Promise<LoadTally> {
  const tally: LoadTally = { requests: 0, answered: 0, refused: 0, errors: new Map(), transportErrors: 0, latencyP99Ms: 0 };
  const requests = PROBES.map((probe) => ({
    method: 'POST' as const,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(probe.body),
    onResponse: (status: number, body: string) => {
      tally.requests++;
      const kind = classify(probe, status, body);
      if (kind === 'answered') tally.answered++;
      else if (kind === 'refused') tally.refused++;
      else {
        const seen = tally.errors.get(kind) ?? { count: 0, example: body.slice(0, 300) };
        seen.count++;
        tally.errors.set(kind, seen);
      }
    },
  }));
  const result = await autocannon({ url, connections: options.connections, duration: options.seconds, requests, timeout: 30 });
  tally.transportErrors = result.errors + result.timeouts;
  tally.latencyP99Ms = result.latency.p99;
  return tally;
}
