/**
 * The local Neo4j of `npm start` dying under a running service, for real: its Java process is killed
 * with SIGKILL (as by the OOM killer). serve starts it again on the same data, and the API answers
 * again without being restarted; a Neo4j that cannot be kept running ends the service with a message.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../helpers/free-port.js';
import { isAlive, startServe, waitUntil, type Started } from '../helpers/serve.js';

const WHO_HELD = '{ whoHeld(title: "Trưởng Ban Tuyên giáo", organization: "Thành ủy Hải Phòng", on: "2024-07-03") { person { name } } }';

describe('the local Neo4j under serve', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'neo4j-supervised-'));
  let serve: Started | null = null;
  let blocker: Server | null = null;
  afterAll(async () => {
    if (serve && serve.child.exitCode === null) {
      serve.child.kill('SIGTERM');
      await serve.exited;
    }
    await new Promise((resolve) => (blocker ? blocker.close(resolve) : resolve(undefined)));
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('killed, is restarted on the same data and the API answers again without a restart; killed again where it cannot come back, serve gives up after NEO4J_RESTART_ATTEMPTS tries, says why and exits 1', async () => {
    const port = await freePort();
    const boltPort = await freePort();
    serve = await startServe({ PORT: String(port), NEO4J_BOLT_PORT: String(boltPort), NEO4J_DATA_DIR: dataDir, NEO4J_RESTART_ATTEMPTS: '2' });
    const { child, log } = serve;
    const api = `http://127.0.0.1:${port}`;
    const ask = async (query: string) =>
      (await (await fetch(`${api}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) })).json()) as {
        data?: unknown;
        errors?: { extensions?: { code?: string } }[];
      };
    const ready = async () => {
      const response = await fetch(`${api}/ready`);
      return `${response.status} ${await response.text()}`;
    };
    expect(await ask(WHO_HELD)).toMatchObject({ data: { whoHeld: [{ person: { name: 'Đào Khánh Hà' } }] } });
    expect(await ready()).toBe('200 ready');

    const first = serve.javaPid!;
    process.kill(first, 'SIGKILL');
    expect(await waitUntil(() => !isAlive(first), 10_000)).toBe(true);
    // Restarting waits 1 s and a JVM takes longer than that to start: meanwhile the API says so, and no more.
    expect(await ready()).toBe('503 unavailable');
    // A read retries for up to 5 s (maxTransactionRetryTime), and the JVM may be back within that: the
    // answer is then the real one, never anything between.
    const during = await ask(WHO_HELD);
    if (during.errors) expect(during.errors.map((e) => e.extensions?.code)).toEqual(['UNAVAILABLE']);
    else expect(during).toMatchObject({ data: { whoHeld: [{ person: { name: 'Đào Khánh Hà' } }] } });

    expect(await waitUntil(async () => (await ready()) === '200 ready', 120_000, 500), log.join('\n')).toBe(true);
    // The same data: the seed loaded at start is there, and the API process never restarted.
    expect(await ask(WHO_HELD)).toMatchObject({ data: { whoHeld: [{ person: { name: 'Đào Khánh Hà' } }] } });
    expect(child.exitCode).toBeNull();
    const text = log.join('\n');
    expect(text).toContain(`The local Neo4j (pid ${first}) stopped unasked after`);
    expect(text).toContain(': killed by SIGKILL.');
    expect(text).toContain(`Restarting it in 1.0 s on the same data (${dataDir}), try 1/2…`);
    const second = Number(/The local Neo4j is running again \(pid (\d+)\)/u.exec(text)?.[1]);
    expect(second).not.toBe(first);
    expect(isAlive(second)).toBe(true);
    // What the driver said while Neo4j was down (it names the port) went to the log, not to clients.
    expect(text).toMatch(new RegExp(`Neo4j is unavailable: .*127\\.0\\.0\\.1:${boltPort}`, 'u'));
    expect(text).toContain('Neo4j answers again');

    // Killed again within a minute of its restart, with its port taken meanwhile: every try fails.
    process.kill(second, 'SIGKILL');
    expect(await waitUntil(() => !isAlive(second), 10_000)).toBe(true);
    blocker = createServer((socket) => socket.destroy());
    await new Promise<void>((resolve) => blocker!.listen(boltPort, '127.0.0.1', resolve));
    const code = await Promise.race([serve.exited, new Promise((resolve) => setTimeout(() => resolve('still running'), 90_000))]);
    expect(code, log.join('\n')).toBe(1);
    const end = log.join('\n');
    expect(end).toContain('try 2/2…');
    expect(end).toContain(`Restart 2/2 failed: Port ${boltPort} on 127.0.0.1 is already in use`);
    expect(end).toMatch(
      new RegExp(`error: The local Neo4j keeps stopping: 2 restarts in a row did not keep it running \\(last: Port ${boltPort} .*\\)\\. Giving up\\. Check free memory`, 'u'),
    );
    expect(end).not.toContain('try 3/2');
  }, 300_000);
});
