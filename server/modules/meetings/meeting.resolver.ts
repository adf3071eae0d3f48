import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Resolver, Root } from 'type-graphql';
import type { Plain } from '../../core/read/rows.js';
import { loader, type Context, loadNow } from '../../core/context.js';
import { optionalGlobalId } from '../../core/ids.js';
import { readNode, registerNodeType } from '../../core/node.js';
import { PageArgs } from '../../core/pagination.js';
import { pageRequest, readPlainPage } from '../../core/read/list-loader.js';
import { SignedInQuery } from '../../core/rules.js';
import { organizationById } from '../organizations/organization.loaders.js';
import { OrganizationType } from '../organizations/organization.type.js';
import { readableProgram } from '../programs/programs.loaders.js';
import { ProgramType } from '../programs/program.type.js';
import { meetingUid, seriesUid } from './calendar/build-calendar.js';
import { Meeting } from './meeting.entity.js';
import { MeetingsFilter } from './meeting.inputs.js';
import { meetingPermissions, seriesById, visibleMeeting } from './meeting.loaders.js';
import { meetingPolicy } from './meeting.policy.js';
import { meetingListQuery } from './meeting.repository.js';
import { MeetingConnection, MeetingPermissions, MeetingSeriesType, MeetingType } from './meeting.type.js';
import { localIso, MEETING_TIME_ZONE } from './zoned.js';

registerNodeType('Meeting', visibleMeeting);

/** Meetings: the range query, one meeting, and a meeting's own fields. */
@Resolver(() => MeetingType)
export class MeetingResolver {
  @SignedInQuery(() => MeetingConnection, {
    description:
      'Meetings the viewer may see, by start: every occurrence overlapping [from, to), recurring ones included.',
  })
  async meetings(
    @Args() page: PageArgs,
    @Arg('filter', () => MeetingsFilter, { nullable: true }) filter: MeetingsFilter | null,
    @Info() info: GraphQLResolveInfo,
    @Ctx() ctx: Context,
  ) {
    const organizationId = optionalGlobalId(filter?.organizationId, 'Organization', 'organizationId');
    const visible = meetingPolicy.where(await ctx.access(), 'm', ctx.viewer?.personId ?? null);
    const query = meetingListQuery({ ...filter, organizationId }, visible);
    return readPlainPage(ctx.em, Meeting, query, pageRequest(page, info));
  }

  @SignedInQuery(() => MeetingType, { description: 'One meeting; NOT_FOUND when missing or not visible.' })
  async meeting(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return readNode(ctx, 'Meeting', id, visibleMeeting);
  }

  @FieldResolver(() => String, { description: 'Start in Asia/Ho_Chi_Minh, ISO 8601 with offset.' })
  startsAtLocal(@Root() meeting: Plain<Meeting>) {
    return localIso(meeting.startsAt);
  }

  @FieldResolver(() => String, { description: 'End in Asia/Ho_Chi_Minh, ISO 8601 with offset.' })
  endsAtLocal(@Root() meeting: Plain<Meeting>) {
    return localIso(meeting.endsAt);
  }

  @FieldResolver(() => String, { description: 'Time zone meetings are shown in.' })
  timeZone() {
    return MEETING_TIME_ZONE;
  }

  @FieldResolver(() => String, {
    description: "iCalendar UID: its series' UID, or its own for a one-off meeting.",
  })
  icalUid(@Root() meeting: Plain<Meeting>) {
    return meeting.series ? seriesUid(meeting.series.id) : meetingUid(meeting.id);
  }

  @FieldResolver(() => OrganizationType, { description: 'The host (đơn vị chủ trì).' })
  host(@Root() meeting: Plain<Meeting>, @Ctx() ctx: Context) {
    return loadNow(ctx, organizationById, meeting.organization.id);
  }

  @FieldResolver(() => ProgramType, {
    nullable: true,
    description: 'The coordination program it belongs to; null when none or not visible to the viewer.',
  })
  program(@Root() meeting: Plain<Meeting>, @Ctx() ctx: Context) {
    return meeting.program ? readableProgram(ctx, meeting.program.id) : null;
  }

  @FieldResolver(() => MeetingSeriesType, {
    nullable: true,
    description: 'The series it is an occurrence of.',
  })
  series(@Root() meeting: Plain<Meeting>, @Ctx() ctx: Context) {
    return meeting.series ? loader(ctx, seriesById).load(meeting.series.id) : null;
  }

  @FieldResolver(() => MeetingPermissions)
  viewerCan(@Root() meeting: Plain<Meeting>, @Ctx() ctx: Context) {
    return meetingPermissions(ctx, meeting.id);
  }
}
