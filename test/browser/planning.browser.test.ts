/**
 * The planning screens in a real browser on the demo data: Ban Dân vận schedules a monthly
 * briefing series from the form (the repeat said in words, "thứ Hai đầu tiên hằng tháng") and
 * finds its occurrences in the week view; creates a program with partners and sets an objective;
 * mutes a kind of notification and keeps it after a reload. Screenshots at desktop and phone width.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserWorldOfFile, DESKTOP, PHONE, screenshot } from './harness.js';
import { label, signedInPage, text } from './locale-text.js';

const BDV = 'bandanvan.langson@demo.phoihop.vn';
const MTTQ_NAME = 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Lạng Sơn';
const YOUTH_NAME = 'Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh Lạng Sơn';

const world = browserWorldOfFile();
/** A page signed in as Ban Dân vận. */
const signedIn = () => signedInPage(world().browser, world().appUrl, BDV);

/** The first Monday of the month `monthsAhead` after this one (`YYYY-MM-DD`). */
function firstMonday(monthsAhead: number): string {
  const now = new Date();
  const day = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + monthsAhead, 1));
  while (day.getUTCDay() !== 1) day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
}

/** Picks an organization in a directory search field (typed without diacritics). */
async function pickOrganization(page: Page, fieldLabel: RegExp | string, search: string, name: string) {
  await page.getByLabel(fieldLabel).first().fill(search);
  await page.getByRole('option', { name }).click();
  await page.keyboard.press('Escape');
}

/** Screenshots of the page as it is at desktop width, then at phone width. */
async function bothWidths(page: Page, name: string) {
  await screenshot(page, `${name}-desktop`);
  await page.setViewportSize(PHONE);
  await screenshot(page, `${name}-phone`);
  await page.setViewportSize(DESKTOP);
}

