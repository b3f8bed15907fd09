/** Runs the CLI (`src/cli/index.ts`) or a script as its own process, as `npm run …` would, against a Neo4j the test names. */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { inject } from 'vitest';

export const ROOT = path.resolve(import.meta.dirname, '../..');

export interface CliRun {
  child: ChildProcess;
  /** Resolves when the process has exited and its output is read. */
  done: Promise<{ code: number | null; stdout: string; stderr: string }>;
}

/** Environment for a CLI that uses the test run's Neo4j (or `uri`), never the user's. */
export function cliEnv(uri: string = inject('neo4jUri')): NodeJS.ProcessEnv {
  const auth = uri === inject('neo4jUri') ? inject('neo4jAuth') : null;
  return { ...process.env, NEO4J_URI: uri, NEO4J_USER: auth?.user ?? '', NEO4J_PASSWORD: auth?.password ?? '' };
}

/** Any of the repo's TypeScript entry points (`bench/soak.ts`…), run as the npm scripts run them. */
export function startScript(script: string, args: string[], env: NodeJS.ProcessEnv = cliEnv()): CliRun {
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  return { child, done: new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr }))) };
}

export const startCli = (args: string[], env?: NodeJS.ProcessEnv): CliRun => startScript('src/cli/index.ts', args, env);

export const runCli = (args: string[], env?: NodeJS.ProcessEnv) => startCli(args, env).done;
