/**
 * The organization's task list in a real browser (issue 14): a coordinator of Ban Dân vận searches
 * it without diacritics, switches the order (by lead agency too), sees finished tasks apart from open ones and groups
 * the page by lead organization; a task page shows each agency's own progress or "Chưa báo cáo".
 * Screenshots at desktop and 390 px phone width.
 */
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { toGlobalId } from '../../server/core/ids.js';
import { DEMO_PASSWORD } from '../../server/demo/load-demo-data.js';
import { DEMO_ORG } from '../../server/demo/organizations.js';
import { DESKTOP, PHONE, browserWorldOfFile, screenshot } from './harness.js';

const BDV = 'bandanvan.langson@demo.phoihop.vn';
const world = browserWorldOfFile();

interface Row {
  id: string;
  title: string;
}

/** Ban Dân vận's current tasks of the given statuses, latest deadline first. */
async function tasksOfBdv(statuses: string[], extra = ''): Promise<Row[]> {
  return world()
    .ts.orm.em.fork()
    .execute<Row[]>(
      `select t.id, t.title from task t
         join task_assignment a on a.task_id = t.id and a.ended_on is null
         join organization o on o.id = a.organization_id
        where o.code = ? and t.status in (${statuses.map(() => '?').join(', ')}) ${extra}
        order by t.due_on desc, t.id`,
      [DEMO_ORG.massMobilization, ...statuses],
    );
}

async function signedIn(): Promise<Page> {
  const context = await world().browser.newContext({ viewport: DESKTOP, locale: 'vi-VN' });
  const page = await context.newPage();
  await page.goto(world().appUrl);
  await page.getByLabel('Thư điện tử').fill(BDV);
  await page.getByLabel(/^Mật khẩu/).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByRole('heading', { level: 1, name: 'Cơ quan của tôi' }).waitFor();
  return page;
}

/** The titles of the tasks listed, in order. */
function listedTitles(page: Page): Promise<string[]> {
  return page
    .getByRole('list', { name: 'Danh sách nhiệm vụ' })
    .getByRole('listitem')
    .getByRole('link')
    .allTextContents();
}

/** Lower case and without diacritics ("đ" as "d"). */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/gi, 'd').toLowerCase();
}

/** Variables of the task list's query. */
interface ListVariables {
  filter?: { search?: string };
  orderBy?: string;
}

/**
 * Resolves once the server has answered the task list's query with variables that satisfy `wanted`:
 * what a list check waits for after a change of search or order, rather than for some time (a
 * search under load takes longer than a poll's second).
 */
function listAnswered(page: Page, wanted: (variables: ListVariables) => boolean) {
  return page.waitForResponse((response) => {
    const body = response.request().postData();
    if (!body) return false;
    const sent = JSON.parse(body) as { operationName?: string; variables?: ListVariables };
    return sent.operationName === 'OrganizationTaskList' && wanted(sent.variables ?? {});
  });
}

/** A segment of a segmented control, by its exact text. */
function segment(page: Page, text: string) {
  return page.locator('label').filter({ hasText: new RegExp(`^${text}$`) });
}

