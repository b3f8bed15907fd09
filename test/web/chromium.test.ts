/**
 * The browser the explorer's end-to-end tests use, whatever this machine has: the one the npm package
 * @sparticuz/chromium brings is launched here even where Debian's Chromium is installed (CI may have
 * it), so a machine without any system browser is not the first to find it broken.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeServer } from '../../src/api/server.js';
import { findChromium, launchChromium } from '../helpers/chromium.js';
import { packagedChromium } from '../helpers/packaged-chromium.js';

let server: Server;
let base: string;

beforeAll(async () => {
  server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end('<!doctype html><title>t</title><h1>Đào Khánh Hà</h1><script>document.title = String(6 * 7)</script>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});

afterAll(async () => {
  if (server) await closeServer(server);
});

describe('the tests’ Chromium', () => {
  it('the one @sparticuz/chromium carries starts, with the libraries it brings, and renders a page served on 127.0.0.1', { timeout: 120_000 }, async () => {
    const packaged = await packagedChromium();
    expect(packaged.env.LD_LIBRARY_PATH).toMatch(/sparticuz-chromium-[\d.]+\/al2023\/lib/u);
    const browser = await launchChromium({ ...packaged, source: '@sparticuz/chromium' });
    try {
      const page = await browser.context.newPage();
      await page.goto(base);
      expect(await page.locator('h1').innerText()).toBe('Đào Khánh Hà');
      expect(await page.title()).toBe('42');
    } finally {
      await browser.close();
    }
  });

  it('CHROMIUM_PATH wins, and one that is not an executable is an error rather than another browser', async () => {
    expect(await findChromium({ CHROMIUM_PATH: process.execPath })).toEqual({ executablePath: process.execPath, env: {}, source: 'CHROMIUM_PATH' });
    await expect(findChromium({ CHROMIUM_PATH: '/nonexistent/chromium' })).rejects.toThrow(
      'CHROMIUM_PATH=/nonexistent/chromium is not an executable',
    );
  });
});
