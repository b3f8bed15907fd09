/** Helpers more than one subcommand needs: error text, backpressured writes and the extractor. */
import { once } from 'node:events';
import type { Extraction, ExtractOptions } from '../extract/types.js';

export type ExtractFn = (text: string, opts: ExtractOptions) => Extraction;

export const messageOf = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/** Writes, waiting when the consumer is slower than us so memory stays flat on large inputs. */
export async function write(out: NodeJS.WritableStream, chunk: string): Promise<void> {
  if (!out.write(chunk)) await once(out, 'drain');
}

export function emptyExtraction(warnings: string[]): Extraction {
  return {
    article: { title: null, publishedAt: null, author: null, body: '', place: null },
    people: [],
    organizations: [],
    meetings: [],
    warnings,
  };
}

/** Whatever happens inside the extractor, the caller gets an Extraction back. */
export function safeExtract(extract: ExtractFn, text: string, url: string | null, publishedAt: string | null = null): Extraction {
  try {
    return extract(text, publishedAt === null ? { url } : { url, publishedAt });
  } catch (e) {
    return emptyExtraction([`extractor failed: ${messageOf(e)}`]);
  }
}

/** Loaded on demand so commands that never extract do not pay for the lexicons. */
export async function pipelineExtract(): Promise<ExtractFn> {
  return (await import('../extract/index.js')).extract;
}
