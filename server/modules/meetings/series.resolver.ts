import type { Plain } from '../../core/read/rows.js';
import { Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { loader, type Context, loadNow } from '../../core/context.js';

import { registerNodeType } from '../../core/node.js';
import { organizationById } from '../organizations/organization.loaders.js';
import { OrganizationType } from '../organizations/organization.type.js';
import { seriesUid } from './calendar/build-calendar.js';
import { meetingPolicy } from './meeting.policy.js';
import { meetingViewById, occurrenceCountBySeries, seriesById } from './meeting.loaders.js';
import { MeetingSeriesType } from './meeting.type.js';
import { rruleValue } from './recurrence.js';
import type { MeetingSeries } from './series.entity.js';
import { localIso } from './zoned.js';

/** A series when the viewer may see one of its occurrences, else null. */
async function visibleSeries(ctx: Context, id: string): Promise<Plain<MeetingSeries> | null> {
  const series = await loader(ctx, seriesById).load(id);
  if (!series) return null;
  const rows = await ctx.em.execute<{ id: string }[]>('select id from meeting where series_id = ?', [id]);
  const [access, views] = await Promise.all([
    ctx.access(),
    loader(ctx, meetingViewById).loadMany(rows.map((r) => r.id)),
  ]);
  return views.some((v) => v && !(v instanceof Error) && meetingPolicy.read(access, v)) ? series : null;
}

registerNodeType('MeetingSeries', visibleSeries);

/** A series' derived fields. */
@Resolver(() => MeetingSeriesType)
export class MeetingSeriesResolver {
  @FieldResolver(() => String, { description: 'The RFC 5545 RRULE value, with its COUNT or UNTIL.' })
  rrule(@Root() series: MeetingSeries) {
    return rruleValue(series);
  }

  @FieldResolver(() => String, { description: 'DTSTART in Asia/Ho_Chi_Minh, ISO 8601 with offset.' })
  startsAtLocal(@Root() series: MeetingSeries) {
    return localIso(series.startsAt, series.timeZone);
  }

  @FieldResolver(() => String, { description: 'iCalendar UID of the series (stable).' })
  icalUid(@Root() series: MeetingSeries) {
    return seriesUid(series.id);
  }

  @FieldResolver(() => Int, { description: 'Occurrences (all are meetings).' })
  occurrenceCount(@Root() series: MeetingSeries, @Ctx() ctx: Context) {
    return loadNow(ctx, occurrenceCountBySeries, series.id);
  }

  @FieldResolver(() => OrganizationType, { description: 'The host.' })
  host(@Root() series: MeetingSeries, @Ctx() ctx: Context) {
    return loadNow(ctx, organizationById, series.organization.id);
  }

  @FieldResolver(() => MeetingSeriesType, {
    nullable: true,
    description: 'The series it was split from by a "this and following" change.',
  })
  splitFrom(@Root() series: MeetingSeries, @Ctx() ctx: Context) {
    return series.splitFrom ? loader(ctx, seriesById).load(series.splitFrom.id) : null;
  }
}
