import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { Progress } from '../../src/cli/progress.js';

function stream(tty: boolean, columns = 200) {
  const s = Object.assign(new PassThrough(), tty ? { isTTY: true, columns } : {});
  const chunks: string[] = [];
  s.on('data', (c: Buffer) => chunks.push(c.toString('utf8')));
  return { s, text: () => chunks.join(''), chunks };
}

describe('Progress', () => {
  it('on a terminal, redraws at most every 100 ms, with a bar when the total is known', () => {
    let now = 0;
    const { s, chunks, text } = stream(true);
    const p = new Progress(s, { now: () => now });
    p.start(40);
    for (let i = 0; i < 39; i++) {
      now += 10;
      p.article();
    }
    // At the start, then once per 100 ms: not at each of the 39 articles.
    expect(chunks).toHaveLength(4);
    expect(chunks.at(-1)).toBe('\r\x1b[K[###############.....] 30 of 40 articles, 100.0 articles/s');
    now += 10;
    p.article();
    expect(chunks.at(-1)).toBe('\r\x1b[K[####################] 40 of 40 articles, 100.0 articles/s');
    p.stop();
    expect(text().endsWith('\r\x1b[K')).toBe(true);
  });

  it('on a terminal, keeps the line narrower than the screen', () => {
    const { s, chunks } = stream(true, 30);
    const p = new Progress(s, { now: () => 0 });
    p.start(null);
    expect(chunks[0]).toBe('\r\x1b[K' + '0 articles, – articles/s'.slice(0, 29));
  });

  it('elsewhere, writes a line every N items or every interval, and one per failure', () => {
    let now = 0;
    const { s, text } = stream(false);
    const p = new Progress(s, { now: () => now, everyItems: 3, everyMs: 1000 });
    p.start(null);
    p.article();
    p.article();
    p.article();
    now = 1500;
    p.article();
    p.fail({ source: 'x.txt', error: 'x.txt: not valid UTF-8 text' });
    p.stop();
    expect(text()).toBe(
      '3 articles, – articles/s\n' + '4 articles, 2.7 articles/s\n' + 'failed: x.txt: not valid UTF-8 text\n',
    );
  });
});
