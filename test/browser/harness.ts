/**
 * What the browser tests share: a headless Chromium (the system's or the npm registry's, see
 * chromium.ts), the real server serving the built client on a database holding the demo data, and
 * small page helpers.
 */
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { CLIENT_DIST_DIR } from '../../server/app/server.js';
import { projectRoot } from '../../server/core/db/orm.js';
import { loadDemoData } from '../../server/demo/load-demo-data.js';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { type ChromiumChoice, resolveChromium } from './chromium.js';

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-quic',
  '--disable-sync',
];
/** Where screenshots of the main screens go (git-ignored). */
export const SCREENSHOTS = path.join(projectRoot, 'test-results', 'screenshots');
export const PHONE = { width: 390, height: 844 };
export const DESKTOP = { width: 1280, height: 860 };

/** A started server with the demo data and a headless Chromium. */
export interface BrowserWorld {
  ts: TestServer;
  browser: Browser;
  /** The app's root URL (`http://localhost:PORT/`). */
  appUrl: string;
  stop(): Promise<void>;
}

/** Starts the world of a browser test file (fails clearly when Chromium or the built client is missing). */
export async function startBrowserWorld(): Promise<BrowserWorld> {
  const chromiumChoice = await resolveChromium();
  if (!existsSync(path.join(CLIENT_DIST_DIR, 'index.html'))) {
    throw new Error('client/dist is missing: run `npm run build` first (npm test does)');
  }
  mkdirSync(SCREENSHOTS, { recursive: true });
  const ts = await startTestServer();
  await loadDemoData(ts.orm.em.fork());
  const browser = await launchChromium(chromiumChoice);
  return {
    ts,
    browser,
    appUrl: ts.url.replace(/\/graphql$/, '/'),
    stop: async () => {
      await browser.close();
      await ts.stop();
    },
  };
}

/** Launches a headless Chromium chosen by `resolveChromium`. */
export function launchChromium(choice: ChromiumChoice): Promise<Browser> {
  return chromium.launch({
    executablePath: choice.executablePath,
    env: choice.env,
    headless: true,
    args: CHROMIUM_ARGS,
  });
}

/** Resolves when a page's graphql-ws subscription `operationName` is live on the server. */
export function subscribed(ts: TestServer, operationName: string): Promise<void> {
  return new Promise((resolve) => {
    const listener = (name: string | undefined) => {
      if (name !== operationName) return;
      ts.events.off('subscribed', listener);
      resolve();
    };
    ts.events.on('subscribed', listener);
  });
}

/** Saves a full-page screenshot once animations have settled. */
export async function screenshot(page: Page, name: string): Promise<void> {
  await page.waitForFunction("document.getAnimations().every((a) => a.playState !== 'running')");
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/**
 * Starts a `BrowserWorld` before the test file's tests and stops it after them; returns a
 * getter of the started world.
 */
export function browserWorldOfFile(): () => BrowserWorld {
  let world: BrowserWorld | undefined;
  beforeAll(async () => {
    world = await startBrowserWorld();
  }, 180_000);
  afterAll(() => world?.stop());
  return () => {
    if (!world) throw new Error('the browser world has not started');
    return world;
  };
}
