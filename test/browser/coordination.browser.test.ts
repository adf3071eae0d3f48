/**
 * The coordination screens in a real browser (Debian's Chromium, playwright-core) on the real
 * server and the demo data, with two users side by side: a task created by one agency reaches
 * the coordinating agency's dashboard and notification bell without a reload; a briefing
 * occurrence moved by its host moves on an invited agency's schedule without a reload; the
 * host of the review conference turns a new conclusion into a task. Then screenshots of the
 * main screens (test-results/screenshots/).
 */
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../server/demo/load-demo-data.js';
import { DEMO_MEETING } from '../../server/demo/meeting-specs.js';
import { graphql } from '../generated/index.js';
import type { TestServer } from '../helpers/server.js';
import { DESKTOP, PHONE, screenshot, startBrowserWorld, subscribed, type BrowserWorld } from './harness.js';
import { signedInPage } from './locale-text.js';

const BDV = 'bandanvan.langson@demo.phoihop.vn';
const MTTQ = 'mttq.langson@demo.phoihop.vn';
const BTV = 'btv.tinhuy.langson@demo.phoihop.vn';
const TINHUY = 'tinhuy.langson@demo.phoihop.vn';
const MTTQ_NAME = 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Lạng Sơn';
const DAY = 86_400_000;

const SignIn = graphql(`
  mutation CoordinationBrowserSignIn($input: SignInInput!) {
    signIn(input: $input) { accessToken }
  }
`);
const UpcomingBriefings = graphql(`
  query CoordinationBrowserBriefings($from: DateTimeISO!) {
    meetings(filter: { from: $from, kinds: [PERIODIC_BRIEFING] }, first: 20) {
      edges { node { id title startsAt startsAtLocal series { id } } }
    }
  }
`);

const ReviewConference = graphql(`
  query CoordinationBrowserReviewConference($from: DateTimeISO!, $to: DateTimeISO!) {
    meetings(filter: { from: $from, to: $to, kinds: [REVIEW_CONFERENCE] }, first: 20) {
      edges { node { id title status } }
    }
  }
`);

let world: BrowserWorld;
let ts: TestServer;
let browser: Browser;
let appUrl: string;

/** A fresh browser context signed in as `email` through the sign-in page, on the dashboard. */
async function signedIn(email: string, viewport = DESKTOP): Promise<{ context: BrowserContext; page: Page }> {
  const page = await signedInPage(browser, appUrl, email, { viewport, timezoneId: 'Europe/Paris' });
  return { context: page.context(), page };
}

const unreadCount = async (page: Page) =>
  Number(await page.getByTestId('unread-count').getAttribute('data-count'));

const vnDate = (iso: string) => {
  const [y, m, d] = iso.slice(0, 10).split('-');
  return `${d}/${m}/${y}`;
};

beforeAll(async () => {
  world = await startBrowserWorld();
  ({ ts, browser, appUrl } = world);
}, 180_000);

afterAll(() => world?.stop());

