/**
 * Keeps the local Neo4j of `npm start` running. When its process dies unasked (killed, out of memory),
 * it is started again on the same data directory and Bolt port, after 1 s, then twice as long each
 * time up to 30 s; the driver reconnects by itself, so the API answers again without a restart of its
 * own. A Neo4j that keeps dying (`maxRestarts` tries in a row, none of them running for a minute) is
 * given up on with a message that says what to check: restarting it forever would hide the fault
 * behind an API that only ever says "unavailable".
 */
import path from 'node:path';
import { LocalNeo4jError, startLocalNeo4j, type LocalNeo4j, type LocalNeo4jOptions, type RunningNeo4j } from './local-neo4j.js';

export interface SupervisionOptions {
  /** Restarts in a row before giving up; a run of a minute starts the count again. */
  maxRestarts: number;
  /** Called once, after the last try failed: the caller decides what then (serve exits 1). */
  onGiveUp: (error: LocalNeo4jError) => void;
}

const FIRST_DELAY_MS = 1_000;
const MAX_DELAY_MS = 30_000;
/** A run this long was not a crash loop: the next death starts counting from one. */
const STABLE_MS = 60_000;

export const restartDelayMs = (attempt: number): number => Math.min(FIRST_DELAY_MS * 2 ** (attempt - 1), MAX_DELAY_MS);

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** The lines of the launcher worth repeating: Java's and Neo4j's errors, not its start-up chatter. */
function telling(lines: string[]): string {
  const errors = lines.filter((line) => /error|exception|killed|memory|denied|space/iu.test(line)).slice(-5);
  return errors.length ? `\n  ${errors.join('\n  ')}` : '';
}

export async function superviseLocalNeo4j(options: LocalNeo4jOptions, supervision: SupervisionOptions): Promise<RunningNeo4j> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const dataDir = path.resolve(options.dataDir);
  let current = await startLocalNeo4j(options);
  let stopped = false;
  let cancelWait: (() => void) | null = null;
  let restarting: Promise<void> = Promise.resolve();

  const wait = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      cancelWait = () => {
        clearTimeout(timer);
        resolve();
      };
    });

  const giveUp = (attempts: number, lastFailure: string) => {
    supervision.onGiveUp(
      new LocalNeo4jError(
        `The local Neo4j keeps stopping: ${attempts} restart${attempts === 1 ? '' : 's'} in a row did not keep it running (last: ${lastFailure}). ` +
          `Giving up. Check free memory (an out-of-memory kill shows in dmesg), the disk space and permissions of ${dataDir}, ` +
          `and that port ${options.boltPort} on 127.0.0.1 is free (NEO4J_BOLT_PORT); then start the service again.`,
      ),
    );
  };

  /** Restarts after `running` dies; `tries` is how many restarts in a row came before this death. */
  const watch = (running: LocalNeo4j, readyAt: number, tries: number) => {
    void running.exited.then(async ({ code, signal }) => {
      if (stopped) return;
      const ranMs = Date.now() - readyAt;
      let attempt = ranMs >= STABLE_MS ? 1 : tries + 1;
      let lastFailure = signal ? `killed by ${signal}` : `exit code ${code}`;
      log(`The local Neo4j (pid ${running.pid}) stopped unasked after ${seconds(ranMs)}: ${lastFailure}.${telling(running.lastLines())}`);
      restarting = (async () => {
        for (; attempt <= supervision.maxRestarts; attempt++) {
          const delay = restartDelayMs(attempt);
          log(`Restarting it in ${seconds(delay)} on the same data (${dataDir}), try ${attempt}/${supervision.maxRestarts}…`);
          await wait(delay);
          if (stopped) return;
          try {
            const next = await startLocalNeo4j(options);
            if (stopped) return void (await next.stop());
            current = next;
            log(`The local Neo4j is running again (pid ${next.pid}) at ${next.uri}.`);
            watch(next, Date.now(), attempt);
            return;
          } catch (error) {
            lastFailure = error instanceof Error ? error.message.split('\n')[0]! : String(error);
            log(`Restart ${attempt}/${supervision.maxRestarts} failed: ${lastFailure}`);
          }
        }
        giveUp(supervision.maxRestarts, lastFailure);
      })();
    });
  };
  watch(current, Date.now(), 0);

  return {
    get uri() {
      return current.uri;
    },
    get pid() {
      return current.pid;
    },
    stop: async () => {
      stopped = true;
      cancelWait?.();
      await restarting;
      await current.stop();
    },
  };
}
