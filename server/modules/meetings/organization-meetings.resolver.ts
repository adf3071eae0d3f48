import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { type Context, loadNow } from '../../core/context.js';
import { badInput } from '../../core/errors.js';
import type { Organization } from '../organizations/organization.entity.js';
import { OrganizationType } from '../organizations/organization.type.js';
import { scheduleByOrganization, scheduleKey } from './meeting.loaders.js';
import { MeetingType } from './meeting.type.js';

/** Longest range of `briefingSchedule`. */
export const MAX_SCHEDULE_DAYS = 400;

/** "The briefing schedule of my agency": `Organization.briefingSchedule`. */
@Resolver(() => OrganizationType)
export class OrganizationMeetingsResolver {
  @FieldResolver(() => [MeetingType], {
    description: `Meetings the organization hosts or is invited to in [from, to) (at most ${MAX_SCHEDULE_DAYS} days), by start, that the viewer may see; recurring ones included.`,
  })
  briefingSchedule(
    @Root() organization: Organization,
    @Arg('from', () => Date) from: Date,
    @Arg('to', () => Date) to: Date,
    @Ctx() ctx: Context,
  ) {
    if (to <= from) throw badInput('to', 'to must be after from');
    if (to.getTime() - from.getTime() > MAX_SCHEDULE_DAYS * 86_400_000) {
      throw badInput('to', `the range is at most ${MAX_SCHEDULE_DAYS} days`);
    }
    return loadNow(ctx, scheduleByOrganization, scheduleKey(organization.id, from, to));
  }
}
