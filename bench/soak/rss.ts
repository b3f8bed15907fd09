/** Resident memory of another process, read from /proc (Linux), sampled over time. */
import { readFileSync } from 'node:fs';

/** VmRSS of `pid` in bytes, or null when the process is gone or /proc has no such line. */
export function rssOf(pid: number): number | null {
  try {
    const match = /^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : null;
  } catch {
    return null;
  }
}

export interface RssSample {
  /** Seconds since sampling started. */
  at: number;
  bytes: number;
}

export class RssSampler {
  readonly samples: RssSample[] = [];
  private readonly timer: NodeJS.Timeout;
  private readonly started = performance.now();

  constructor(private readonly pid: number, everyMs: number) {
    this.sample();
    this.timer = setInterval(() => this.sample(), everyMs);
  }

  stop(): RssSample[] {
    clearInterval(this.timer);
    this.sample();
    return this.samples;
  }

  private sample(): void {
    const bytes = rssOf(this.pid);
    if (bytes !== null) this.samples.push({ at: (performance.now() - this.started) / 1000, bytes });
  }
}

/**
 * The lowest sample between two fractions of the run: the floor the garbage collector brings the
 * process back to. Single samples land anywhere on GC's saw-tooth; a leak raises the floor.
 */
export function floorBetween(samples: readonly RssSample[], from: number, to: number): RssSample {
  if (samples.length === 0) throw new Error('no RSS sample was taken');
  const end = samples.at(-1)!.at;
  const inside = samples.filter((s) => s.at >= end * from && s.at <= end * to);
  return (inside.length > 0 ? inside : [sampleAt(samples, (from + to) / 2)]).reduce((low, s) => (s.bytes < low.bytes ? s : low));
}

/** The sample nearest a fraction of the run (0 start, 0.5 middle, 1 end). */
export function sampleAt(samples: readonly RssSample[], fraction: number): RssSample {
  if (samples.length === 0) throw new Error('no RSS sample was taken');
  const target = samples.at(-1)!.at * fraction;
  return samples.reduce((best, s) => (Math.abs(s.at - target) < Math.abs(best.at - target) ? s : best));
}
