/**
 * The headless Chromium that the explorer page's tests drive through playwright-core, which downloads
 * no browser (and this machine reaches no host but the package registries). In order: CHROMIUM_PATH;
 * Debian's /usr/bin/chromium when installed; else the one the npm package @sparticuz/chromium brings,
 * so that `npm ci && npm test` needs nothing outside the two commands.
 */
import { accessSync, constants, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { packagedChromium } from './packaged-chromium.js';

const SYSTEM_CHROMIUM = '/usr/bin/chromium';

// Without the background-networking flags Chromium waits on connections this machine refuses.
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface ChromiumBinary {
  executablePath: string;
  /** Added to the browser process's environment. */
  env: Record<string, string>;
  source: 'CHROMIUM_PATH' | 'system' | '@sparticuz/chromium';
}

/** Which browser the tests use. A CHROMIUM_PATH that is not an executable is an error, not a fallback. */
export async function findChromium(environment: NodeJS.ProcessEnv = process.env): Promise<ChromiumBinary> {
  const chosen = environment.CHROMIUM_PATH;
  if (chosen) {
    try {
      accessSync(chosen, constants.X_OK);
    } catch {
      throw new Error(`CHROMIUM_PATH=${chosen} is not an executable: unset it to use ${SYSTEM_CHROMIUM} or the browser of @sparticuz/chromium`);
    }
    return { executablePath: chosen, env: {}, source: 'CHROMIUM_PATH' };
  }
  if (existsSync(SYSTEM_CHROMIUM)) return { executablePath: SYSTEM_CHROMIUM, env: {}, source: 'system' };
  return { ...(await packagedChromium()), source: '@sparticuz/chromium' };
}

export interface Chromium {
  context: BrowserContext;
  binary: ChromiumBinary;
  close: () => Promise<void>;
}

/** A browser with a fresh profile, removed on close. */
export async function launchChromium(binary?: ChromiumBinary): Promise<Chromium> {
  const use = binary ?? (await findChromium());
  const profile = mkdtempSync(path.join(tmpdir(), 'chromium-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: use.executablePath,
    env: { ...process.env, ...use.env },
    args: ARGS,
    viewport: { width: 1200, height: 900 },
    locale: 'en-GB',
    timezoneId: 'Asia/Ho_Chi_Minh',
  });
  return {
    context,
    binary: use,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
