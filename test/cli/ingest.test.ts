import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import type { Driver } from 'neo4j-driver';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runIngest, type GraphHandle } from '../../src/cli/ingest.js';
import { ingestSeed, type IngestManyFn } from '../../src/cli/ingest-run.js';
import type { ExtractFn } from '../../src/cli/shared.js';
import type { ArticleInput, IngestOutcome } from '../../src/graph/write/types.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ingest-cli-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const put = (name: string, content: string): void => writeFileSync(join(dir, name), content);

/** A stand-in writer: the text says what happens to the article. */
function fakeWriter() {
  const seen: ArticleInput[] = [];
  const batchSizes: Array<number | undefined> = [];
  const ingestMany: IngestManyFn = async (_driver, inputs, { batchSize, onOutcome }) => {
    batchSizes.push(batchSize);
    for await (const input of inputs) {
      seen.push(input);
      const outcome: IngestOutcome = input.text.includes('REFUSE')
        ? { ok: false, source: input.source, error: 'no usable content' }
        : {
            ok: true,
            source: input.source,
            articleId: `id-${seen.length}`,
            status: input.text.includes('SAME') ? 'unchanged' : input.text.includes('NEWER') ? 'replaced' : 'new',
            warnings: [],
            counts: { nodesCreated: 3, nodesDeleted: input.text.includes('NEWER') ? 2 : 0, relationshipsCreated: 5, relationshipsDeleted: 1 },
          };
      onOutcome(outcome);
    }
  };
  return { ingestMany, seen, batchSizes };
}

interface Run {
  code: number;
  out: string;
  err: string;
  connected: number;
  closed: number;
}

async function run(argv: string[], options: { ingestMany?: IngestManyFn; extract?: ExtractFn; tty?: boolean } = {}): Promise<Run> {
  const stdout = new PassThrough();
  const stderr = Object.assign(new PassThrough(), options.tty ? { isTTY: true, columns: 100 } : {});
  const out: string[] = [];
  const err: string[] = [];
  stdout.on('data', (c: Buffer) => out.push(c.toString('utf8')));
  stderr.on('data', (c: Buffer) => err.push(c.toString('utf8')));
  const result = { connected: 0, closed: 0 };
  const connect = async (): Promise<GraphHandle> => {
    result.connected++;
    return { driver: {} as Driver, close: async () => void result.closed++ };
  };
  const code = await runIngest(argv, { stdout, stderr, cwd: dir, connect, ingestMany: options.ingestMany ?? fakeWriter().ingestMany, ...(options.extract ? { extract: options.extract } : {}) });
  return { code, out: out.join(''), err: err.join(''), ...result };
}

