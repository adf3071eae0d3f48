/**
 * On a machine with only Node, the browser tests drive the Chromium of the npm package
 * `@sparticuz/chromium`; a system Chromium or `CHROMIUM_PATH` wins when present.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { resolveChromium } from './chromium.js';
import { launchChromium } from './harness.js';
import type { Browser } from 'playwright-core';

describe('the browser of the browser tests', () => {
  let browser: Browser | undefined;
  afterAll(() => browser?.close());

  it('comes from the npm registry when there is no system Chromium, and Playwright drives it headless', async () => {
    const choice = await resolveChromium({
      ...process.env,
      CHROMIUM_PATH: undefined,
      PHOIHOP_IGNORE_SYSTEM_CHROMIUM: '1',
    });
    expect(choice.source).toBe('npm registry (@sparticuz/chromium)');
    browser = await launchChromium(choice);
    const page = await browser.newPage();
    await page.setContent('<h1>Phối hợp</h1><button onclick="this.textContent = \'Đã bấm\'">Bấm</button>');
    await page.getByRole('button', { name: 'Bấm' }).click();
    expect(await page.getByRole('button').textContent()).toBe('Đã bấm');
    expect(await page.evaluate(() => navigator.userAgent)).toMatch(/HeadlessChrome/);
  });

  it('is CHROMIUM_PATH when set, and says so when that file is missing', async () => {
    const choice = await resolveChromium({ CHROMIUM_PATH: process.execPath });
    expect(choice).toEqual({ source: 'CHROMIUM_PATH', executablePath: process.execPath });
    await expect(resolveChromium({ CHROMIUM_PATH: '/nonexistent/chromium' })).rejects.toThrow(
      'CHROMIUM_PATH is set but /nonexistent/chromium does not exist',
    );
  });
});