describe('planning screens in Chromium', () => {
  it('schedules a monthly briefing series and finds it in the week view', async () => {
    const page = await signedIn();
    await page.goto(`${world().appUrl}schedule`);
    await page.getByRole('link', { name: text('scheduleMeeting.open') }).click();
    await page.getByRole('heading', { level: 1, name: text('scheduleMeeting.title') }).waitFor();
    const form = page.getByRole('form', { name: text('scheduleMeeting.title') });
    const title = `Giao ban công tác dân vận ${Date.now()}`;
    const first = firstMonday(1);
    await form.getByLabel(label('scheduleMeeting.meetingTitle')).fill(title);
    await form.getByLabel(label('scheduleMeeting.date')).fill(first);
    await form.getByLabel(label('meeting.newStart')).fill('08:00');
    await form.getByLabel(label('meeting.newEnd')).fill('10:00');
    const monthly = 'thứ Hai đầu tiên hằng tháng';
    expect(text('recurrence.monthlyWeekday', { weekday: 'thứ Hai', ordinal: 'đầu tiên' })).toBe(monthly);
    await form.getByRole('radio', { name: monthly }).check();
    await form.getByLabel(label('recurrence.count')).fill('6');
    await expect.poll(() => form.getByTestId('recurrence-summary').textContent()).toBe(`${monthly}, 6 buổi`);
    await form.getByLabel(label('scheduleMeeting.place')).fill('Phòng họp tầng 3, Tỉnh ủy');
    await pickOrganization(
      page,
      text('scheduleMeeting.organizations'),
      'mat tran to quoc viet nam tinh lang son',
      MTTQ_NAME,
    );
    await bothWidths(page, '30-schedule-series');
    await form.getByRole('button', { name: text('scheduleMeeting.submit') }).click();

    // The week view of the first occurrence lists it; so does the week of the next month's.
    await page.waitForURL(/\/schedule\?view=week/);
    const list = page.getByRole('list', { name: text('schedule.listTitle') });
    await list.getByRole('listitem').filter({ hasText: title }).first().waitFor();
    await page
      .locator('.schedule-calendar')
      .getByRole('link', { name: new RegExp(title) })
      .first()
      .waitFor();
    await bothWidths(page, '31-schedule-week-series');
    await page.goto(`${world().appUrl}schedule?view=week&date=${firstMonday(2)}`);
    await list.getByRole('listitem').filter({ hasText: title }).first().waitFor();

    // Its page says the repeat in words, lists the invited Front, and takes an agenda.
    await list.getByRole('listitem').filter({ hasText: title }).first().getByRole('link').click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page.getByText(monthly, { exact: false }).first().waitFor();
    await page
      .getByRole('table', { name: text('meeting.invitations') })
      .getByText(MTTQ_NAME)
      .waitFor();
    await page.getByRole('button', { name: text('meetingActions.setAgenda') }).click();
    const dialog = page.getByRole('dialog', { name: text('meetingActions.setAgenda') });
    await dialog.getByRole('button', { name: text('meetingActions.addItem') }).click();
    await dialog
      .getByRole('textbox', { name: text('meetingActions.itemTitle', { n: 1 }), exact: true })
      .fill('Kết quả công tác dân vận tháng');
    await dialog.getByRole('button', { name: text('common.save') }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByText('Kết quả công tác dân vận tháng').waitFor();
    await bothWidths(page, '32-meeting-series');
    await page.context().close();
  }, 150_000);

  it('creates a program with partners and sets an objective', async () => {
    const page = await signedIn();
    await page.goto(`${world().appUrl}programs`);
    await page.getByRole('link', { name: text('createProgram.open') }).click();
    await page.getByRole('heading', { level: 1, name: text('createProgram.title') }).waitFor();
    const form = page.getByRole('form', { name: text('createProgram.title') });
    const code = `CTPH-${Date.now()}`;
    const title = `Chương trình phối hợp vận động Nhân dân ${code}`;
    await form.getByLabel(label('createProgram.code')).fill(code);
    await form.getByLabel(label('createProgram.programTitle')).fill(title);
    await pickOrganization(
      page,
      text('createProgram.participants'),
      'mat tran to quoc viet nam tinh lang son',
      MTTQ_NAME,
    );
    await pickOrganization(
      page,
      text('createProgram.participants'),
      'doan thanh nien cong san ho chi minh tinh lang son',
      YOUTH_NAME,
    );
    await form.getByLabel(text('createProgram.participantRole', { name: YOUTH_NAME })).click();
    await page.getByRole('option', { name: text('participantRole.CO_LEAD') }).click();
    await bothWidths(page, '33-create-program');
    await form.getByRole('button', { name: text('createProgram.submit') }).click();

    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    const participants = page.getByRole('list', { name: text('programs.participants') });
    const youth = participants.getByRole('listitem').filter({ hasText: YOUTH_NAME });
    await youth.getByText(text('participantRole.CO_LEAD')).waitFor();
    await participants
      .getByRole('listitem')
      .filter({ hasText: MTTQ_NAME })
      .getByText(text('participantRole.PARTNER'))
      .waitFor();

    await page.getByRole('button', { name: text('programActions.setObjective') }).click();
    const dialog = page.getByRole('dialog', { name: text('programActions.setObjective') });
    await dialog.getByLabel(label('programActions.key')).fill('mo-hinh');
    await dialog.getByLabel(label('programActions.objectiveTitle')).fill('Mô hình dân vận khéo');
    await dialog.getByLabel(label('programActions.target')).fill('20');
    await dialog.getByLabel(label('programActions.unit')).fill('mô hình');
    await dialog.getByRole('button', { name: text('common.save') }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.locator('#main-content').getByText('Mô hình dân vận khéo').waitFor();
    await bothWidths(page, '34-program-partners');
    await page.context().close();
  }, 120_000);

  it('keeps notification preferences: a muted kind and a reminder lead time', async () => {
    const page = await signedIn();
    await page.getByRole('button', { name: /^Tài khoản:/ }).click();
    await page.getByRole('menuitem', { name: text('preferences.menu') }).click();
    await page.getByRole('heading', { level: 1, name: text('preferences.title') }).waitFor();
    const form = page.getByRole('form', { name: text('preferences.title') });
    const urged = form.getByRole('checkbox', { name: text('preferences.kind.TASK_URGED') });
    const threeHours = form.getByRole('checkbox', { name: text('preferences.hours_other', { count: 3 }) });
    expect(await urged.isChecked()).toBe(true);
    await urged.uncheck();
    await threeHours.check();
    await form.getByLabel(label('preferences.dueSoonDays')).fill('5');
    await form.getByRole('button', { name: text('common.save') }).click();
    await form.getByText(text('preferences.saved')).waitFor();
    await bothWidths(page, '35-notification-preferences');

    await page.reload();
    await page.getByRole('heading', { level: 1, name: text('preferences.title') }).waitFor();
    await expect.poll(() => urged.isChecked()).toBe(false);
    expect(await threeHours.isChecked()).toBe(true);
    expect(await form.getByLabel(label('preferences.dueSoonDays')).inputValue()).toBe('5');
    await page.context().close();
  }, 90_000);
});
