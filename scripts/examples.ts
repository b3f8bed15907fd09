/**
 * Runs the playground's example operations against a running server, as a smoke test of a
 * deployment and a quick look at latency: each one `--runs` times in a row, the first (cold query
 * plans) apart from the rest. Exit 1 if any answers with errors.
 *
 *   npm run -s examples -- [--url http://localhost:4000/graphql] [--runs 30]
 */
import { parseArgs } from 'node:util';
import { EXAMPLES } from '../src/api/playground.js';

const { values } = parseArgs({ options: { url: { type: 'string', default: 'http://localhost:4000/graphql' }, runs: { type: 'string', default: '30' } } });
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 2) throw new Error(`--runs must be a whole number of at least 2, got ${values.runs}`);

const quantile = (sorted: readonly number[], q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))]!;
let failed = false;
for (const example of EXAMPLES) {
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    const response = await fetch(values.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: example.query, variables: example.variables }) });
    const body = (await response.json()) as { errors?: { message: string }[] };
    times.push(performance.now() - started);
    if (body.errors?.length) {
      process.stdout.write(`${example.name}: ${body.errors.map((e) => e.message).join('; ')}\n`);
      failed = true;
      break;
    }
  }
  const warm = times.slice(1).sort((a, b) => a - b);
  if (warm.length > 0) {
    process.stdout.write(`${example.name.padEnd(24)} first ${times[0]!.toFixed(0).padStart(5)} ms   then p50 ${quantile(warm, 0.5).toFixed(1).padStart(6)} ms   p90 ${quantile(warm, 0.9).toFixed(1).padStart(6)} ms   (${warm.length} runs)\n`);
  }
}
process.exit(failed ? 1 : 0);
