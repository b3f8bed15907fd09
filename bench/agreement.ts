/**
 * Before any load: every sampled input asked of the three servers, each answer in its canonical
 * form, all three equal. A difference names the operation, the input and where the answers part.
 */
import { isDeepStrictEqual } from 'node:util';
import { IMPLEMENTATIONS, OPERATION_NAMES, operationNamed, type Implementation, type OperationName } from './operations.js';
import type { Sample } from './sample.js';

/** Longer than any answer of a working server, even on the largest graph. */
const ANSWER_TIMEOUT_MS = 60_000;

export class DisagreementError extends Error {
  override name = 'DisagreementError';
}

/** The first place two canonical answers differ: "participants[3].evidence: [...] ≠ [...]". */
export function firstDifference(a: unknown, b: unknown, path = ''): string | null {
  if (isDeepStrictEqual(a, b)) return null;
  if (typeof a === 'object' && a !== null && typeof b === 'object' && b !== null && Array.isArray(a) === Array.isArray(b)) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
    for (const key of keys) {
      const inner = firstDifference((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], Array.isArray(a) ? `${path}[${key}]` : path ? `${path}.${key}` : key);
      if (inner !== null) return inner;
    }
  }
  const show = (v: unknown) => (JSON.stringify(v) ?? 'undefined').slice(0, 300);
  return `${path || '(answer)'}: ${show(a)} ≠ ${show(b)}`;
}

export async function ask(url: string, request: { path: string; body: string }): Promise<unknown> {
  const response = await fetch(url + request.path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: request.body, signal: AbortSignal.timeout(ANSWER_TIMEOUT_MS) });
  const text = await response.text();
  if (!response.ok) throw new DisagreementError(`${url}${request.path} answered ${response.status}: ${text.slice(0, 300)}`);
  return JSON.parse(text);
}

/** Throws on the first input whose answers differ; returns how many inputs each operation was checked on. */
export async function checkAgreement(urls: Record<Implementation, string>, sample: Sample): Promise<Record<OperationName, number>> {
  const checked = {} as Record<OperationName, number>;
  for (const name of OPERATION_NAMES) {
    const operation = operationNamed(name);
    const inputs: readonly unknown[] = sample[name];
    if (inputs.length === 0) throw new DisagreementError(`${name}: the graph gave no input to ask it with`);
    for (const input of inputs) {
      const answers = await Promise.all(IMPLEMENTATIONS.map(async (impl) => {
        try {
          return operation.canonical(impl, await ask(urls[impl], operation.request(impl, input)));
        } catch (error) {
          throw new DisagreementError(`${name} ${JSON.stringify(input)}: ${impl}: ${error instanceof Error ? error.message : String(error)}`);
        }
      }));
      for (const [i, impl] of IMPLEMENTATIONS.entries()) {
        const difference = firstDifference(answers[0], answers[i]);
        if (difference !== null) throw new DisagreementError(`${name} ${JSON.stringify(input)}: ours and ${impl} differ at ${difference}`);
      }
    }
    checked[name] = inputs.length;
  }
  return checked;
}