describe('coordination in Chromium, two agencies side by side', () => {
  it('a task created by Ban Dân vận reaches the Front (coordinating) live: bell and dashboard', async () => {
    // The coordinating agency watches its dashboard first.
    const liveTasks = subscribed(ts, 'TaskAssigned');
    const liveInbox = subscribed(ts, 'NotificationAdded');
    const front = await signedIn(MTTQ);
    await Promise.all([liveTasks, liveInbox]);
    await front.page.getByRole('heading', { name: 'Tỷ lệ hoàn thành đúng hạn' }).waitFor();
    const before = await unreadCount(front.page);

    const lead = await signedIn(BDV);
    await lead.page.getByRole('link', { name: 'Giao nhiệm vụ' }).first().click();
    await lead.page.getByRole('heading', { level: 1, name: 'Giao nhiệm vụ' }).waitFor();
    const title = `Khảo sát tình hình Nhân dân vùng biên giới ${Date.now()}`;
    await lead.page.getByLabel(/^Tên nhiệm vụ/).fill(title);
    const tomorrow = new Date(Date.now() + DAY).toISOString().slice(0, 10);
    await lead.page.getByLabel(/^Hạn hoàn thành/).fill(tomorrow);
    // The lead defaults to the viewer's agency; the Front coordinates (searched without diacritics).
    expect(
      await lead.page
        .getByLabel(/^Cơ quan chủ trì/)
        .first()
        .inputValue(),
    ).toBe('Ban Dân vận Tỉnh ủy Lạng Sơn');
    await lead.page.getByLabel('Cơ quan phối hợp').first().fill('mat tran to quoc viet nam tinh lang son');
    await lead.page.getByRole('option', { name: MTTQ_NAME }).click();
    await lead.page.keyboard.press('Escape');
    await screenshot(lead.page, '10-create-task');
    await lead.page.getByRole('button', { name: 'Giao nhiệm vụ' }).last().click();
    await lead.page.getByRole('heading', { level: 1, name: title }).waitFor();
    await lead.page.getByRole('list', { name: 'Cơ quan thực hiện' }).getByText(MTTQ_NAME).waitFor();
    await screenshot(lead.page, '11-task');

    // Without a reload: the bell counts one more, and the task is in the Front's dashboard.
    await expect.poll(() => unreadCount(front.page), { timeout: 15_000 }).toBeGreaterThan(before);
    await front.page
      .getByRole('list', { name: 'Nhiệm vụ đang thực hiện trong hạn' })
      .getByRole('link', { name: title })
      .waitFor({ timeout: 15_000 });
    await screenshot(front.page, '12-dashboard-live');

    // The notification is in the list; marking it read lowers the count.
    await front.page.getByRole('link', { name: /^Thông báo, \d+ chưa đọc/ }).click();
    await front.page.getByRole('heading', { level: 1, name: 'Thông báo' }).waitFor();
    const item = front.page.getByRole('article').filter({ hasText: title }).first();
    await item.waitFor();
    await screenshot(front.page, '13-notifications');
    const unread = await unreadCount(front.page);
    await item.getByRole('button', { name: /^Đánh dấu đã đọc/ }).click();
    await expect.poll(() => unreadCount(front.page)).toBe(unread - 1);

    // The Front is coordinating: it reports progress, it does not complete the task.
    await front.page.getByRole('link', { name: title }).first().click();
    await front.page.getByRole('heading', { level: 1, name: title }).waitFor();
    await front.page.getByRole('button', { name: 'Báo cáo tiến độ' }).waitFor();
    expect(await front.page.getByRole('button', { name: 'Hoàn thành' }).count()).toBe(0);
    await front.page.getByRole('button', { name: 'Báo cáo tiến độ' }).click();
    const dialog = front.page.getByRole('dialog', { name: 'Báo cáo tiến độ' });
    await dialog.getByLabel('Mức hoàn thành').fill('40');
    await dialog.getByLabel(/^Nội dung đã thực hiện/).fill('Đã tổ chức khảo sát tại 3 xã biên giới.');
    await dialog.getByRole('button', { name: 'Gửi' }).click();
    await front.page.getByText('Đã tổ chức khảo sát tại 3 xã biên giới.').waitFor();

    // The lead sees the report arrive live on its task page.
    await lead.page.getByText('Đã tổ chức khảo sát tại 3 xã biên giới.').waitFor({ timeout: 15_000 });

    // Task list with a filter.
    await lead.page.goto(`${appUrl}tasks?role=LEAD`);
    await lead.page
      .getByRole('list', { name: 'Danh sách nhiệm vụ' })
      .getByRole('link', { name: title })
      .waitFor();
    await screenshot(lead.page, '14-tasks');

    // Phone-sized dashboard.
    await lead.page.setViewportSize(PHONE);
    await lead.page.goto(appUrl);
    await lead.page.getByRole('heading', { level: 1, name: 'Cơ quan của tôi' }).waitFor();
    await lead.page.getByRole('heading', { name: 'Tỷ lệ hoàn thành đúng hạn' }).waitFor();
    await screenshot(lead.page, '15-phone-dashboard');
    await front.context.close();
    await lead.context.close();
  }, 120_000);

  it('a briefing occurrence moved by its host moves on an invited agency’s schedule, live', async () => {
    const token = (await ts.gql(SignIn, { input: { email: BTV, password: DEMO_PASSWORD } })).data!.signIn
      .accessToken;
    const { data } = await ts.gql(UpcomingBriefings, { from: new Date().toISOString() }, token);
    const next = data!.meetings.edges
      .map((edge) => edge.node)
      .find((m) => m.title === DEMO_MEETING.monthlyBriefing && m.series && new Date(m.startsAt) > new Date());
    if (!next) throw new Error('the demo monthly briefing has no future occurrence any more');
    const originalDay = next.startsAtLocal.slice(0, 10);
    const movedDay = new Date(Date.parse(`${originalDay}T00:00:00Z`) + DAY).toISOString().slice(0, 10);

    // The invited agency (Ban Dân vận) watches the month of the occurrence.
    const live = subscribed(ts, 'BriefingScheduleChanged');
    const invited = await signedIn(BDV);
    await invited.page.goto(`${appUrl}schedule?view=month&date=${originalDay.slice(0, 8)}01`);
    await invited.page.getByRole('heading', { level: 1, name: 'Lịch' }).waitFor();
    const list = invited.page.getByRole('list', { name: 'Các cuộc họp trong khoảng đang xem' });
    const entry = list.getByRole('listitem').filter({ hasText: DEMO_MEETING.monthlyBriefing });
    // The list comes after the calendar has set its range and the meetings have loaded (seconds on a busy machine).
    await expect.poll(() => entry.first().textContent(), { timeout: 10_000 }).toContain(vnDate(originalDay));
    await live;
    await screenshot(invited.page, '16-schedule-month');

    // The host moves this occurrence only, a day later.
    const host = await signedIn(BTV);
    await host.page.goto(`${appUrl}schedule/meetings/${encodeURIComponent(next.id)}`);
    await host.page.getByRole('heading', { level: 1, name: DEMO_MEETING.monthlyBriefing }).waitFor();
    await host.page.getByRole('table', { name: 'Giấy mời và trả lời' }).waitFor();
    await host.page.getByRole('button', { name: 'Dời lịch' }).click();
    const dialog = host.page.getByRole('dialog', { name: 'Dời lịch cuộc họp' });
    await dialog.getByLabel(/^Ngày họp mới/).fill(movedDay);
    expect(await dialog.getByLabel('Áp dụng cho').first().inputValue()).toBe('Chỉ buổi này');
    await screenshot(host.page, '17-reschedule');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await expect
      .poll(() => host.page.getByTestId('meeting-when').textContent())
      .toContain(Number(movedDay.slice(8, 10)).toString());
    await screenshot(host.page, '18-meeting');

    // Without a reload, the invited agency's schedule shows it on the new day.
    await expect
      .poll(async () => (await entry.allTextContents()).join(' | '), { timeout: 15_000 })
      .toContain(vnDate(movedDay));
    expect((await entry.allTextContents()).join(' | ')).not.toContain(vnDate(originalDay));
    await invited.page.locator(`[data-date="${movedDay}"]`).first().waitFor();

    // The week view of the moved occurrence, and its page for the invited agency (it may answer).
    await invited.page.goto(`${appUrl}schedule?view=week&date=${movedDay}`);
    await entry.first().waitFor();
    await screenshot(invited.page, '19-schedule-week');
    await entry.first().getByRole('link').click();
    await invited.page.getByRole('heading', { level: 1, name: DEMO_MEETING.monthlyBriefing }).waitFor();
    await invited.page.getByRole('button', { name: 'Dự' }).first().waitFor();
    expect(await invited.page.getByRole('button', { name: 'Dời lịch' }).count()).toBe(0);
    await host.context.close();
    await invited.context.close();
  }, 120_000);

  it('lists programs with filters and opens one', async () => {
    const { context, page } = await signedIn(BDV);
    await page
      .getByRole('navigation', { name: 'Điều hướng chính' })
      .getByRole('link', { name: 'Chương trình' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Chương trình' }).waitFor();
    const list = page.getByRole('list', { name: 'Danh sách chương trình' });
    await list.getByRole('link').first().waitFor();
    await screenshot(page, '20-programs');
    await list.getByRole('link').first().click();
    await page.getByRole('heading', { name: 'Các bên tham gia' }).waitFor();
    await page.getByRole('heading', { name: 'Mục tiêu' }).waitFor();
    await screenshot(page, '21-program');
    await context.close();
  }, 60_000);

  it('the host of the review conference adds a conclusion, turns it into a task and opens it', async () => {
    const token = (await ts.gql(SignIn, { input: { email: TINHUY, password: DEMO_PASSWORD } })).data!.signIn
      .accessToken;
    const { data } = await ts.gql(
      ReviewConference,
      { from: '2026-01-01T00:00:00Z', to: '2026-02-01T00:00:00Z' },
      token,
    );
    const review = data!.meetings.edges
      .map((edge) => edge.node)
      .find((m) => m.title === DEMO_MEETING.reviewConference);
    if (!review) throw new Error('the demo review conference is missing');

    const host = await signedIn(TINHUY);
    await host.page.goto(`${appUrl}schedule/meetings/${encodeURIComponent(review.id)}`);
    await host.page.getByRole('heading', { level: 1, name: DEMO_MEETING.reviewConference }).waitFor();

    const text = `Rà soát, hoàn thiện quy chế phối hợp giữa Mặt trận và chính quyền ${Date.now()}`;
    await host.page.getByRole('button', { name: 'Thêm kết luận' }).click();
    const addDialog = host.page.getByRole('dialog', { name: 'Thêm kết luận' });
    await addDialog.getByLabel(/^Nội dung kết luận/).fill(text);
    await addDialog.getByRole('button', { name: 'Lưu' }).click();
    await addDialog.waitFor({ state: 'hidden' });
    const item = host.page.getByRole('listitem').filter({ hasText: text });
    await item.getByRole('button', { name: 'Giao thành nhiệm vụ' }).click();

    const dialog = host.page.getByRole('dialog', { name: 'Giao thành nhiệm vụ' });
    // The lead defaults to the viewer's agency; the Front coordinates (searched without diacritics).
    expect(
      await dialog
        .getByLabel(/^Cơ quan chủ trì/)
        .first()
        .inputValue(),
    ).toBe('Tỉnh ủy Lạng Sơn');
    await dialog.getByLabel('Cơ quan phối hợp').first().fill('mat tran to quoc viet nam tinh lang son');
    await host.page.getByRole('option', { name: MTTQ_NAME }).click();
    await dialog.getByRole('heading', { name: 'Giao thành nhiệm vụ' }).click();
    await dialog
      .getByLabel(/^Hạn hoàn thành/)
      .fill(new Date(Date.now() + 30 * DAY).toISOString().slice(0, 10));
    await screenshot(host.page, '22-conclusion-to-task');
    await dialog.getByRole('button', { name: 'Giao nhiệm vụ' }).click();
    await dialog.waitFor({ state: 'hidden' });

    // The conclusion now links to its task; the task has the lead and the coordinating agency.
    const link = item.getByRole('link', { name: 'Nhiệm vụ thực hiện kết luận' });
    await link.waitFor();
    expect(await item.getByRole('button', { name: 'Giao thành nhiệm vụ' }).count()).toBe(0);
    await screenshot(host.page, '23-meeting-conclusions');
    await link.click();
    await host.page.getByRole('heading', { level: 1, name: text }).waitFor();
    const assignments = host.page.getByRole('list', { name: 'Cơ quan thực hiện' });
    await assignments.getByText(MTTQ_NAME).waitFor();
    await assignments.getByText('Tỉnh ủy Lạng Sơn').waitFor();
    // The lead's administrator manages the task: reassign and cancel are offered.
    await host.page.getByRole('button', { name: 'Đổi cơ quan chủ trì' }).waitFor();
    await host.page.getByRole('button', { name: 'Hủy nhiệm vụ' }).waitFor();
    await screenshot(host.page, '24-task-from-conclusion');
    await host.context.close();
  }, 120_000);
});
