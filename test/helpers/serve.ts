/** The `serve` command (npm start) run as a user would, with its own local Neo4j, for tests of the whole service. */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';

const ROOT = path.resolve(import.meta.dirname, '../..');

export interface Started {
  child: ChildProcess;
  /** The local Neo4j's process; null when serve was given NEO4J_URI. */
  javaPid: number | null;
  /** Every line serve has written to stderr so far (it keeps growing). */
  log: string[];
  /** Resolves with the exit code when serve ends. */
  exited: Promise<number | null>;
}

/** Starts `serve` and resolves once it says it is ready. */
export function startServe(env: Record<string, string>): Promise<Started> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/index.ts', 'serve'], {
    cwd: ROOT,
    env: { ...process.env, NEO4J_URI: '', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  return new Promise((resolve, reject) => {
    const lines: string[] = [];
    createInterface({ input: child.stderr! }).on('line', (line) => {
      lines.push(line);
      const match = /Neo4j ready at \S+(?: \(local, pid (\d+)\))?; GraphQL at/.exec(line);
      if (match) resolve({ child, javaPid: match[1] ? Number(match[1]) : null, log: lines, exited });
    });
    void exited.then((code) => reject(new Error(`serve exited with ${code}:\n${lines.join('\n')}`)));
  });
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export async function waitUntil(condition: () => boolean | Promise<boolean>, timeoutMs: number, intervalMs = 100): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await condition()) return true;
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
  return condition();
}
