/**
 * The meeting page in a real browser on the demo data: the host edits one occurrence of the
 * monthly briefing (title, place, time) and sees, before saving, that its chair is already booked
 * at the new time; an invited agency on a 390 px phone finds its own invitation first, with answer
 * buttons that fit the screen and an answer that is not cut; scheduling a meeting warns of an
 * invited agency's head booked then. Screenshots at both widths.
 */
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_MEETING } from '../../server/demo/meeting-specs.js';
import { DEMO_PASSWORD } from '../../server/demo/load-demo-data.js';
import { DEMO_PERSON } from '../../server/demo/people.js';
import { graphql } from '../generated/index.js';
import { browserWorldOfFile, PHONE, screenshot } from './harness.js';
import { label, signedInPage, text } from './locale-text.js';

const BDV = 'bandanvan.langson@demo.phoihop.vn';
const BTV = 'btv.tinhuy.langson@demo.phoihop.vn';
const BDV_NAME = 'Ban Dân vận';
const DAY = 86_400_000;

const SignIn = graphql(`
  mutation MeetingEditBrowserSignIn($input: SignInInput!) {
    signIn(input: $input) { accessToken }
  }
`);
const Briefings = graphql(`
  query MeetingEditBrowserBriefings($from: DateTimeISO!) {
    meetings(filter: { from: $from, kinds: [PERIODIC_BRIEFING] }, first: 20) {
      edges {
        node {
          id title startsAt startsAtLocal place series { id } host { id }
          chairs { person { id fullName } }
        }
      }
    }
  }
`);
const Schedule = graphql(`
  mutation MeetingEditBrowserSchedule($input: ScheduleMeetingInput!) {
    scheduleMeeting(input: $input) { meeting { id title } }
  }
`);
const Occurrences = graphql(`
  query MeetingEditBrowserOccurrences($from: DateTimeISO!) {
    meetings(filter: { from: $from, kinds: [PERIODIC_BRIEFING] }, first: 50) {
      edges { node { id title series { id } } }
    }
  }
`);

const world = browserWorldOfFile();

async function tokenOf(email: string): Promise<string> {
  const { data } = await world().ts.gql(SignIn, { input: { email, password: DEMO_PASSWORD } });
  return data!.signIn.accessToken;
}

/** Series of the demo monthly briefing, once found (its next occurrence's title may have been edited since). */
let briefingSeriesId: string | undefined;

/** The next occurrence of the demo monthly briefing still ahead. */
async function nextBriefing(token: string) {
  const { data } = await world().ts.gql(Briefings, { from: new Date().toISOString() }, token);
  const next = data!.meetings.edges
    .map((edge) => edge.node)
    .find(
      (m) =>
        m.series &&
        (briefingSeriesId ? m.series.id === briefingSeriesId : m.title === DEMO_MEETING.monthlyBriefing) &&
        new Date(m.startsAt) > new Date(),
    );
  briefingSeriesId = next?.series?.id;
  if (!next) throw new Error('the demo monthly briefing has no future occurrence any more');
  return next;
}

const meetingUrl = (id: string) => `${world().appUrl}schedule/meetings/${encodeURIComponent(id)}`;

/** True when the element's text is shown whole (not cut by an ellipsis or its box). */
const shownWhole = (locator: Locator) =>
  locator.evaluate(
    (el: { scrollWidth: number; clientWidth: number }) => el.scrollWidth <= el.clientWidth + 1,
  );

/** The element lies within the page's width (nothing to scroll sideways to reach it). */
async function withinWidth(page: Page, locator: Locator): Promise<void> {
  const box = await locator.boundingBox();
  expect(box).not.toBeNull();
  expect(box!.x).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width).toBeLessThanOrEqual(page.viewportSize()!.width);
}

