/**
 * Organization mergers: meetings still to come pass to the successor; past ones stay as they were.
 */
import { describe, expect, it } from 'vitest';
import { gid, makeArea, makeOrganization } from '../helpers/factories.js';
import { MeetingInvitation } from '../../server/modules/meetings/participation.entity.js';
import { OrganizationKind } from '../../server/modules/organizations/organization.entity.js';
import { dbId, ok } from '../helpers/results.js';
import { admin, schedule, ts, useMeetingsServer } from '../helpers/meetings.js';

useMeetingsServer();

describe('organization mergers', () => {
  it('passes meetings still to come to the successor, and keeps past ones as they were', async () => {
    const em = ts.orm.em.fork();
    const area = await makeArea(em);
    const merged = await makeOrganization(em, { area, kind: OrganizationKind.FATHERLAND_FRONT });
    const successor = await makeOrganization(em, { area, kind: OrganizationKind.FATHERLAND_FRONT });
    const future = ok(
      await schedule({
        invitedOrganizationIds: [gid.org(merged)],
        startsAt: '2030-05-06T01:00:00.000Z',
        endsAt: '2030-05-06T02:00:00.000Z',
      }),
    ).scheduleMeeting.meeting;
    const past = ok(
      await schedule({
        invitedOrganizationIds: [gid.org(merged)],
        startsAt: '2024-05-06T01:00:00.000Z',
        endsAt: '2024-05-06T02:00:00.000Z',
      }),
    ).scheduleMeeting.meeting;
    ok(
      await ts.gql(
        'mutation($i: MergeOrganizationsInput!) { mergeOrganizations(input: $i) { successor { id } } }',
        { i: { mergedIds: [gid.org(merged)], successorId: gid.org(successor), effectiveOn: '2026-11-01' } },
        admin.token,
      ),
    );
    const invited = async (id: string) =>
      (
        await ts.orm.em.fork().find(MeetingInvitation, { meeting: dbId(id), organization: { $ne: null } })
      ).map((i) => i.organization!.id);
    expect(await invited(future.id)).toContain(successor.id);
    expect(await invited(future.id)).not.toContain(merged.id);
    expect(await invited(past.id)).toContain(merged.id);
  });
});
