import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { loader, type Context, loadNow } from '../../core/context.js';
import { organizationById } from '../organizations/organization.loaders.js';
import { loaded } from '../../core/loaders.js';
import { OrganizationType } from '../organizations/organization.type.js';
import type { Meeting } from './meeting.entity.js';
import {
  agendaByMeeting,
  chairsByMeeting,
  conclusionsByMeeting,
  invitationsByMeeting,
  minutesByMeeting,
} from './meeting.loaders.js';
import { MeetingType } from './meeting.type.js';
import { Attendance } from './participation.entity.js';
import { MeetingChairType, MeetingInvitationType } from './participation.type.js';
import { MeetingAgendaItemType, MeetingConclusionType, MeetingMinutesType } from './record.type.js';

/** A meeting's lists: chairs, invitations, attendance, agenda, minutes and conclusions (one query per list level). */
@Resolver(() => MeetingType)
export class MeetingPartsResolver {
  @FieldResolver(() => [MeetingChairType], { description: 'Chairs and co-chairs, in order.' })
  chairs(@Root() meeting: Meeting, @Ctx() ctx: Context) {
    return loadNow(ctx, chairsByMeeting, meeting.id);
  }

  @FieldResolver(() => [MeetingInvitationType], {
    description: 'Invited organizations and people, with their answers.',
  })
  invitations(@Root() meeting: Meeting, @Ctx() ctx: Context) {
    return loadNow(ctx, invitationsByMeeting, meeting.id);
  }

  @FieldResolver(() => [OrganizationType], {
    description: 'Organizations recorded PRESENT (and the host, once the meeting has started).',
  })
  async attendingOrganizations(@Root() meeting: Meeting, @Ctx() ctx: Context) {
    const invitations = await loader(ctx, invitationsByMeeting).load(meeting.id);
    const ids = invitations.flatMap((i) =>
      i.organization && i.attendance === Attendance.PRESENT ? [i.organization.id] : [],
    );
    if (meeting.startedAt) ids.unshift(meeting.organization.id);
    const organizations = await loader(ctx, organizationById).loadMany(ids);
    return loaded(organizations);
  }

  @FieldResolver(() => [MeetingAgendaItemType], { description: 'The agenda, in order.' })
  agenda(@Root() meeting: Meeting, @Ctx() ctx: Context) {
    return loadNow(ctx, agendaByMeeting, meeting.id);
  }

  @FieldResolver(() => MeetingMinutesType, { nullable: true, description: 'The minutes, once recorded.' })
  minutes(@Root() meeting: Meeting, @Ctx() ctx: Context) {
    return loadNow(ctx, minutesByMeeting, meeting.id);
  }

  @FieldResolver(() => [MeetingConclusionType], { description: 'Conclusions (kết luận), in order.' })
  conclusions(@Root() meeting: Meeting, @Ctx() ctx: Context) {
    return loadNow(ctx, conclusionsByMeeting, meeting.id);
  }
}
