/**
 * Steps the browser tests of recurring briefings share: a series of four monthly occurrences
 * scheduled through the API by the standing committee, and the page of one occurrence.
 */
import { expect } from 'vitest';
import { toGlobalId } from '../../server/core/ids.js';
import { DEMO_PASSWORD } from '../../server/demo/load-demo-data.js';
import { DEMO_ORG } from '../../server/demo/organizations.js';
import type { BrowserWorld } from './harness.js';

/** The standing committee's user, host of the series. */
export const BTV = 'btv.tinhuy.langson@demo.phoihop.vn';

/** Schedules, as the standing committee, a monthly briefing of four occurrences from next month, at `place`. */
export async function scheduleSeries(world: BrowserWorld, title: string, place?: string): Promise<void> {
  const { ts } = world;
  const signIn = await ts.gql<{ signIn: { accessToken: string } }>(
    'mutation ($input: SignInInput!) { signIn(input: $input) { accessToken } }',
    { input: { email: BTV, password: DEMO_PASSWORD } },
  );
  const [host] = await ts.orm.em
    .fork()
    .execute<{ id: string }[]>(`select id from organization where code = ?`, [DEMO_ORG.standingCommittee]);
  const now = new Date();
  const first = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1));
  while (first.getUTCDay() !== 1) first.setUTCDate(first.getUTCDate() + 1);
  const day = first.toISOString().slice(0, 10);
  const scheduled = await ts.gql(
    'mutation ($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { meeting { id } } }',
    {
      input: {
        kind: 'PERIODIC_BRIEFING',
        title,
        place,
        hostOrganizationId: toGlobalId('Organization', host.id),
        startsAt: new Date(`${day}T08:00:00+07:00`).toISOString(),
        endsAt: new Date(`${day}T10:00:00+07:00`).toISOString(),
        recurrence: { rrule: 'FREQ=MONTHLY;BYDAY=1MO', count: 4 },
      },
    },
    signIn.data!.signIn.accessToken,
  );
  expect(scheduled.errors).toBeUndefined();
}

/** The page of a meeting, by its database id. */
export const meetingPageUrl = (world: BrowserWorld, id: string) =>
  `${world.appUrl}schedule/meetings/${encodeURIComponent(toGlobalId('Meeting', id))}`;
