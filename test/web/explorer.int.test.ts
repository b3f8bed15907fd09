/**
 * The explorer page in a real headless Chromium, on the seed articles, served as `npm start` serves
 * it: the built page at / and the GraphQL API at /graphql of one server, on the suite's Neo4j.
 * Writes the README's screenshots to docs/screenshots/.
 */
import type { Server } from 'node:http';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWeb } from '../../scripts/build-web.js';
import { closeServer, listen } from '../../src/api/server.js';
import { withExplorerPage } from '../../src/api/static.js';
import { createApp } from '../../src/api/yoga.js';
import { ingestSeed } from '../../src/cli/ingest-run.js';
import { applySchema } from '../../src/graph/schema.js';
import { launchChromium, type Chromium } from '../helpers/chromium.js';
import { freePort } from '../helpers/free-port.js';
import { resetGraph } from '../helpers/graph.js';
import { testDriver } from '../helpers/neo4j.js';

const SCREENSHOTS = path.resolve(import.meta.dirname, '../../docs/screenshots');
const MEETING_2022 = '/meeting/2022-12-27/ban-chi-dao-35-quan-ngo-quyen/hoi-nghi-tong-ket';

let driver: Driver;
let server: Server;
let base: string;
let browser: Chromium;

beforeAll(async () => {
  driver = testDriver();
  const [, port] = await Promise.all([buildWeb({ always: false }), freePort()]);
  await applySchema(driver);
  await resetGraph(driver);
  const refused: string[] = [];
  await ingestSeed({ driver, log: (line) => /^seed: (failed|not loaded)/u.test(line) && refused.push(line) });
  expect(refused).toEqual([]);
  server = await listen(withExplorerPage(createApp({ driver, apiKey: null }, { logging: false, graphiql: false })), port);
  base = `http://127.0.0.1:${port}`;
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  if (server) await closeServer(server);
  if (driver) {
    await resetGraph(driver);
    await driver.close();
  }
});

/** The page fetches after it renders, and the first queries on a fresh Neo4j are planned then. */
const eventually = <T>(read: () => Promise<T>) => expect.poll(read, { timeout: 20_000, interval: 100 });

async function open(url: string, width = 1200): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width, height: 900 });
  await page.goto(`${base}${url}`);
  return page;
}

/** The timeline's own description of what it draws (ECharts' aria label), once it is drawn. */
async function chartDescription(page: Page): Promise<string> {
  const chart = page.getByTestId('timeline-chart');
  await eventually(async () => (await chart.getAttribute('aria-label')) ?? '').toContain('Timeline.');
  return (await chart.getAttribute('aria-label'))!;
}

