import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runExtract, type ExtractFn } from '../../src/cli/extract.js';
import type { Extraction } from '../../src/extract/types.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

const INPUT = [
  JSON.stringify({ id: 'good', text: 'Print Thứ Hai, 06/05/2024 10:00\n\nSáng 6/5, Sở Nội vụ tổ chức hội nghị.', url: null }),
  '{"id": "broken", "text": "unterminated',
  JSON.stringify({ id: 'empty', text: '', url: null }),
].join('\n') + '\n';

/** A stand-in extractor so these tests exercise the command, not the pipeline. */
const fakeExtract: ExtractFn = (text) => {
  if (text.includes('BOOM')) throw new Error('boom');
  return {
    article: { title: null, publishedAt: null, author: null, body: text, place: null },
    people: [], organizations: [], meetings: [], warnings: [],
  };
};

async function runInProcess(argv: string[], input: string): Promise<{ code: number; out: string; err: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const chunks: string[] = [];
  const errs: string[] = [];
  stdout.on('data', (c: Buffer) => chunks.push(c.toString('utf8')));
  stderr.on('data', (c: Buffer) => errs.push(c.toString('utf8')));
  const code = await runExtract(argv, { stdin: Readable.from([input]), stdout, stderr, extract: fakeExtract });
  return { code, out: chunks.join(''), err: errs.join('') };
}

const parseLines = (out: string): Array<{ id: unknown } & Extraction> =>
  out.split('\n').filter(Boolean).map((l) => JSON.parse(l) as { id: unknown } & Extraction);

describe('runExtract --jsonl (in process)', () => {
  it('writes one line per input line, in order, with warnings for bad lines', async () => {
    const { code, out } = await runInProcess(['--jsonl'], INPUT);
    expect(code).toBe(0);
    const rows = parseLines(out);
    expect(rows.map((r) => r.id)).toEqual(['good', 'broken', 'empty']);
    expect(rows[0]!.warnings).toEqual([]);
    expect(rows[1]!.warnings.join(' ')).toMatch(/not valid JSON/);
    expect(rows[2]!.warnings).toContain('empty text');
  });
  it('survives an extractor that throws and inputs of the wrong shape', async () => {
    const input = [
      JSON.stringify({ id: 7, text: 'BOOM' }),
      '[1,2]',
      JSON.stringify({ id: 'x', text: 42 }),
      '',
      'null',
    ].join('\n');
    const { code, out } = await runInProcess(['--jsonl'], input);
    expect(code).toBe(0);
    const rows = parseLines(out);
    expect(rows).toHaveLength(4);
    expect(rows[0]).toMatchObject({ id: 7, warnings: ['extractor failed: boom'] });
    expect(rows[1]!.warnings.join(' ')).toMatch(/not a JSON object/);
    expect(rows[2]!.warnings.join(' ')).toMatch(/no "text"/);
  });
  it('exits 1 when stdin cannot be read', async () => {
    const stdin = new Readable({ read() { this.destroy(new Error('EIO')); } });
    const stderr = new PassThrough();
    const errs: string[] = [];
    stderr.on('data', (c: Buffer) => errs.push(c.toString('utf8')));
    const code = await runExtract(['--jsonl'], { stdin, stdout: new PassThrough(), stderr, extract: fakeExtract });
    expect(code).toBe(1);
    expect(errs.join('')).toMatch(/cannot read stdin/);
  });
  it('streams: a large input goes through line by line with a slow consumer', async () => {
    const many = Array.from({ length: 2000 }, (_, i) => JSON.stringify({ id: i, text: `Sáng ${(i % 28) + 1}/5, Sở họp.` })).join('\n');
    const stdout = new PassThrough({ highWaterMark: 64 });
    let count = 0;
    let buffered = '';
    stdout.on('data', (c: Buffer) => {
      buffered += c.toString('utf8');
      const parts = buffered.split('\n');
      buffered = parts.pop() ?? '';
      count += parts.length;
    });
    const code = await runExtract(['--jsonl'], { stdin: Readable.from([many]), stdout, stderr: new PassThrough(), extract: fakeExtract });
    expect(code).toBe(0);
    expect(count).toBe(2000);
  });
  it('prints pretty objects for files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'extract-cli-'));
    const file = join(dir, 'a.txt');
    writeFileSync(file, 'Sáng 6/5, Sở họp.');
    const { code, out } = await runInProcess([file], '');
    expect(code).toBe(0);
    expect(out).toContain('\n  "article"');
    expect(JSON.parse(out)).toMatchObject({ id: file, article: { body: 'Sáng 6/5, Sở họp.' } });
  });
  it('reports an unreadable file and exits 1', async () => {
    const { code, out, err } = await runInProcess(['/nonexistent/file.txt'], '');
    expect(code).toBe(1);
    expect(err).toMatch(/cannot read/);
    expect(JSON.parse(out).warnings[0]).toMatch(/cannot read file/);
  });
  it('prints usage without arguments', async () => {
    const { code, err } = await runInProcess([], '');
    expect(code).toBe(2);
    expect(err).toMatch(/usage/);
  });
});

describe('extract command (spawned)', () => {
  it('answers a good line, a broken line and an empty text with three lines, exit 0', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/index.ts', 'extract', '--jsonl'], {
      cwd: ROOT, input: INPUT, encoding: 'utf8', timeout: 60_000,
    });
    expect(r.status, r.stderr).toBe(0);
    const rows = parseLines(r.stdout);
    expect(rows.map((x) => x.id)).toEqual(['good', 'broken', 'empty']);
    expect(rows[0]!.article.publishedAt).toBe('2024-05-06T10:00:00+07:00');
    for (const row of rows) {
      expect(Array.isArray(row.people) && Array.isArray(row.meetings) && Array.isArray(row.warnings)).toBe(true);
    }
    expect(rows[1]!.warnings.length).toBeGreaterThan(0);
  }, 60_000);
});
