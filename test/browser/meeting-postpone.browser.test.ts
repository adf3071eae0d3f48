/**
 * "Hoãn họp" in a real browser (issue 14, "Missing from the client"): the host postpones one
 * occurrence of a recurring briefing with a reason; the page says it is postponed and why, and the
 * other occurrences stay scheduled.
 */
import { expect, it } from 'vitest';
import { browserWorldOfFile } from './harness.js';
import { label, signedInPage, text } from './locale-text.js';
import { BTV, meetingPageUrl, scheduleSeries } from './meeting-series-steps.js';

const world = browserWorldOfFile();
const REASON = 'Trùng lịch tiếp xúc cử tri của Đoàn đại biểu Quốc hội';

/** The occurrences of the series titled `title`, in order. */
const occurrences = (title: string) =>
  world()
    .ts.orm.em.fork()
    .execute<{ id: string; status: string; status_reason: string | null }[]>(
      'select id, status, status_reason from meeting where title = ? order by series_index',
      [title],
    );

it('postpones one occurrence with its reason, the others stay scheduled', async () => {
  const title = `Giao ban khối dân vận ${Date.now()}`;
  await scheduleSeries(world(), title);
  const before = await occurrences(title);
  expect(before).toHaveLength(4);

  const page = await signedInPage(world().browser, world().appUrl, BTV);
  await page.goto(meetingPageUrl(world(), before[2].id));
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
  await page.getByRole('button', { name: text('meetingActions.postpone') }).click();
  const dialog = page.getByRole('dialog', { name: text('meetingActions.postpone') });
  await dialog.getByRole('button', { name: text('meetingActions.postpone') }).click();
  await dialog.getByText(text('meetingActions.postponeReasonRequired')).waitFor();
  await dialog.getByLabel(label('meetingActions.postponeReason')).fill(REASON);
  await dialog.getByRole('button', { name: text('meetingActions.postpone') }).click();
  await dialog.waitFor({ state: 'detached' });
  await page.getByText(text('meetingStatus.POSTPONED'), { exact: true }).first().waitFor();
  await page.getByText(REASON).waitFor();

  const after = await occurrences(title);
  expect(after.map((m) => [m.status, m.status_reason])).toEqual([
    ['SCHEDULED', null],
    ['SCHEDULED', null],
    ['POSTPONED', REASON],
    ['SCHEDULED', null],
  ]);
  await page.context().close();
}, 90_000);
