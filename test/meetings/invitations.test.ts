/**
 * Invitations and answers: DELEGATED names a substitute; more organizations invited to this and
 * following occurrences.
 */
import { describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { gid } from '../helpers/factories.js';
import { toGlobalId } from '../../server/core/ids.js';
import { MeetingInvitation } from '../../server/modules/meetings/participation.entity.js';
import { codeOf, dbId, ok } from '../helpers/results.js';
import {
  Detail,
  monthlySeries,
  occurrencesOf,
  org,
  person,
  schedule,
  ts,
  useMeetingsServer,
  user,
} from '../helpers/meetings.js';

useMeetingsServer();

const Invite = graphql(`
  mutation MeetingsInvite($input: InviteToMeetingInput!) {
    inviteToMeeting(input: $input) { invitations { id organization { id } person { id } } }
  }
`);

const Respond = graphql(`
  mutation MeetingsRespond($input: RespondToInvitationInput!) {
    respondToInvitation(input: $input) {
      invitation { id response responseNote respondedAt delegate { id } }
    }
  }
`);

describe('invitations and answers', () => {
  it('lets invited organizations and people answer, DELEGATED naming a substitute', async () => {
    const { meeting } = ok(await schedule()).scheduleMeeting;
    const detail = ok(await ts.gql(Detail, { id: meeting.id }, user.mttqMember.token)).meeting;
    const mttq = detail.invitations.find((i) => i.organization?.id === gid.org(org.mttq))!;
    const ubnd = detail.invitations.find((i) => i.organization?.id === gid.org(org.ubnd))!;
    const mine = detail.invitations.find((i) => i.person?.id === gid.person(user.invited.person))!;
    expect(mttq.viewerCanRespond).toBe(true);
    expect(ubnd.viewerCanRespond).toBe(false);
    expect(detail.viewerCan).toMatchObject({ respond: true, reschedule: false });
    const accepted = ok(
      await ts.gql(
        Respond,
        { input: { invitationId: mttq.id, response: 'ACCEPTED' } },
        user.mttqMember.token,
      ),
    );
    expect(accepted.respondToInvitation.invitation.response).toBe('ACCEPTED');
    const delegated = ok(
      await ts.gql(
        Respond,
        {
          input: {
            invitationId: mine.id,
            response: 'DELEGATED',
            delegatePersonId: gid.person(person.delegate),
            note: 'Đi công tác',
          },
        },
        user.invited.token,
      ),
    );
    expect(delegated.respondToInvitation.invitation).toMatchObject({
      response: 'DELEGATED',
      responseNote: 'Đi công tác',
      delegate: { id: gid.person(person.delegate) },
    });
    // Answering an invitation one does not hold: FORBIDDEN when the meeting is visible, NOT_FOUND otherwise.
    const notMine = await ts.gql(
      Respond,
      { input: { invitationId: mttq.id, response: 'DECLINED' } },
      user.ubndMember.token,
    );
    expect(codeOf(notMine)).toBe('FORBIDDEN');
    const stranger = await ts.gql(
      Respond,
      { input: { invitationId: mttq.id, response: 'DECLINED' } },
      user.outsider.token,
    );
    expect(codeOf(stranger)).toBe('NOT_FOUND');
    const noDelegate = await ts.gql(
      Respond,
      { input: { invitationId: ubnd.id, response: 'DELEGATED' } },
      user.ubndMember.token,
    );
    expect(codeOf(noDelegate)).toBe('BAD_USER_INPUT');
    const stored = await ts.orm.em.fork().findOneOrFail(MeetingInvitation, dbId(mttq.id));
    expect(stored.response).toBe('ACCEPTED');
  });

  it('invites more organizations to this and the following occurrences, refusing a dissolved one', async () => {
    const { series } = await monthlySeries();
    const rows = await occurrencesOf(series!.id);
    const invited = ok(
      await ts.gql(
        Invite,
        {
          input: {
            meetingId: toGlobalId('Meeting', rows[10].id),
            scope: 'THIS_AND_FOLLOWING',
            organizationIds: [gid.org(org.outsider), gid.org(org.mttq)],
          },
        },
        user.coordinator.token,
      ),
    );
    expect(invited.inviteToMeeting.invitations.map((i) => i.organization?.id)).toEqual([
      gid.org(org.outsider),
    ]);
    const em = ts.orm.em.fork();
    const counts = await Promise.all(
      rows.map((r) => em.count(MeetingInvitation, { meeting: r.id, organization: org.outsider.id })),
    );
    expect(counts).toEqual([...Array(10).fill(0), 1, 1]);
    const before = await em.count(MeetingInvitation, { meeting: rows[0].id });
    const dissolved = await ts.gql(
      Invite,
      {
        input: {
          meetingId: toGlobalId('Meeting', rows[0].id),
          organizationIds: [gid.org(org.outsider), gid.org(org.dissolved)],
        },
      },
      user.coordinator.token,
    );
    expect(codeOf(dissolved)).toBe('CONFLICT');
    expect(await ts.orm.em.fork().count(MeetingInvitation, { meeting: rows[0].id })).toBe(before);
  });
});
