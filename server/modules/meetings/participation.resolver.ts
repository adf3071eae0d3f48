import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { loader, type Context, loadNow } from '../../core/context.js';

import { SignedInMutation } from '../../core/rules.js';
import { organizationById } from '../organizations/organization.loaders.js';
import { OrganizationType } from '../organizations/organization.type.js';
import { personById } from '../people/people.loaders.js';
import { PersonType } from '../people/person.type.js';
import { inviteToMeeting } from './commands/invite-to-meeting.js';
import { recordAttendance } from './commands/record-attendance.js';
import { respondToInvitation } from './commands/respond-to-invitation.js';
import { MeetingPayload } from './meeting.inputs.js';
import { chairById, invitationById, meetingById, meetingViewById } from './meeting.loaders.js';
import { registerMeetingPart } from './meeting.nodes.js';
import { invitationPolicy } from './meeting.policy.js';
import { MeetingType } from './meeting.type.js';
import type { MeetingChair, MeetingInvitation } from './participation.entity.js';
import {
  InviteToMeetingInput,
  InviteToMeetingPayload,
  RecordAttendanceInput,
  RespondToInvitationInput,
  RespondToInvitationPayload,
} from './participation.inputs.js';
import { MeetingChairType, MeetingInvitationType } from './participation.type.js';

registerMeetingPart('MeetingInvitation', invitationById);
registerMeetingPart('MeetingChair', chairById);

/** Invitations: inviting, answering, attendance, and an invitation's links. */
@Resolver(() => MeetingInvitationType)
export class InvitationResolver {
  @SignedInMutation(() => InviteToMeetingPayload, {
    description: 'Invites organizations and people; COORDINATOR on the host.',
  })
  inviteToMeeting(
    @Arg('input', () => InviteToMeetingInput) input: InviteToMeetingInput,
    @Ctx() ctx: Context,
  ) {
    return inviteToMeeting(ctx, input);
  }

  @SignedInMutation(() => RespondToInvitationPayload, {
    description: 'Answers an invitation the viewer holds (its organization, MEMBER or more; or its person).',
  })
  async respondToInvitation(
    @Arg('input', () => RespondToInvitationInput) input: RespondToInvitationInput,
    @Ctx() ctx: Context,
  ) {
    return { invitation: await respondToInvitation(ctx, input) };
  }

  @SignedInMutation(() => MeetingPayload, { description: 'Records attendance once the meeting has started.' })
  async recordAttendance(
    @Arg('input', () => RecordAttendanceInput) input: RecordAttendanceInput,
    @Ctx() ctx: Context,
  ) {
    return { meeting: await recordAttendance(ctx, input) };
  }

  @FieldResolver(() => MeetingType)
  meeting(@Root() invitation: MeetingInvitation, @Ctx() ctx: Context) {
    return loadNow(ctx, meetingById, invitation.meeting.id);
  }

  @FieldResolver(() => OrganizationType, {
    nullable: true,
    description: 'Set for an invitation to an organization.',
  })
  organization(@Root() invitation: MeetingInvitation, @Ctx() ctx: Context) {
    return invitation.organization ? loader(ctx, organizationById).load(invitation.organization.id) : null;
  }

  @FieldResolver(() => PersonType, {
    nullable: true,
    description: 'Set for an invitation to a named person.',
  })
  person(@Root() invitation: MeetingInvitation, @Ctx() ctx: Context) {
    return invitation.person ? loader(ctx, personById).load(invitation.person.id) : null;
  }

  @FieldResolver(() => PersonType, { nullable: true, description: 'Who goes instead, when DELEGATED.' })
  delegate(@Root() invitation: MeetingInvitation, @Ctx() ctx: Context) {
    return invitation.delegate ? loader(ctx, personById).load(invitation.delegate.id) : null;
  }

  @FieldResolver(() => Boolean, { description: 'The viewer may answer this invitation.' })
  async viewerCanRespond(@Root() invitation: MeetingInvitation, @Ctx() ctx: Context) {
    const [access, view] = await Promise.all([
      ctx.access(),
      loader(ctx, meetingViewById).load(invitation.meeting.id),
    ]);
    return (
      !!view &&
      invitationPolicy.actions.respond(access, {
        id: invitation.id,
        meeting: view,
        organizationId: invitation.organization?.id ?? null,
        personId: invitation.person?.id ?? null,
      })
    );
  }
}

/** A chair's links. */
@Resolver(() => MeetingChairType)
export class ChairResolver {
  @FieldResolver(() => PersonType)
  person(@Root() chair: MeetingChair, @Ctx() ctx: Context) {
    return loadNow(ctx, personById, chair.person.id);
  }
}
