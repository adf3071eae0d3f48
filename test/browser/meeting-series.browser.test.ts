/**
 * The host of a recurring briefing changes "this and the following" occurrences in a real browser
 * (issue 14, "Missing from the client"): invites one more agency to them, then cancels them with
 * a reason; the earlier occurrences keep their invitations and stay scheduled.
 */
import { expect, it } from 'vitest';
import { DEMO_ORG } from '../../server/demo/organizations.js';
import { browserWorldOfFile } from './harness.js';
import { label, signedInPage, text } from './locale-text.js';
import { BTV, meetingPageUrl, scheduleSeries } from './meeting-series-steps.js';

const world = browserWorldOfFile();

interface Occurrence {
  id: string;
  series_index: number;
  status: string;
  invited: boolean;
}

/** The series' occurrences, with their status and whether the union is invited. */
function occurrences(title: string): Promise<Occurrence[]> {
  return world()
    .ts.orm.em.fork()
    .execute<Occurrence[]>(
      `select m.id, m.series_index, m.status, exists (
          select 1 from meeting_invitation i join organization o on o.id = i.organization_id
           where i.meeting_id = m.id and o.code = ?) as invited
         from meeting m where m.title = ? order by m.series_index`,
      [DEMO_ORG.tradeUnion, title],
    );
}

it('invites to and cancels this and the following occurrences of a series', async () => {
  const title = `Giao ban Ban Thường vụ với các đoàn thể ${Date.now()}`;
  await scheduleSeries(world(), title);
  const before = await occurrences(title);
  expect(before.length).toBe(4);
  const chosen = before[1];
  const [union] = await world()
    .ts.orm.em.fork()
    .execute<{ name: string }[]>(`select name from organization where code = ?`, [DEMO_ORG.tradeUnion]);
  const page = await signedInPage(world().browser, world().appUrl, BTV);
  await page.goto(meetingPageUrl(world(), chosen.id));
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
  const following = text('meetingScope.THIS_AND_FOLLOWING');

  await page.getByRole('button', { name: text('meetingActions.invite') }).click();
  const invite = page.getByRole('dialog', { name: text('meetingActions.invite') });
  await invite.getByLabel(text('scheduleMeeting.organizations')).first().fill('lien doan lao dong lang son');
  await page.getByRole('option', { name: union.name }).click();
  await page.keyboard.press('Escape');
  await invite.getByLabel(label('meeting.scope')).first().click();
  await page.getByRole('option', { name: following }).click();
  await invite.getByRole('button', { name: text('meetingActions.inviteSubmit') }).click();
  await invite.waitFor({ state: 'detached' });
  await page
    .getByRole('table', { name: text('meeting.invitations') })
    .getByText(union.name)
    .waitFor();

  await page.getByRole('button', { name: text('meetingActions.cancel') }).click();
  const cancel = page.getByRole('dialog', { name: text('meetingActions.cancel') });
  await cancel.getByLabel(label('meetingActions.cancelReason')).fill('Lồng ghép vào hội nghị tổng kết năm');
  await cancel.getByLabel(label('meeting.scope')).first().click();
  await page.getByRole('option', { name: following }).click();
  await cancel.getByRole('button', { name: text('meetingActions.cancel') }).click();
  await cancel.waitFor({ state: 'detached' });
  await page.getByText(text('meetingStatus.CANCELLED')).first().waitFor();

  const after = await occurrences(title);
  expect(after.map((o) => [o.series_index, o.status, o.invited])).toEqual(
    before.map((o) =>
      o.series_index < chosen.series_index
        ? [o.series_index, o.status, o.invited]
        : [o.series_index, 'CANCELLED', true],
    ),
  );
  await page.context().close();
}, 90_000);
