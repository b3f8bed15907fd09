import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSources, type SourceItem } from '../../src/cli/sources.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ingest-sources-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function put(relative: string, content: string | Buffer): void {
  const file = join(dir, relative);
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, content);
}

async function read(paths: string[]): Promise<{ total: number | null; items: SourceItem[] }> {
  const sources = await openSources(paths, { cwd: dir });
  const items: SourceItem[] = [];
  for await (const item of sources.items) items.push(item);
  return { total: sources.total, items };
}

const articles = (items: SourceItem[]) => items.flatMap((i) => (i.ok ? [i.article] : []));
const failures = (items: SourceItem[]) => items.flatMap((i) => (i.ok ? [] : [i]));

describe('openSources', () => {
  it('reads a text file as one article, as is, identified by its path relative to cwd', async () => {
    put('a.txt', '  Sáng 6/5, Sở họp.\r\n');
    const { total, items } = await read(['a.txt']);
    expect(total).toBe(1);
    expect(items).toEqual([{ ok: true, article: { source: 'a.txt', url: null, text: '  Sáng 6/5, Sở họp.\r\n' } }]);
  });

  it('gives the same identity to a file however its path is written', async () => {
    put('sub/a.txt', 'x');
    const { items } = await read([join(dir, 'sub', 'a.txt'), './sub/../sub/a.txt']);
    expect(articles(items).map((a) => a.source)).toEqual(['sub/a.txt', 'sub/a.txt']);
  });

  it('walks a folder recursively in name order, skipping hidden files and folders', async () => {
    put('b.txt', 'b');
    put('a/z.txt', 'az');
    put('a/b/c.txt', 'abc');
    put('A.txt', 'A');
    put('.hidden.txt', 'no');
    put('.git/config', 'no');
    put('a/.cache/x.txt', 'no');
    const { total, items } = await read(['.']);
    expect(total).toBe(4);
    expect(articles(items).map((a) => a.source)).toEqual(['A.txt', 'a/b/c.txt', 'a/z.txt', 'b.txt']);
  });

  it('follows a link to a file but not a link to a folder, so a loop cannot happen', async () => {
    put('d/a.txt', 'a');
    symlinkSync(join(dir, 'd'), join(dir, 'd', 'loop'));
    symlinkSync(join(dir, 'd', 'a.txt'), join(dir, 'd', 'link.txt'));
    const { items } = await read(['d']);
    expect(articles(items).map((a) => a.source)).toEqual(['d/a.txt', 'd/link.txt']);
  });

  it('reads .jsonl line by line: url, else file#id, else file:line; blank lines skipped', async () => {
    put(
      'in.jsonl',
      [
        JSON.stringify({ id: 'x1', url: 'https://example.vn/a', text: 'one' }),
        '',
        JSON.stringify({ id: 7, text: 'two' }),
        '   ',
        JSON.stringify({ text: 'three', url: null }),
        JSON.stringify({ id: '', url: '', text: 'four' }),
      ].join('\r\n'),
    );
    const { total, items } = await read(['in.jsonl']);
    expect(total).toBeNull();
    expect(items).toEqual([
      { ok: true, article: { source: 'https://example.vn/a', url: 'https://example.vn/a', text: 'one' } },
      { ok: true, article: { source: 'in.jsonl#7', url: null, text: 'two' } },
      { ok: true, article: { source: 'in.jsonl:5', url: null, text: 'three' } },
      { ok: true, article: { source: 'in.jsonl:6', url: null, text: 'four' } },
    ]);
  });

  it('reads JSON lines from standard input for "-", between other paths, in order', async () => {
    put('a.txt', 'x');
    const stdin = Readable.from([Buffer.from(`${JSON.stringify({ id: 1, text: 'một' })}\n{"text": `), Buffer.from(`"hai"}\nnot json\n`)]);
    const sources = await openSources(['-', 'a.txt'], { cwd: dir, stdin });
    const items: SourceItem[] = [];
    for await (const item of sources.items) items.push(item);
    expect(sources.total).toBeNull();
    expect(articles(items)).toEqual([
      { source: 'stdin#1', url: null, text: 'một' },
      { source: 'stdin:2', url: null, text: 'hai' },
      { source: 'a.txt', url: null, text: 'x' },
    ]);
    expect(failures(items).map((f) => f.error)).toEqual([expect.stringMatching(/^stdin:3: not valid JSON/u)]);
  });

  it('reports bad .jsonl lines with file and line, and goes on', async () => {
    put(
      'in.jsonl',
      '\uFEFF' +
        [
          '{"id": "broken", "text": "unterminated',
          JSON.stringify({ id: 'a', text: 'fine' }),
          JSON.stringify({ id: 'b' }),
          '[1, 2]',
          JSON.stringify({ id: { x: 1 }, text: 't' }),
          JSON.stringify({ url: 5, text: 't' }),
          JSON.stringify({ id: 'last', text: 'also fine' }),
        ].join('\n') +
        '\n',
    );
    const { items } = await read(['in.jsonl']);
    expect(articles(items).map((a) => a.source)).toEqual(['in.jsonl#a', 'in.jsonl#last']);
    const bad = failures(items);
    expect(bad.map((f) => f.source)).toEqual(['in.jsonl:1', 'in.jsonl:3', 'in.jsonl:4', 'in.jsonl:5', 'in.jsonl:6']);
    expect(bad[0]!.error).toMatch(/^in\.jsonl:1: not valid JSON/);
    expect(bad[1]!.error).toBe('in.jsonl:3: no "text" string');
    expect(bad[2]!.error).toBe('in.jsonl:4: not a JSON object');
    expect(bad[3]!.error).toMatch(/"id" must be/);
    expect(bad[4]!.error).toMatch(/"url" must be/);
    expect(items[1]).toMatchObject({ ok: true }); // failures stay in their place in the stream
  });

  it('streams a .jsonl whose lines span read chunks', async () => {
    const long = 'ư'.repeat(100_000);
    put('big.jsonl', Array.from({ length: 5 }, (_, i) => JSON.stringify({ id: i, text: long })).join('\n'));
    const { items } = await read(['big.jsonl']);
    expect(articles(items).map((a) => a.text === long && a.source)).toEqual([0, 1, 2, 3, 4].map((i) => `big.jsonl#${i}`));
  });

  it('names a missing path and keeps reading the others', async () => {
    put('ok.txt', 'fine');
    const { total, items } = await read(['missing.txt', 'ok.txt', 'gone/']);
    expect(total).toBe(3);
    expect(items).toEqual([
      { ok: false, source: 'missing.txt', error: 'missing.txt: no such file or directory' },
      { ok: true, article: { source: 'ok.txt', url: null, text: 'fine' } },
      { ok: false, source: 'gone', error: 'gone/: no such file or directory' },
    ]);
  });

  it('refuses binary files and invalid UTF-8, saying which and why', async () => {
    put('img.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
    put('latin1.txt', Buffer.from('Hà Nội', 'latin1'));
    put('mixed.jsonl', Buffer.concat([Buffer.from('{"text": "a\u0000'), Buffer.from([0xff]), Buffer.from('"}\n{"text": "ok"}\n')]));
    put('bad.jsonl', Buffer.concat([Buffer.from('{"text": "'), Buffer.from([0xc3, 0x28]), Buffer.from('"}\n')]));
    const { items } = await read(['img.txt', 'latin1.txt', 'mixed.jsonl', 'bad.jsonl']);
    expect(failures(items)).toEqual([
      { ok: false, source: 'img.txt', error: 'img.txt: binary data (NUL bytes), not text' },
      { ok: false, source: 'latin1.txt', error: 'latin1.txt: not valid UTF-8 text' },
      { ok: false, source: 'mixed.jsonl:1', error: 'mixed.jsonl:1: binary data (NUL bytes), not text' },
      { ok: false, source: 'bad.jsonl:1', error: 'bad.jsonl:1: not valid UTF-8 text' },
    ]);
    expect(articles(items)).toEqual([{ source: 'mixed.jsonl:2', url: null, text: 'ok' }]);
  });
});
