/**
 * The directory's area tree is in Vietnamese alphabetical order (issue 14, "Wrong today"):
 * "Cà Mau" before "Cao Bằng" (tones after the base letter), not by character code.
 */
import { expect, it } from 'vitest';
import { browserWorldOfFile } from './harness.js';
import { signedInPage, text } from './locale-text.js';

const BDV = 'bandanvan.langson@demo.phoihop.vn';
const world = browserWorldOfFile();
const collator = new Intl.Collator('vi', { sensitivity: 'variant', numeric: true });

it('lists the provinces under Việt Nam in Vietnamese order', async () => {
  const page = await signedInPage(world().browser, world().appUrl, BDV);
  await page.goto(`${world().appUrl}directory`);
  const select = (name: string) => page.getByRole('button', { name: text('directory.selectArea', { name }) });
  await select('Tỉnh Cao Bằng').waitFor();
  // Each button shows the area's name (its accessible name adds "Lọc theo").
  const prefix = text('directory.selectArea', { name: '' });
  const names = await page.getByRole('button', { name: new RegExp(`^${prefix}`) }).allTextContents();
  const provinces = names.filter((name) => /^(Tỉnh|Thành phố) /.test(name));
  expect(provinces.length).toBe(34);
  expect(provinces).toEqual(provinces.toSorted((a, b) => collator.compare(a, b)));
  expect(provinces.indexOf('Tỉnh Cà Mau')).toBeGreaterThanOrEqual(0);
  expect(provinces.indexOf('Tỉnh Cà Mau')).toBeLessThan(provinces.indexOf('Tỉnh Cao Bằng'));
  await page.context().close();
}, 60_000);
