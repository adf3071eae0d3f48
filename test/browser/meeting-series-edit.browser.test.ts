/**
 * The host of a recurring briefing edits it in a real browser with the series scope (issue 14,
 * "Missing from the client"): a new title and place for "the whole series" reach every
 * occurrence; a new place for "this and the following" ones leaves the earlier one as it was.
 */
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { browserWorldOfFile } from './harness.js';
import { label, signedInPage, text } from './locale-text.js';
import { BTV, meetingPageUrl, scheduleSeries } from './meeting-series-steps.js';

const world = browserWorldOfFile();

/**
 * The meetings of the ids, in their order (a change of "this and the following" may split the
 * series, so they are followed by id).
 */
async function occurrences(ids: string[]) {
  const rows = await world()
    .ts.orm.em.fork()
    .execute<{ id: string; title: string; place: string | null }[]>(
      `select id, title, place from meeting where id in (${ids.map(() => '?').join(', ')})`,
      ids,
    );
  return ids.map((id) => rows.find((row) => row.id === id));
}

/** Edits the meeting shown with "Sửa thông tin": its title and place, for `scope`. */
async function edit(page: Page, values: { title?: string; place: string }, scope: string): Promise<void> {
  await page.getByRole('button', { name: text('editMeeting.open') }).click();
  const dialog = page.getByRole('dialog', { name: text('editMeeting.title') });
  if (values.title) await dialog.getByLabel(label('editMeeting.meetingTitle')).fill(values.title);
  await dialog.getByLabel(label('editMeeting.place')).fill(values.place);
  await dialog.getByLabel(label('meeting.scope')).first().click();
  await page.getByRole('option', { name: text(`meetingScope.${scope}`) }).click();
  await dialog.getByRole('button', { name: text('common.save') }).click();
  await dialog.waitFor({ state: 'detached' });
  await page.getByText(values.place).first().waitFor();
}

it('edits the whole series, then this and the following occurrences', async () => {
  const title = `Giao ban công tác dân vận các xã biên giới ${Date.now()}`;
  await scheduleSeries(world(), title, 'Phòng họp số 1');
  const before = await world()
    .ts.orm.em.fork()
    .execute<{ id: string }[]>('select id from meeting where title = ? order by series_index', [title]);
  expect(before).toHaveLength(4);
  const ids = before.map((m) => m.id);

  const page = await signedInPage(world().browser, world().appUrl, BTV);
  const renamed = `${title} (toàn bộ)`;
  await page.goto(meetingPageUrl(world(), ids[2]));
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
  await edit(page, { title: renamed, place: 'Hội trường Tỉnh ủy' }, 'SERIES');
  await page.getByRole('heading', { level: 1, name: renamed }).waitFor();
  const series = await occurrences(ids);
  expect(series.map((m) => [m?.title, m?.place])).toEqual(ids.map(() => [renamed, 'Hội trường Tỉnh ủy']));

  await page.goto(meetingPageUrl(world(), ids[1]));
  await page.getByRole('heading', { level: 1, name: renamed }).waitFor();
  await edit(page, { place: 'Phòng họp số 2' }, 'THIS_AND_FOLLOWING');
  await expect
    .poll(async () => (await occurrences(ids)).map((m) => m?.place))
    .toEqual(['Hội trường Tỉnh ủy', 'Phòng họp số 2', 'Phòng họp số 2', 'Phòng họp số 2']);
  await page.context().close();
}, 90_000);
