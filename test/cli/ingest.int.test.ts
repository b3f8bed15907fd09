import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applySchema } from '../../src/graph/schema.js';
import { binaryBytes, refusedInputs } from '../helpers/bad-articles.js';
import { runCli } from '../helpers/cli.js';
import { countsByLabel, resetGraph } from '../helpers/graph.js';
import { LE_CHAN_2023 } from '../helpers/invented-articles.js';
import { testDriver } from '../helpers/neo4j.js';

describe('npm run ingest', () => {
  let driver: Driver;
  const dir = mkdtempSync(path.join(tmpdir(), 'ingest-cli-'));
  const jsonl = path.join(dir, 'mixed.jsonl');
  writeFileSync(jsonl, [JSON.stringify({ id: 'a', url: LE_CHAN_2023.url, text: LE_CHAN_2023.text }), '{"id": "b", "text": ', JSON.stringify({ id: 'c', text: '' })].join('\n'));

  beforeAll(async () => {
    driver = testDriver();
    await applySchema(driver);
    await resetGraph(driver);
  });
  afterAll(async () => {
    await resetGraph(driver);
    await driver.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('writes the good articles, names each bad one, sums up, and exits 1', async () => {
    const { code, stderr } = await runCli(['ingest', 'seed', jsonl, '--batch-size', '10']);
    expect(stderr).toMatch(/mixed\.jsonl:2: not valid JSON/u);
    expect(stderr).toMatch(/mixed\.jsonl#c: empty text/u);
    expect(stderr).toMatch(/5 articles \(3 new, 0 unchanged, 0 replaced, 2 failed\)/u);
    expect(code).toBe(1);
    expect(await countsByLabel(driver)).toMatchObject({ Article: 3, Meeting: 3 });
  });

  it('run again, changes nothing', async () => {
    const { code, stderr } = await runCli(['ingest', 'seed']);
    expect(stderr).toMatch(/2 articles \(0 new, 2 unchanged, 0 replaced, 0 failed\)/u);
    expect(stderr).toMatch(/nodes 0 created, 0 deleted; relationships 0 created, 0 deleted/u);
    expect(code).toBe(0);
  });

  it('names every bad file with its reason and stores nothing of them', async () => {
    const bad = path.join(dir, 'bad');
    mkdirSync(bad);
    // Text with NUL bytes is refused by the file reader already, as binary.bin below shows.
    const refused = refusedInputs().filter((r) => !r.text.includes('\u0000'));
    refused.forEach((r, i) => writeFileSync(path.join(bad, `${i}.txt`), r.text));
    writeFileSync(path.join(bad, 'binary.bin'), binaryBytes());
    const before = await countsByLabel(driver);
    const { code, stderr } = await runCli(['ingest', bad]);
    refused.forEach((r, i) => expect(stderr).toMatch(new RegExp(`${i}\\.txt: .*${r.reason.source}`, 'u')));
    expect(stderr).toMatch(/binary\.bin: binary data \(NUL bytes\), not text/u);
    expect(stderr).toMatch(new RegExp(`${refused.length + 1} articles \\(0 new, 0 unchanged, 0 replaced, ${refused.length + 1} failed\\)`, 'u'));
    expect(code).toBe(1);
    expect(await countsByLabel(driver)).toEqual(before);
  });
});
