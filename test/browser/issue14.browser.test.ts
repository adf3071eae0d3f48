/**
 * Issue 14 in a real browser: the agency picker finds "mat tran lang son" and
 * "mttq lang son" and says when nothing matches; a coordinator extends a
 * deadline with a reason; and the first load's compressed JavaScript and the
 * time to a ready dashboard on an emulated 1.6 Mbps / 150 ms link (printed,
 * not asserted: the machine is shared).
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../server/core/ids.js';
import { todayInVietnam } from '../../server/core/scalars.js';
import { DEMO_PASSWORD } from '../../server/demo/load-demo-data.js';
import { DEMO_ORG } from '../../server/demo/organizations.js';
import { DESKTOP, startBrowserWorld, type BrowserWorld } from './harness.js';

const BDV = 'bandanvan.langson@demo.phoihop.vn';
const FRONT = 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Lạng Sơn';

let world: BrowserWorld;
let browser: Browser;
let appUrl: string;

beforeAll(async () => {
  world = await startBrowserWorld();
  ({ browser, appUrl } = world);
}, 180_000);

afterAll(() => world?.stop());

async function signIn(page: Page): Promise<void> {
  await page.goto(appUrl);
  await page.getByLabel('Thư điện tử').fill(BDV);
  await page.getByLabel(/^Mật khẩu/).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByRole('heading', { level: 1, name: 'Cơ quan của tôi' }).waitFor();
}

async function signedIn(): Promise<Page> {
  const context = await browser.newContext({ viewport: DESKTOP, locale: 'vi-VN' });
  const page = await context.newPage();
  await signIn(page);
  return page;
}

describe('issue 14 in Chromium', () => {
  it('finds the Front by "mat tran lang son" and "mttq lang son", and says when nothing matches', async () => {
    const page = await signedIn();
    await page.goto(`${appUrl}tasks/new`);
    const picker = page.locator('input').and(page.getByLabel('Cơ quan phối hợp'));
    for (const typed of ['mat tran lang son', 'mttq lang son']) {
      await picker.fill(typed);
      await page.getByRole('option', { name: FRONT }).waitFor();
    }
    await picker.fill('khong co co quan nay');
    await page.getByText('Không tìm thấy kết quả phù hợp').waitFor();
    // Only what is shown counts: an unopened picker (the person in charge) keeps its hint hidden.
    expect(await page.getByText('Gõ ít nhất 2 ký tự để tìm').filter({ visible: true }).count()).toBe(0);
    await page.context().close();
  }, 60_000);

  it('extends a deadline with its reason, which the task keeps', async () => {
    const [row] = await world.ts.orm.em.fork().execute<{ id: string; due_on: string }[]>(
      `select t.id, t.due_on::text as due_on from task t
         join task_assignment a on a.task_id = t.id and a.role = 'LEAD' and a.ended_on is null
         join organization o on o.id = a.organization_id
        where o.code = ? and t.status in ('NOT_STARTED', 'IN_PROGRESS', 'BLOCKED')
        order by t.due_on limit 1`,
      [DEMO_ORG.massMobilization],
    );
    const later = new Date(Date.parse(`${todayInVietnam()}T00:00:00Z`) + 60 * 86_400_000)
      .toISOString()
      .slice(0, 10);
    const page = await signedIn();
    await page.goto(`${appUrl}tasks/${encodeURIComponent(toGlobalId('Task', row.id))}`);
    await page.getByRole('button', { name: 'Gia hạn' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(/^Hạn mới/).fill(later);
    await dialog.getByLabel(/^Lý do gia hạn/).fill('Chờ ý kiến của Sở Nội vụ');
    await dialog.getByRole('button', { name: 'Gia hạn' }).click();
    await dialog.waitFor({ state: 'detached' });
    const [y, m, d] = later.split('-');
    await page.getByText(`${d}/${m}/${y}`).first().waitFor();
    const changes = await world.ts.orm.em
      .fork()
      .execute<{ reason: string; previous: string; due: string }[]>(
        'select reason, previous_due_on::text as previous, due_on::text as due from task_deadline_change where task_id = ?',
        [row.id],
      );
    expect(changes).toEqual([{ reason: 'Chờ ý kiến của Sở Nội vụ', previous: row.due_on, due: later }]);
    await page.context().close();
  });

  it('reports the first load over a 1.6 Mbps / 150 ms link: compressed JavaScript and dashboard-ready time', async () => {
    const context = await browser.newContext({ viewport: DESKTOP, locale: 'vi-VN' });
    const page = await context.newPage();
    await signIn(page);
    await context.clearCookies();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 150,
      downloadThroughput: 1_600_000 / 8,
      uploadThroughput: 750_000 / 8,
    });
    const scripts: { url: string; encoded: number; encoding: string }[] = [];
    page.on('response', (response) => {
      if (response.request().resourceType() !== 'script') return;
      void response
        .request()
        .sizes()
        .then((sizes) =>
          scripts.push({
            url: response.url(),
            encoded: sizes.responseBodySize,
            encoding: response.headers()['content-encoding'] ?? 'identity',
          }),
        );
    });
    const started = Date.now();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Cơ quan của tôi' }).waitFor({ timeout: 60_000 });
    await page
      .getByText(/Lạng Sơn/)
      .first()
      .waitFor({ timeout: 60_000 });
    const readyMs = Date.now() - started;
    await expect.poll(() => scripts.length).toBeGreaterThan(0);
    const total = scripts.reduce((sum, s) => sum + s.encoded, 0);
    console.log(
      `first load on 1.6 Mbps / 150 ms: ${scripts.length} scripts, ${(total / 1024).toFixed(1)} kB compressed ` +
        `(${[...new Set(scripts.map((s) => s.encoding))].join(', ')}); dashboard ready in ${readyMs} ms`,
    );
    // Files under 1 kB are not worth compressing; every other script comes as brotli.
    expect(scripts.filter((s) => s.encoded > 1024).every((s) => s.encoding === 'br')).toBe(true);
    expect(scripts.some((s) => /fullcalendar|SchedulePage/i.test(s.url))).toBe(false);
    await context.close();
  }, 120_000);
});
