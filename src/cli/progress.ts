/**
 * Progress of a long ingest on stderr. On a terminal: one line redrawn in place, at most ten times
 * a second so drawing never costs more than the work. Anywhere else (a log file, CI): plain lines,
 * one per failure and one every so many articles or seconds, since carriage returns would make a log
 * unreadable.
 */
import type { IngestFailure } from '../graph/write/types.js';

export interface ProgressStream extends NodeJS.WritableStream {
  isTTY?: boolean;
  columns?: number;
}

export interface ProgressOptions {
  /** Show failures only. */
  quiet?: boolean;
  /** Milliseconds, monotonic. */
  now?: () => number;
  /** Without a terminal: a line after every this many items… */
  everyItems?: number;
  /** …or when this many milliseconds passed since the last line. */
  everyMs?: number;
}

const REDRAW_MS = 100;
const BAR_WIDTH = 20;
const CLEAR_LINE = '\r\x1b[K';

export const articles = (n: number): string => `${n} article${n === 1 ? '' : 's'}`;

export const perSecond = (count: number, seconds: number): string => (seconds > 0 ? (count / seconds).toFixed(1) : '–');

/** A failure with its file named, whether or not the message already names it. */
export const describeFailure = (f: IngestFailure): string => (f.error.includes(f.source) ? f.error : `${f.source}: ${f.error}`);

export class Progress {
  private readonly now: () => number;
  private readonly live: boolean;
  private readonly quiet: boolean;
  private readonly everyItems: number;
  private readonly everyMs: number;
  private total: number | null = null;
  private done = 0;
  private failed = 0;
  private started: number;
  private lastShown: number;
  private onScreen = false;

  constructor(
    private readonly stream: ProgressStream,
    options: ProgressOptions = {},
  ) {
    this.now = options.now ?? (() => performance.now());
    this.quiet = options.quiet ?? false;
    this.live = stream.isTTY === true && !this.quiet;
    this.everyItems = options.everyItems ?? 1000;
    this.everyMs = options.everyMs ?? 10_000;
    this.started = this.lastShown = this.now();
  }

  start(total: number | null): void {
    this.total = total;
    this.started = this.lastShown = this.now();
    if (this.live) this.draw();
  }

  article(): void {
    this.done++;
    this.show();
  }

  fail(failure: IngestFailure): void {
    this.done++;
    this.failed++;
    const line = `failed: ${describeFailure(failure)}\n`;
    if (this.live) {
      this.stream.write(CLEAR_LINE + line);
      this.draw();
    } else {
      this.stream.write(line);
      this.show();
    }
  }

  /** A line about a source that is neither written nor failed (skipped, or read with a guess); shown even when quiet. */
  note(line: string): void {
    if (this.live) {
      this.stream.write(`${CLEAR_LINE}${line}\n`);
      this.draw();
    } else {
      this.stream.write(`${line}\n`);
    }
  }

  /** Takes the live line off the screen, so what follows starts on a clean line. */
  stop(): void {
    if (this.onScreen) this.stream.write(CLEAR_LINE);
    this.onScreen = false;
  }

  private show(): void {
    if (this.quiet) return;
    const now = this.now();
    if (this.live) {
      if (now - this.lastShown >= REDRAW_MS) this.draw();
    } else if (this.done % this.everyItems === 0 || now - this.lastShown >= this.everyMs) {
      this.stream.write(`${this.status(now)}\n`);
      this.lastShown = now;
    }
  }

  private draw(): void {
    const now = this.now();
    const bar = this.total ? `[${'#'.repeat(Math.round((BAR_WIDTH * Math.min(this.done, this.total)) / this.total)).padEnd(BAR_WIDTH, '.')}] ` : '';
    // A line wider than the terminal wraps, and \r then redraws only its last part.
    const width = Math.max((this.stream.columns ?? 80) - 1, 10);
    this.stream.write(CLEAR_LINE + (bar + this.status(now)).slice(0, width));
    this.onScreen = true;
    this.lastShown = now;
  }

  private status(now: number): string {
    const failed = this.failed > 0 ? `, ${this.failed} failed` : '';
    const done = this.total === null ? articles(this.done) : `${this.done} of ${articles(this.total)}`;
    return `${done}${failed}, ${perSecond(this.done, (now - this.started) / 1000)} articles/s`;
  }
}
