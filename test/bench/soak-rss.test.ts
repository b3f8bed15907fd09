import { describe, expect, it } from 'vitest';
import { floorBetween, type RssSample } from '../../bench/soak/rss.js';

const MB = 2 ** 20;
/** A GC saw-tooth over 100 s: up 10 MB a second from `floor`, back down every 10 s. */
const sawTooth = (floor: (at: number) => number): RssSample[] =>
  Array.from({ length: 101 }, (_, at) => ({ at, bytes: (floor(at) + (at % 10) * 10) * MB }));

describe('the RSS floor of a stretch of the soak', () => {
  it('is the bottom of the saw-tooth, wherever single samples land', () => {
    const settled = sawTooth(() => 200);
    expect(floorBetween(settled, 0.4, 0.6).bytes).toBe(200 * MB);
    expect(floorBetween(settled, 0.8, 1).bytes).toBe(200 * MB);
    // Single samples at the middle and the end would say 1.45×: the top of one tooth against the bottom of another.
    expect(settled[59]!.bytes / settled[50]!.bytes).toBeGreaterThan(1.4);
  });

  it('rises with a leak', () => {
    const leaking = sawTooth((at) => 200 + 2 * at);
    expect(floorBetween(leaking, 0.8, 1).bytes / floorBetween(leaking, 0.4, 0.6).bytes).toBeGreaterThan(1.25);
  });

  it('falls back to the sample nearest the stretch when none lies inside it', () => {
    const sparse: RssSample[] = [{ at: 0, bytes: 100 * MB }, { at: 100, bytes: 300 * MB }];
    expect(floorBetween(sparse, 0.4, 0.6).bytes).toBe(100 * MB);
  });
});
