/**
 * The week view of the schedule in a real browser on the demo data (issue 14, "Wrong today"): a
 * meeting's block has a colour (not white on white), a task's deadline is on the calendar, the
 * week is titled the administrative way ("30/11/2026 – 06/12/2026"), and the list under the
 * calendar keeps to the week shown.
 */
import type { Locator } from 'playwright-core';
import { expect, it } from 'vitest';
import { DEMO_MEETING } from '../../server/demo/meeting-specs.js';
import { DEMO_ORG } from '../../server/demo/organizations.js';
import { browserWorldOfFile } from './harness.js';
import { signedInPage, text } from './locale-text.js';

const BDV = 'bandanvan.langson@demo.phoihop.vn';
const DAY = 86_400_000;
const world = browserWorldOfFile();

/** `YYYY-MM-DD` as the page writes it. */
const vnDate = (iso: string) => iso.split('-').toReversed().join('/');

/** The Monday of the week of a `YYYY-MM-DD` day, and its Sunday. */
function weekOf(day: string): [string, string] {
  const date = new Date(`${day}T00:00:00Z`);
  const monday = new Date(date.getTime() - ((date.getUTCDay() + 6) % 7) * DAY);
  return [monday, new Date(monday.getTime() + 6 * DAY)].map((d) => d.toISOString().slice(0, 10)) as [
    string,
    string,
  ];
}

/** The painted background colours of an element and what it holds (transparent ones left out). */
const backgrounds = (block: Locator) =>
  block.evaluate((el: { querySelectorAll(s: string): ArrayLike<unknown> }) => {
    const view = (globalThis as unknown as { getComputedStyle(e: unknown): { backgroundColor: string } })
      .getComputedStyle;
    return [el, ...Array.from(el.querySelectorAll('*'))]
      .map((node) => view(node).backgroundColor)
      .filter((colour) => colour !== 'rgba(0, 0, 0, 0)');
  });

it('shows meetings in colour and deadlines in the week, titled by its dates, listing only that week', async () => {
  const em = world().ts.orm.em.fork();
  const [meeting] = await em.execute<{ title: string; day: string }[]>(
    `select title, to_char(starts_at at time zone 'Asia/Ho_Chi_Minh', 'YYYY-MM-DD') as day from meeting
      where title = ? and starts_at > now() and status <> 'CANCELLED' order by starts_at limit 1`,
    [DEMO_MEETING.monthlyBriefing],
  );
  const [task] = await em.execute<{ title: string; due: string }[]>(
    `select t.title, t.due_on::text as due from task t
       join task_assignment a on a.task_id = t.id and a.role = 'LEAD' and a.ended_on is null
       join organization o on o.id = a.organization_id
      where o.code = ? and t.status in ('NOT_STARTED', 'IN_PROGRESS', 'BLOCKED') and t.due_on >= current_date
      order by t.due_on limit 1`,
    [DEMO_ORG.massMobilization],
  );
  expect(meeting && task).toBeTruthy();
  const page = await signedInPage(world().browser, world().appUrl, BDV);
  const calendar = page.locator('.schedule-calendar');
  const list = page.getByRole('list', { name: text('schedule.listTitle') });

  // The briefing's week: a coloured block, the week's dates as its title, only that week listed.
  const [monday, sunday] = weekOf(meeting.day);
  await page.goto(`${world().appUrl}schedule?view=week&date=${meeting.day}`);
  const block = calendar.getByRole('link', { name: new RegExp(meeting.title) }).first();
  await block.waitFor();
  const painted = await backgrounds(block);
  expect(painted.length).toBeGreaterThan(0);
  expect(painted.every((colour) => colour !== 'rgb(255, 255, 255)')).toBe(true);
  await calendar.getByText(`${vnDate(monday)} – ${vnDate(sunday)}`).waitFor();
  await list.getByRole('listitem').first().waitFor();
  const starts = await list.getByTestId('meeting-start').allTextContents();
  const inWeek = (shown: string) => {
    const iso = shown.slice(-10).split('/').toReversed().join('-');
    return iso >= monday && iso <= sunday;
  };
  expect(starts.filter((shown) => !inWeek(shown))).toEqual([]);

  // The lead's nearest deadline is on the calendar of its week, and opens the task.
  await page.goto(`${world().appUrl}schedule?view=week&date=${task.due}`);
  const deadline = calendar.getByRole('link', { name: text('schedule.deadline', { title: task.title }) });
  await deadline.first().click();
  await page.getByRole('heading', { level: 1, name: task.title }).waitFor();
  await page.context().close();
}, 90_000);