it('searches, orders, keeps finished tasks apart and groups by lead; a task shows each agency’s progress', async () => {
  const open = await tasksOfBdv(['NOT_STARTED', 'IN_PROGRESS', 'BLOCKED']);
  const finished = await tasksOfBdv(['DONE']);
  expect(open.length).toBeGreaterThan(1);
  expect(finished.length).toBeGreaterThan(0);
  // The open task with the latest deadline becomes the most recently changed one.
  const latest = open[0];
  await world()
    .ts.orm.em.fork()
    .execute(`update task set updated_at = now() + interval '1 minute' where id = ?`, [latest.id]);

  const page = await signedIn();
  await page.goto(`${world().appUrl}tasks`);
  await page.getByText(/nhiệm vụ đang thực hiện$/).waitFor();
  expect((await listedTitles(page))[0]).not.toBe(latest.title);
  expect(await listedTitles(page)).not.toContain(finished[0].title);

  const word = fold(
    latest.title
      .split(/\s+/)
      .filter((w) => w.length >= 5)
      .at(-1) ?? latest.title,
  );
  const searched = listAnswered(page, (v) => v.filter?.search === word);
  await page.getByLabel('Tìm nhiệm vụ').fill(word);
  await page.waitForURL((url) => url.searchParams.get('q') === word);
  await searched;
  const matching = open.filter((task) => fold(task.title).includes(word)).map((task) => task.title);
  await expect.poll(async () => (await listedTitles(page)).toSorted()).toEqual(matching.toSorted());
  await page.getByLabel('Tìm nhiệm vụ').fill('');
  await page.waitForURL((url) => !url.searchParams.has('q'));

  await page.locator('input').and(page.getByLabel('Sắp xếp')).click();
  const byUpdate = listAnswered(page, (v) => v.orderBy === 'UPDATED_AT');
  await page.getByRole('option', { name: 'Mới cập nhật trước' }).click();
  await page.waitForURL((url) => url.searchParams.get('sort') === 'UPDATED_AT');
  await byUpdate;
  await expect.poll(async () => (await listedTitles(page))[0]).toBe(latest.title);
  await page
    .getByText(/^Quá hạn \d+ ngày$|^\d+%$/)
    .first()
    .waitFor();
  await screenshot(page, '30-task-list');

  // By lead agency: the order of the lead's name the Vietnamese way, then the deadline.
  const byLead = await world()
    .ts.orm.em.fork()
    .execute<Row[]>(
      `select t.id, t.title from task t
         join task_assignment a on a.task_id = t.id and a.ended_on is null
         join organization o on o.id = a.organization_id
         join task_assignment la on la.task_id = t.id and la.role = 'LEAD' and la.ended_on is null
         join organization lo on lo.id = la.organization_id
        where o.code = ? and t.status in ('NOT_STARTED', 'IN_PROGRESS', 'BLOCKED')
        order by lo.name collate "vietnamese", t.due_on, t.id`,
      [DEMO_ORG.massMobilization],
    );
  await page.locator('input').and(page.getByLabel('Sắp xếp')).click();
  const byLeadAnswered = listAnswered(page, (v) => v.orderBy === 'LEAD');
  await page.getByRole('option', { name: 'Theo cơ quan chủ trì (A–Z)' }).click();
  await page.waitForURL((url) => url.searchParams.get('sort') === 'LEAD');
  await byLeadAnswered;
  const shown = Math.min(byLead.length, 10);
  await expect
    .poll(async () => (await listedTitles(page)).slice(0, shown))
    .toEqual(byLead.slice(0, shown).map((task) => task.title));

  await segment(page, 'Theo cơ quan chủ trì').click();
  await page.getByRole('heading', { level: 3 }).first().waitFor();
  await segment(page, 'Đã kết thúc').click();
  await page.getByText(/nhiệm vụ đã kết thúc$/).waitFor();
  await page.getByRole('link', { name: finished[0].title }).waitFor();
  expect(await page.getByRole('link', { name: latest.title }).count()).toBe(0);
  await screenshot(page, '31-task-list-finished-by-lead');

  await page.setViewportSize(PHONE);
  await segment(page, 'Đang thực hiện').click();
  await page.getByRole('link', { name: latest.title }).waitFor();
  expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(
    PHONE.width,
  );
  await screenshot(page, '32-phone-task-list');

  const [shared] = await tasksOfBdv(
    ['NOT_STARTED', 'IN_PROGRESS', 'BLOCKED'],
    `and (select count(*) from task_assignment c where c.task_id = t.id and c.ended_on is null) > 1`,
  );
  expect(shared).toBeDefined();
  const parts = await world()
    .ts.orm.em.fork()
    .execute<{ reported_at: Date | null }[]>(
      `select reported_at from task_assignment where task_id = ? and ended_on is null`,
      [shared.id],
    );
  const reported = parts.filter((part) => part.reported_at !== null).length;
  await page.goto(`${world().appUrl}tasks/${encodeURIComponent(toGlobalId('Task', shared.id))}`);
  await page.getByText(`${reported}/${parts.length} cơ quan đã báo cáo`).waitFor();
  const agencyParts = page.getByTestId('agency-part');
  expect(await agencyParts.count()).toBe(parts.length);
  expect(await agencyParts.getByText('Chưa báo cáo').count()).toBe(parts.length - reported);
  expect(await agencyParts.getByText(/^Báo cáo gần nhất: \d+% · /).count()).toBe(reported);
  await screenshot(page, '33-phone-task-agencies');
  await page.setViewportSize(DESKTOP);
  await screenshot(page, '34-task-agencies');
  await page.context().close();
}, 120_000);