describe('the explorer page', () => {
  it('finds "dao khanh ha" as you type, and her page shows both posts and the 2024-07-03 meeting on the timeline, with a date cursor', async () => {
    const page = await open('/');
    const search = page.getByRole('combobox', { name: 'Search people, bodies and meetings' });
    await search.pressSequentially('dao khanh ha');
    const hits = page.getByRole('listbox', { name: 'People, bodies and meetings found' }).getByRole('option');
    await eventually(() => hits.count()).toBeGreaterThan(0);
    expect(await hits.first().textContent()).toMatch(/^PersonĐào Khánh Hà/u);
    await search.press('Enter');
    await page.waitForURL(`${base}/person/dao-khanh-ha`);
    await eventually(() => page.getByRole('heading', { level: 1 }).innerText()).toBe('Đào Khánh Hà');

    const chart = await chartDescription(page);
    expect(chart).toContain('Trưởng Ban Tuyên giáo Thành ủy Hải Phòng, seen 2024-07-03');
    expect(chart).toContain('Ủy viên Ban Thường vụ Thành ủy Hải Phòng, seen 2024-07-03');
    expect(chart).toMatch(/Meetings: 2024-07-03: chaired Hội nghị sơ kết/u);
    await eventually(() => page.locator('.chart svg text', { hasText: 'Trưởng Ban Tuyên giáo' }).count()).toBeGreaterThan(0);

    const held = page.locator('.as-of');
    await eventually(() => held.locator('.roles li').count()).toBe(2);
    expect(await page.getByLabel('Posts held on').inputValue()).toBe('2024-07-03');
    const evidence = page.locator('.evidence li').first();
    expect(await evidence.locator('blockquote').innerText()).toContain('Đồng chí Đào Khánh Hà, Ủy viên Ban Thường vụ, Trưởng Ban Tuyên giáo Thành ủy');
    expect(await evidence.getByRole('link').first().getAttribute('href')).toMatch(/^\/article\//u);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'person.png'), fullPage: true });

    // Left of the bars, before her first post: the cursor moves there, into the address, and no post is held.
    const box = (await page.getByTestId('timeline-chart').boundingBox())!;
    await page.mouse.click(box.x + box.width * 0.45, box.y + box.height * 0.4);
    await page.waitForURL(/\/person\/dao-khanh-ha\?date=2024-0[1-6]-\d\d$/u);
    const picked = new URL(page.url()).searchParams.get('date')!;
    await eventually(() => page.locator('.as-of').innerText()).toContain(`No post is known to be held on ${picked}.`);
    expect(await chartDescription(page)).toContain(`Cursor at ${picked}.`);
    await page.close();
  });

  it('the 2022-12-27 meeting shows Trịnh Quang Trường as chair and Vũ Văn Cường as speaker, each with the posts held that day, and its report opens the article', async () => {
    const page = await open(MEETING_2022);
    const chairs = page.getByRole('region', { name: 'Chaired by' });
    await eventually(() => chairs.locator('.person-card').count()).toBe(1);
    expect(await chairs.locator('.person-card a.strong').innerText()).toBe('Trịnh Quang Trường');
    expect(await chairs.getByRole('list', { name: 'Posts held that day' }).innerText()).toContain('Trưởng Ban Chỉ đạo 35 quận Ngô Quyền');
    const speakers = page.getByRole('region', { name: 'Speakers' });
    expect(await speakers.locator('.person-card a.strong').allInnerTexts()).toEqual(['Vũ Văn Cường']);
    expect(await page.locator('.facts').innerText()).toMatch(/2022-12-27[\s\S]*Ban Chỉ đạo 35 quận Ngô Quyền/u);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'meeting.png'), fullPage: true });

    await page.getByRole('region', { name: 'Reported by' }).getByRole('link').first().click();
    await page.waitForURL(/\/article\//u);
    await eventually(() => page.locator('.article-body').innerText()).toContain('Chiều 27/12, Ban Chỉ đạo 35 quận Ngô Quyền tổ chức Hội nghị tổng kết');
    await page.close();
  });

  it('an unknown id says that nothing has it, and the API being unreachable says so', async () => {
    const page = await open('/person/nobody-of-that-name');
    const alert = page.getByRole('alert');
    await eventually(() => alert.innerText()).toContain('No person with this address');
    expect(await alert.innerText()).toContain('person:nobody-of-that-name');
    await page.route('**/graphql', (route) => route.abort('connectionrefused'));
    await page.goto(`${base}${MEETING_2022}`);
    await eventually(() => page.getByRole('alert').innerText()).toContain('Could not load the meeting. The server could not be reached');
    await page.close();
  });

  it("a body's members on the date in the address, and a new date goes into the address", async () => {
    const page = await open('/org/ban-chi-dao-35-quan-ngo-quyen?date=2022-12-27');
    const members = page.locator('.as-of .roles li');
    await eventually(() => members.count()).toBe(1);
    expect(await members.innerText()).toMatch(/Trịnh Quang Trường — Trưởng Ban Chỉ đạo 35 quận Ngô Quyền\s+seen/u);
    await page.getByLabel('Members on').fill('2010-01-01');
    await page.waitForURL(`${base}/org/ban-chi-dao-35-quan-ngo-quyen?date=2010-01-01`);
    await eventually(() => page.locator('.as-of').innerText()).toContain('No one is known to hold a post in it on 2010-01-01.');
    expect(await page.locator('.rows').innerText()).toContain('2022-12-27');
    await page.close();
  });

  it('a deep link with a date survives a reload', async () => {
    const page = await open('/person/trinh-quang-truong?date=2023-06-01');
    await eventually(() => page.locator('.as-of .roles li').count()).toBe(3);
    await page.reload();
    await eventually(() => page.locator('.as-of .roles li').count()).toBe(3);
    expect(await page.getByLabel('Posts held on').inputValue()).toBe('2023-06-01');
    expect(await page.locator('.as-of').innerText()).toContain('last seen 2022-12-27');
    expect(await chartDescription(page)).toContain('Cursor at 2023-06-01.');
    await page.close();
  });

  it('fits a phone-width screen: nothing scrolls sideways on the person and meeting pages', async () => {
    for (const url of ['/person/dao-khanh-ha', MEETING_2022]) {
      const page = await open(url, 390);
      await eventually(() => page.locator('h1').count()).toBe(1);
      if (url.startsWith('/person')) await chartDescription(page);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), url).toBeLessThanOrEqual(390);
      await page.close();
    }
  });
});
