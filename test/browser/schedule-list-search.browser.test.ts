/**
 * The schedule's meeting list is searched and sorted like the other lists (issue 14, "Lists a
 * coordinator works in"): a search by title or place without diacritics, "không có cuộc họp nào
 * khớp" when nothing matches, sort by start time or by title in Vietnamese order, both kept in the URL.
 */
import { expect, it } from 'vitest';
import { DEMO_MEETING } from '../../server/demo/meeting-specs.js';
import { browserWorldOfFile } from './harness.js';
import { label, signedInPage, text } from './locale-text.js';

const BDV = 'bandanvan.langson@demo.phoihop.vn';
const world = browserWorldOfFile();
const collator = new Intl.Collator('vi', { sensitivity: 'variant', numeric: true });

/** Lower case without diacritics, as one types on a phone. */
const fold = (value: string) =>
  value.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();

it('searches the listed meetings by place without diacritics and sorts them by title, in the URL', async () => {
  const [meeting] = await world()
    .ts.orm.em.fork()
    .execute<{ title: string; day: string; place: string }[]>(
      `select title, place, to_char(starts_at at time zone 'Asia/Ho_Chi_Minh', 'YYYY-MM-DD') as day from meeting
        where title = ? and starts_at > now() and status <> 'CANCELLED' and place is not null
        order by starts_at limit 1`,
      [DEMO_MEETING.monthlyBriefing],
    );
  expect(meeting).toBeDefined();
  const page = await signedInPage(world().browser, world().appUrl, BDV);
  await page.goto(`${world().appUrl}schedule?view=month&date=${meeting.day}`);
  const list = page.getByRole('list', { name: text('schedule.listTitle') });
  await list.getByRole('link', { name: meeting.title }).first().waitFor();

  const filters = page.getByRole('search', { name: text('schedule.filtersLabel') });
  await filters.getByLabel(label('schedule.search')).fill('khong co cuoc hop nay zzz');
  await page.getByText(text('schedule.noMatch')).waitFor();
  await filters
    .getByLabel(label('schedule.search'))
    .fill(fold(meeting.place).split(' ').toReversed().join(' '));
  await list.getByRole('link', { name: meeting.title }).first().waitFor();
  const items = await list.getByRole('listitem').allTextContents();
  expect(items.length).toBeGreaterThan(0);
  for (const item of items) expect(item).toContain(meeting.place);
  await page.waitForURL(
    (url) => url.searchParams.get('q') === fold(meeting.place).split(' ').toReversed().join(' '),
  );

  await filters.getByLabel(label('schedule.search')).fill('');
  await page.waitForURL((url) => !url.searchParams.has('q'));
  const sort = filters.locator('input').and(page.getByLabel(text('schedule.sort'), { exact: true }));
  await sort.click();
  await page.getByRole('option', { name: text('schedule.sortTitle') }).click();
  await page.waitForURL((url) => url.searchParams.get('sort') === 'title');
  await page.reload();
  await list.getByRole('link', { name: meeting.title }).first().waitFor();
  const titles = await list.getByRole('link').allTextContents();
  expect(titles).toEqual(titles.toSorted((a, b) => collator.compare(a, b)));
  await expect(sort.inputValue()).resolves.toBe(text('schedule.sortTitle'));
  await page.context().close();
}, 90_000);
