/**
 * The Vietnamese words of the client's locale file, so browser tests find fields, buttons and
 * messages by what the page says without copying the texts.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { projectRoot } from '../../server/core/db/orm.js';
import { DEMO_PASSWORD } from '../../server/demo/load-demo-data.js';
import { DESKTOP } from './harness.js';

type Tree = { [key: string]: string | Tree };
const vi = JSON.parse(readFileSync(path.join(projectRoot, 'client/src/locales/vi.json'), 'utf8')) as Tree;

/** The Vietnamese text of a locale key, with `{{name}}` placeholders filled from `values`. */
export function text(key: string, values: Record<string, string | number> = {}): string {
  const value = key.split('.').reduce<string | Tree>((tree, part) => (tree as Tree)[part] as Tree, vi);
  if (typeof value !== 'string') throw new Error(`no locale text ${key}`);
  return value.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? ''));
}

/** A field's label as the page shows it (required fields end with an asterisk). */
export const label = (key: string) => new RegExp(`^${text(key).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);

/**
 * A new page in Vietnamese (in a context of its own, desktop-sized unless `options` say else)
 * signed in as `email` through the sign-in page, on the dashboard.
 */
export async function signedInPage(
  browser: Browser,
  appUrl: string,
  email: string,
  options: BrowserContextOptions = {},
): Promise<Page> {
  const context = await browser.newContext({ viewport: DESKTOP, locale: 'vi-VN', ...options });
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error(`[${email}] page error: ${error.message}`));
  await page.goto(appUrl);
  await page.getByLabel('Thư điện tử').fill(email);
  await page.getByLabel(/^Mật khẩu/).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByRole('heading', { level: 1, name: 'Cơ quan của tôi' }).waitFor();
  return page;
}
