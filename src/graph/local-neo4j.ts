/**
 * Starts the embedded Neo4j from tools/neo4j-local (a Maven project) as a child process.
 * Maven builds the launcher and fetches Neo4j on first use; later starts reuse the local Maven
 * cache and need no network.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

export class LocalNeo4jError extends Error {
  override name = 'LocalNeo4jError';
}

export interface LocalNeo4jOptions {
  dataDir: string;
  boltPort: number;
  pageCacheMb?: number;
  /** Replaces jvm.options' heap bounds, for graphs larger than the default 1 GiB heap serves well. */
  heapMb?: number;
  /** The JDK to run Neo4j with; `java` on PATH when absent. */
  javaHome?: string | null;
  /** Receives the launcher's and Maven's diagnostic lines. */
  log?: (line: string) => void;
}

export interface RunningNeo4j {
  readonly uri: string;
  readonly pid: number;
  stop(): Promise<void>;
}

export interface LocalNeo4j extends RunningNeo4j {
  /** Settles when the process ends, asked to (stop) or not (killed, out of memory). */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Its last lines on stderr (at most 50), which say why it stopped when anything does. */
  lastLines(): string[];
}

const LAUNCHER_DIR = fileURLToPath(new URL('../../tools/neo4j-local/', import.meta.url));
const CLASSPATH_FILE = path.join(LAUNCHER_DIR, 'target', 'classpath.txt');
const MAIN_CLASS_FILE = path.join(LAUNCHER_DIR, 'target', 'classes', 'app', 'neo4jlocal', 'Neo4jLocal.class');
const SOURCES = [
  path.join(LAUNCHER_DIR, 'pom.xml'),
  path.join(LAUNCHER_DIR, 'src', 'main', 'java', 'app', 'neo4jlocal', 'Neo4jLocal.java'),
];
const START_TIMEOUT_MS = 180_000;
const STOP_TIMEOUT_MS = 30_000;
// Exit code the launcher uses when its Bolt port is taken.
const EXIT_PORT_IN_USE = 3;

const INSTALL_HINT =
  'Install Java 17+ and Maven (Debian: apt-get install openjdk-17-jdk-headless maven), ' +
  'or set NEO4J_URI to an existing Neo4j 5 (with NEO4J_USER and NEO4J_PASSWORD).';

function javaBinary(javaHome: string | null | undefined): string {
  return javaHome ? path.join(javaHome, 'bin', 'java') : 'java';
}

function isBuilt(): boolean {
  if (!existsSync(CLASSPATH_FILE) || !existsSync(MAIN_CLASS_FILE)) return false;
  const built = statSync(MAIN_CLASS_FILE).mtimeMs;
  return SOURCES.every((source) => statSync(source).mtimeMs <= built);
}

function collectOutput(child: ChildProcess): () => string {
  const chunks: string[] = [];
  const keep = (chunk: Buffer) => chunks.push(chunk.toString('utf8'));
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  return () => chunks.join('').trim().split('\n').slice(-20).join('\n');
}

async function buildLauncher(log: (line: string) => void): Promise<void> {
  log('Building the local Neo4j launcher with Maven (the first run downloads Neo4j, about 180 MB)…');
  const mvn = spawn('mvn', ['-q', '-B', '-f', path.join(LAUNCHER_DIR, 'pom.xml'), 'package'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output = collectOutput(mvn);
  const code = await new Promise<number | null>((resolve, reject) => {
    mvn.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'ENOENT'
          ? new LocalNeo4jError(`Maven (mvn) was not found on PATH. ${INSTALL_HINT}`)
          : error,
      ),
    );
    mvn.once('exit', resolve);
  });
  if (code !== 0) {
    throw new LocalNeo4jError(
      `Maven could not build tools/neo4j-local (exit ${code}). Check that Maven Central is reachable ` +
        `on the first run and that Java 17+ is installed.\n${output()}`,
    );
  }
}

function jvmOptions(heapMb: number | undefined): string[] {
  const options = readFileSync(path.join(LAUNCHER_DIR, 'jvm.options'), 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'));
  if (heapMb === undefined) return options;
  return [...options.filter((line) => !/^-Xm[sx]/u.test(line)), `-Xms${heapMb}m`, `-Xmx${heapMb}m`];
}

function waitForExit(child: ChildProcess, timeoutMs: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), timeoutMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

export async function startLocalNeo4j(options: LocalNeo4jOptions): Promise<LocalNeo4j> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  if (!isBuilt()) await buildLauncher(log);

  const dataDir = path.resolve(options.dataDir);
  mkdirSync(dataDir, { recursive: true });
  const classpath = `${path.join(LAUNCHER_DIR, 'target', 'classes')}${path.delimiter}${readFileSync(CLASSPATH_FILE, 'utf8').trim()}`;
  const args = [
    ...jvmOptions(options.heapMb),
    '-cp',
    classpath,
    'app.neo4jlocal.Neo4jLocal',
    '--port',
    String(options.boltPort),
    '--data',
    dataDir,
    '--page-cache-mb',
    String(options.pageCacheMb ?? 512),
    // The launcher exits when this pipe closes, so a parent killed with SIGKILL leaves no Java behind.
    '--exit-on-stdin-close',
  ];
  const java = javaBinary(options.javaHome);
  const child = spawn(java, args, { stdio: ['pipe', 'pipe', 'pipe'] });
  const stderrLines: string[] = [];
  createInterface({ input: child.stderr! }).on('line', (line) => {
    stderrLines.push(line);
    if (stderrLines.length > 50) stderrLines.shift();
  });

  const uri = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new LocalNeo4jError(`The local Neo4j did not start within ${START_TIMEOUT_MS / 1000} s.\n${stderrLines.join('\n')}`));
    }, START_TIMEOUT_MS);
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const match = /^ready (bolt:\/\/\S+)$/.exec(line);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.once('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      reject(error.code === 'ENOENT' ? new LocalNeo4jError(`Java was not found (${java}). ${INSTALL_HINT}`) : error);
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      if (code === EXIT_PORT_IN_USE) {
        reject(
          new LocalNeo4jError(
            `Port ${options.boltPort} on 127.0.0.1 is already in use, so the local Neo4j cannot listen there. ` +
              `Stop whatever uses it, set NEO4J_BOLT_PORT to a free port, or set NEO4J_URI to use that Neo4j.`,
          ),
        );
      } else {
        reject(new LocalNeo4jError(`The local Neo4j exited during start (code ${code}).\n${stderrLines.join('\n')}`));
      }
    });
  });

  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve({ code: child.exitCode, signal: child.signalCode });
    else child.once('exit', (code, signal) => resolve({ code, signal }));
  });
  let stopping: Promise<void> | null = null;
  const stop = () => {
    stopping ??= (async () => {
      child.kill('SIGTERM');
      if (!(await waitForExit(child, STOP_TIMEOUT_MS))) {
        child.kill('SIGKILL');
        await waitForExit(child, 5_000);
      }
    })();
    return stopping;
  };
  return { uri, pid: child.pid!, stop, exited, lastLines: () => [...stderrLines] };
}
