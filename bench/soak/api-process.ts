/** The API as users run it (`serve`), in its own process, on a Neo4j that is already up. */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';

const ROOT = path.resolve(import.meta.dirname, '../..');

export interface ApiProcess {
  child: ChildProcess;
  pid: number;
  url: string;
  /** What the API logged, for a failure report. */
  log: string[];
  stop(): Promise<number | null>;
}

export function startApi(env: NodeJS.ProcessEnv, port: number): Promise<ApiProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/index.ts', 'serve'], {
    cwd: ROOT,
    env: { ...env, PORT: String(port), NODE_ENV: 'production' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const log: string[] = [];
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  return new Promise((resolve, reject) => {
    createInterface({ input: child.stderr! }).on('line', (line) => {
      log.push(line);
      if (/GraphQL at http/.test(line)) {
        resolve({
          child,
          pid: child.pid!,
          url: `http://127.0.0.1:${port}/graphql`,
          log,
          stop: async () => {
            child.kill('SIGTERM');
            return exited;
          },
        });
      }
    });
    void exited.then((code) => reject(new Error(`the API exited with ${code} before serving:\n${log.join('\n')}`)));
  });
}
