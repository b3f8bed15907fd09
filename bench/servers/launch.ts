/** Starts one of the three servers as a child process and reads its peak memory from /proc. */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { freePort } from '../../test/helpers/free-port.js';
import type { Implementation } from '../operations.js';

export interface RunningServer {
  implementation: Implementation;
  url: string;
  pid: number;
  /** Peak resident memory so far (VmHWM), in MiB. */
  peakRssMb(): number;
  stop(): Promise<void>;
}

const START_TIMEOUT_MS = 60_000;
const MAIN = new URL('./main.ts', import.meta.url).pathname;

export function peakRssMb(pid: number): number {
  const match = /^VmHWM:\s+(\d+) kB$/mu.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  if (!match) throw new Error(`no VmHWM in /proc/${pid}/status`);
  return Number(match[1]) / 1024;
}

export async function startServer(implementation: Implementation, neo4j: { uri: string; user?: string; password?: string }): Promise<RunningServer> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN, implementation], {
    env: { ...process.env, NODE_ENV: 'production', PORT: String(port), NEO4J_URI: neo4j.uri, NEO4J_USER: neo4j.user ?? '', NEO4J_PASSWORD: neo4j.password ?? '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const errors: string[] = [];
  createInterface({ input: child.stderr! }).on('line', (line) => errors.push(line));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${implementation} server did not start within ${START_TIMEOUT_MS / 1000} s\n${errors.join('\n')}`)), START_TIMEOUT_MS);
    createInterface({ input: child.stdout! }).on('line', (line) => {
      if (line === `listening ${port}`) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${implementation} server exited during start (code ${code})\n${errors.join('\n')}`));
    });
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    implementation,
    url: `http://127.0.0.1:${port}`,
    pid: child.pid!,
    peakRssMb: () => peakRssMb(child.pid!),
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
    },
  };
}