describe('ingest', () => {
  it('writes every article and sums outcomes and counts in the summary; exit 0', async () => {
    put('a.txt', 'first');
    put('b.txt', 'SAME as before');
    put('c.jsonl', `${JSON.stringify({ id: 1, text: 'NEWER version' })}\n${JSON.stringify({ url: 'https://x.vn/1', text: 'fresh' })}\n`);
    const writer = fakeWriter();
    const r = await run(['a.txt', 'b.txt', 'c.jsonl'], { ingestMany: writer.ingestMany });
    expect(r.code).toBe(0);
    expect(writer.seen.map((a) => a.source)).toEqual(['a.txt', 'b.txt', 'c.jsonl#1', 'https://x.vn/1']);
    expect(r.err).toMatch(/ingest: 4 articles \(2 new, 1 unchanged, 1 replaced, 0 failed\) in \d+\.\d s/);
    expect(r.err).toContain('nodes 12 created, 2 deleted; relationships 20 created, 4 deleted');
    expect(r.out).toBe('');
    expect([r.connected, r.closed]).toEqual([1, 1]);
  });

  it('prints each failure with its file, counts it and exits 1', async () => {
    put('ok.txt', 'fine');
    put('refused.txt', 'REFUSE this');
    put('bad.jsonl', 'not json\n');
    const r = await run(['missing.txt', 'ok.txt', 'refused.txt', 'bad.jsonl']);
    expect(r.code).toBe(1);
    const failed = r.err.split('\n').filter((l) => l.startsWith('failed: '));
    expect(failed).toEqual([
      'failed: missing.txt: no such file or directory',
      'failed: refused.txt: no usable content',
      expect.stringMatching(/^failed: bad\.jsonl:1: not valid JSON/),
    ]);
    expect(r.err).toMatch(/ingest: 4 articles \(1 new, 0 unchanged, 0 replaced, 3 failed\)/);
    expect(r.closed).toBe(1);
  });

  it('passes --batch-size to the writer, 200 when not given', async () => {
    put('a.txt', 'x');
    const writer = fakeWriter();
    expect((await run(['a.txt', '--batch-size', '50'], { ingestMany: writer.ingestMany })).code).toBe(0);
    expect((await run(['--batch-size=7', 'a.txt'], { ingestMany: writer.ingestMany })).code).toBe(0);
    expect((await run(['a.txt'], { ingestMany: writer.ingestMany })).code).toBe(0);
    expect(writer.batchSizes).toEqual([50, 7, 200]);
  });

  it.each([
    [[], /no PATH/],
    [['a.txt', '--frobnicate'], /--frobnicate/],
    [['a.txt', '--batch-size', '0'], /--batch-size .*got "0"/],
    [['a.txt', '--batch-size', 'ten'], /--batch-size .*got "ten"/],
    [['a.txt', '--batch-size', '2.5'], /got "2\.5"/],
    [['a.txt', '--batch-size'], /--batch-size/],
  ])('exits 2 on a usage error (%j), naming it, without connecting', async (argv, message) => {
    const r = await run(argv);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
    expect(r.err).toMatch(/usage: ingest/);
    expect(r.connected).toBe(0);
  });

  it('shows plain progress lines, not a redrawn bar, when stderr is not a terminal', async () => {
    put('many.jsonl', Array.from({ length: 2500 }, (_, i) => JSON.stringify({ id: i, text: `article ${i}` })).join('\n'));
    const r = await run(['many.jsonl']);
    expect(r.code).toBe(0);
    expect(r.err).not.toMatch(/[\r\x1b]/);
    expect(r.err).toMatch(/^1000 articles, [\d.–]+ articles\/s$/m);
    expect(r.err).toMatch(/^2000 articles/m);
    expect(r.err).toMatch(/ingest: 2500 articles \(2500 new/);
  });

  it('redraws one line on a terminal and clears it before the summary', async () => {
    put('a.txt', 'x');
    put('b.txt', 'REFUSE');
    const r = await run(['a.txt', 'b.txt'], { tty: true });
    expect(r.err).toContain('\r\x1b[K[');
    expect(r.err).toContain('\r\x1b[Kfailed: b.txt: no usable content\n');
    expect(r.err).toMatch(/\r\x1b\[Kingest: 2 articles/);
  });

  it('--quiet prints failures only', async () => {
    put('a.txt', 'x');
    const r = await run(['a.txt', 'missing.txt', '--quiet'], { tty: true });
    expect(r.code).toBe(1);
    expect(r.err).toBe('failed: missing.txt: no such file or directory\n');
  });

  it('--dry-run prints extractions as JSON lines, reports read failures and never touches the database', async () => {
    put('a.txt', 'Sáng 6/5, Sở họp.');
    put('b.jsonl', `${JSON.stringify({ url: 'https://x.vn/2', text: 'second' })}\n{oops\n`);
    const ingestMany: IngestManyFn = async () => {
      throw new Error('must not be called');
    };
    const extract: ExtractFn = (text, opts) => ({
      article: { title: null, publishedAt: null, author: null, body: text, place: opts.url ?? null },
      people: [],
      organizations: [],
      meetings: [],
      warnings: [],
    });
    const r = await run(['--dry-run', 'a.txt', 'b.jsonl'], { ingestMany, extract });
    expect(r.code).toBe(1);
    expect(r.connected).toBe(0);
    const rows = r.out.trim().split('\n').map((l) => JSON.parse(l) as { source: string; article: { body: string; place: string | null } });
    expect(rows).toMatchObject([
      { source: 'a.txt', article: { body: 'Sáng 6/5, Sở họp.', place: null } },
      { source: 'https://x.vn/2', article: { body: 'second', place: 'https://x.vn/2' } },
    ]);
    expect(r.err).toMatch(/^failed: b\.jsonl:2: not valid JSON/m);
    expect(r.err).toMatch(/ingest --dry-run: 2 articles extracted, 1 failed/);
  });
});

describe('ingestSeed', () => {
  it('loads seed/ with identities relative to the repo root, whatever the cwd, in one summary line', async () => {
    const writer = fakeWriter();
    const lines: string[] = [];
    await ingestSeed({ driver: {} as Driver, log: (l) => lines.push(l), ingestMany: writer.ingestMany });
    expect(writer.seen.length).toBeGreaterThan(0);
    for (const article of writer.seen) expect(article.source).toMatch(/^seed\/[^/]+\.txt$/);
    expect(lines).toEqual([expect.stringMatching(new RegExp(`^seed: ${writer.seen.length} articles \\(${writer.seen.length} new, 0 unchanged`))]);
  });

  it('logs a failing seed instead of throwing', async () => {
    const lines: string[] = [];
    const ingestMany: IngestManyFn = async () => {
      throw new Error('Neo4j went away');
    };
    await expect(ingestSeed({ driver: {} as Driver, log: (l) => lines.push(l), ingestMany })).resolves.toBeUndefined();
    expect(lines).toEqual(['seed: not loaded: Neo4j went away']);
  });
});