describe('meeting page in Chromium', () => {
  it('edits one occurrence: title, place and time, warned first that the chair is booked then', async () => {
    const token = await tokenOf(BTV);
    const next = await nextBriefing(token);
    const chair = next.chairs[0].person;
    // The chair is already booked the next day, 14:00–16:00 Vietnam time.
    const day = new Date(Date.parse(`${next.startsAtLocal.slice(0, 10)}T00:00:00Z`) + DAY)
      .toISOString()
      .slice(0, 10);
    const busyTitle = `Làm việc với Đoàn kiểm tra ${Date.now()}`;
    const scheduled = await world().ts.gql(
      Schedule,
      {
        input: {
          kind: 'WORKING_SESSION',
          title: busyTitle,
          hostOrganizationId: next.host.id,
          startsAt: new Date(`${day}T14:00:00+07:00`).toISOString(),
          endsAt: new Date(`${day}T16:00:00+07:00`).toISOString(),
          chairs: [{ personId: chair.id }],
        },
      },
      token,
    );
    expect(scheduled.errors).toBeUndefined();

    const page = await signedInPage(world().browser, world().appUrl, BTV);
    await page.goto(meetingUrl(next.id));
    await page.getByRole('heading', { level: 1, name: DEMO_MEETING.monthlyBriefing }).waitFor();
    await page.getByRole('button', { name: text('editMeeting.open') }).click();
    const dialog = page.getByRole('dialog', { name: text('editMeeting.title') });
    expect(await dialog.getByLabel(label('editMeeting.meetingTitle')).inputValue()).toBe(
      DEMO_MEETING.monthlyBriefing,
    );
    expect(await dialog.getByLabel('Áp dụng cho').first().inputValue()).toBe(text('meetingScope.THIS'));
    const newTitle = `Giao ban tháng 12 (mở rộng) ${Date.now()}`;
    await dialog.getByLabel(label('editMeeting.meetingTitle')).fill(newTitle);
    await dialog.getByLabel(label('editMeeting.place')).fill('Hội trường Tỉnh ủy');
    await dialog.getByLabel(label('editMeeting.date')).fill(day);
    await dialog.getByLabel(label('meeting.newStart')).fill('14:30');
    await dialog.getByLabel(label('meeting.newEnd')).fill('15:30');
    // Before saving: the chair is booked then.
    const warning = dialog.getByTestId('scheduling-conflicts');
    await warning.waitFor({ timeout: 10_000 });
    expect(await warning.textContent()).toContain(chair.fullName);
    expect(await warning.textContent()).toContain(busyTitle);
    await screenshot(page, 'meeting-edit-conflict-desktop');
    await dialog.getByRole('button', { name: text('common.save') }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('heading', { level: 1, name: newTitle }).waitFor();
    await page.getByText('Hội trường Tỉnh ủy').first().waitFor();
    await expect.poll(() => page.getByTestId('meeting-when').textContent()).toContain('14:30');
    await screenshot(page, 'meeting-edited-desktop');

    // Only this occurrence changed: the series keeps its title elsewhere.
    const { data } = await world().ts.gql(Occurrences, { from: '2026-01-01T00:00:00.000Z' }, token);
    const series = data!.meetings.edges.map((e) => e.node).filter((m) => m.series?.id === next.series!.id);
    expect(series.filter((m) => m.title === newTitle).map((m) => m.id)).toEqual([next.id]);
    expect(series.length).toBeGreaterThan(1);
    await page.context().close();
  }, 90_000);

  it('scheduling a meeting warns, before saving, that an invited agency’s head is booked then', async () => {
    // Giáp Thị Bắc, head of Ban Dân vận, co-chairs the review conference, 14:00–17:00 on 08/01/2026.
    const page = await signedInPage(world().browser, world().appUrl, BTV);
    await page.goto(`${world().appUrl}schedule/new`);
    const form = page.getByRole('form', { name: text('scheduleMeeting.title') });
    await form.getByLabel(label('scheduleMeeting.meetingTitle')).fill('Làm việc về công tác dân vận');
    await form.getByLabel(label('scheduleMeeting.date')).fill('2026-01-08');
    await form.getByLabel(label('meeting.newStart')).fill('15:00');
    await form.getByLabel(label('meeting.newEnd')).fill('16:00');
    expect(await form.getByTestId('scheduling-conflicts').count()).toBe(0);
    await form.getByLabel(text('scheduleMeeting.organizations')).first().fill('ban dan van tinh uy lang son');
    await page
      .getByRole('option', { name: /^Ban Dân vận/ })
      .first()
      .click();
    await page.keyboard.press('Escape');
    const warning = form.getByTestId('scheduling-conflicts');
    await warning.waitFor({ timeout: 10_000 });
    expect(await warning.textContent()).toContain(DEMO_PERSON.massMobilizationHead);
    expect(await warning.textContent()).toContain(DEMO_MEETING.reviewConference);
    await screenshot(page, 'schedule-meeting-conflict-desktop');
    await page.context().close();
  }, 60_000);

  it('on a 390 px phone, an invited agency finds its own invitation first, with buttons that fit', async () => {
    const next = await nextBriefing(await tokenOf(BDV));
    const page = await signedInPage(world().browser, world().appUrl, BDV, { viewport: PHONE });
    await page.goto(meetingUrl(next.id));
    await page.getByRole('heading', { level: 1 }).waitFor();
    const list = page.getByRole('list', { name: text('meeting.invitations') });
    const own = list.getByRole('listitem').first();
    await own.waitFor();
    expect(await own.textContent()).toContain(BDV_NAME);
    expect(await own.textContent()).toContain(text('meeting.yours'));
    // The invitations come before the meeting's facts on the page.
    const listBox = await list.boundingBox();
    const factsBox = await page.getByRole('heading', { name: text('meeting.facts') }).boundingBox();
    expect(listBox!.y).toBeLessThan(factsBox!.y);
    const accept = own.getByRole('button', { name: text('meeting.accept'), exact: true });
    const decline = own.getByRole('button', { name: text('meeting.decline'), exact: true });
    const delegate = own.getByRole('button', { name: text('meeting.delegate') });
    for (const button of [accept, decline, delegate]) await withinWidth(page, button);
    const answer = own.getByText(text('invitationResponse.PENDING'), { exact: true });
    expect(await shownWhole(answer)).toBe(true);
    // No sideways scrolling on the page.
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(
      PHONE.width,
    );
    await screenshot(page, 'meeting-invitations-phone');
    await accept.click();
    await expect
      .poll(() => own.getByText(text('invitationResponse.ACCEPTED'), { exact: true }).count())
      .toBeGreaterThan(0);
    await screenshot(page, 'meeting-invitation-accepted-phone');
    await page.context().close();
  }, 90_000);
});
