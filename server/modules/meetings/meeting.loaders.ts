import type { Plain } from '../../core/read/rows.js';
import { byId, groupBy, loaded } from '../../core/loaders.js';
import type { Context, LoaderFactory } from '../../core/context.js';
import { loader } from '../../core/context.js';
import { permissions } from '../../core/policy.js';
import { uuidArray } from '../../core/access.js';
import { loadMeetingAccessViews } from './meeting.access.js';
import { Meeting } from './meeting.entity.js';
import { meetingPolicy, type MeetingAccessView } from './meeting.policy.js';
import { MeetingChair, MeetingInvitation } from './participation.entity.js';
import { MeetingAgendaItem, MeetingConclusion, MeetingMinutes } from './record.entity.js';
import { MeetingSeries } from './series.entity.js';

/** Meetings by id (visible or not: check `meetingViewById`). */
export const meetingById = byId(Meeting);
/** Series by id. */
export const seriesById = byId(MeetingSeries);
/** Invitations by id. */
export const invitationById = byId(MeetingInvitation);
/** Conclusions by id. */
export const conclusionById = byId(MeetingConclusion);

/** The policy view of each meeting for the request's viewer, one query per batch. */
export const meetingViewById: LoaderFactory<string, MeetingAccessView | null> = (ctx) => async (ids) => {
  const views = await loadMeetingAccessViews(ctx.em, ids, ctx.viewer?.personId ?? null);
  return ids.map((id) => views.get(id) ?? null);
};

/** The meeting `id` when the viewer may read it, else null (denied looks like missing). */
export async function visibleMeeting(ctx: Context, id: string): Promise<Plain<Meeting> | null> {
  const [meeting, view, access] = await Promise.all([
    loader(ctx, meetingById).load(id),
    loader(ctx, meetingViewById).load(id),
    ctx.access(),
  ]);
  return meeting && view && meetingPolicy.read(access, view) ? meeting : null;
}

/** What the viewer may do on a meeting (`viewerCan`). */
export async function meetingPermissions(ctx: Context, meetingId: string) {
  const view = await loader(ctx, meetingViewById).load(meetingId);
  if (!view) throw new Error(`meeting ${meetingId} has no access view`);
  return permissions(ctx, meetingPolicy, view);
}

/** Chairs of each meeting, in order. */
export const chairsByMeeting: LoaderFactory<string, MeetingChair[]> = (ctx) => async (ids) => {
  const rows = await ctx.em.find(
    MeetingChair,
    { meeting: { $in: [...ids] } },
    { orderBy: { position: 'asc', id: 'asc' } },
  );
  return groupBy(ids, rows, (r) => r.meeting.id);
};

/** Invitations of each meeting, oldest first. */
export const invitationsByMeeting: LoaderFactory<string, MeetingInvitation[]> = (ctx) => async (ids) => {
  const rows = await ctx.em.find(
    MeetingInvitation,
    { meeting: { $in: [...ids] } },
    { orderBy: { createdAt: 'asc', id: 'asc' } },
  );
  return groupBy(ids, rows, (r) => r.meeting.id);
};

/** Agenda of each meeting, in order. */
export const agendaByMeeting: LoaderFactory<string, MeetingAgendaItem[]> = (ctx) => async (ids) => {
  const rows = await ctx.em.find(
    MeetingAgendaItem,
    { meeting: { $in: [...ids] } },
    { orderBy: { position: 'asc', id: 'asc' } },
  );
  return groupBy(ids, rows, (r) => r.meeting.id);
};

/** Conclusions of each meeting, in order. */
export const conclusionsByMeeting: LoaderFactory<string, MeetingConclusion[]> = (ctx) => async (ids) => {
  const rows = await ctx.em.find(
    MeetingConclusion,
    { meeting: { $in: [...ids] } },
    { orderBy: { position: 'asc', id: 'asc' } },
  );
  return groupBy(ids, rows, (r) => r.meeting.id);
};

/** Minutes of each meeting, or null. */
export const minutesByMeeting: LoaderFactory<string, MeetingMinutes | null> = (ctx) => async (ids) => {
  const rows = await ctx.em.find(MeetingMinutes, { meeting: { $in: [...ids] } });
  const found = new Map(rows.map((r) => [r.meeting.id, r]));
  return ids.map((id) => found.get(id) ?? null);
};

/** Number of occurrences of each series. */
export const occurrenceCountBySeries: LoaderFactory<string, number> = (ctx) => async (ids) => {
  const rows = await ctx.em.execute<{ series_id: string; n: string }[]>(
    'select series_id, count(*) as n from meeting where series_id in (?) group by series_id',
    [[...ids]],
  );
  const found = new Map(rows.map((r) => [r.series_id, Number(r.n)]));
  return ids.map((id) => found.get(id) ?? 0);
};

/** Chairs by id. */
export const chairById = byId(MeetingChair);
/** Agenda items by id. */
export const agendaItemById = byId(MeetingAgendaItem);
/** Minutes by id. */
export const minutesById = byId(MeetingMinutes);

/** Key of `scheduleByOrganization`: organization id and the range. */
export const scheduleKey = (organizationId: string, from: Date, to: Date): string =>
  `${organizationId}|${from.toISOString()}|${to.toISOString()}`;

/**
 * Meetings each organization hosts or is invited to in a range (key:
 * `scheduleKey`), that the viewer may see, by start: two queries per range.
 */
export const scheduleByOrganization: LoaderFactory<string, Plain<Meeting>[]> = (ctx) => async (keys) => {
  const access = await ctx.access();
  const visible = meetingPolicy.where(access, 'm', ctx.viewer?.personId ?? null);
  const byRange = new Map<string, string[]>();
  for (const key of keys) {
    const [id, from, to] = key.split('|');
    byRange.set(`${from}|${to}`, [...(byRange.get(`${from}|${to}`) ?? []), id]);
  }
  const pairs: { org_id: string; id: string; range: string }[] = [];
  for (const [range, ids] of byRange) {
    const [from, to] = range.split('|');
    const rows = await ctx.em.execute<{ org_id: string; id: string }[]>(
      `select distinct p.org_id, m.id, m.starts_at from meeting m
         join lateral (select m.organization_id as org_id union
                       select i.organization_id from meeting_invitation i where i.meeting_id = m.id) p
           on p.org_id = any(?::uuid[])
        where m.starts_at < ? and m.ends_at > ?${visible ? ` and ${visible.sql}` : ''}
        order by m.starts_at, m.id`,
      [uuidArray(ids), new Date(to), new Date(from), ...(visible?.params ?? [])],
    );
    pairs.push(...rows.map((r) => ({ ...r, range })));
  }
  const meetings = await loader(ctx, meetingById).loadMany([...new Set(pairs.map((p) => p.id))]);
  const found = new Map(loaded(meetings).map((m) => [m.id, m] as const));
  return keys.map((key) => {
    const [id, from, to] = key.split('|');
    return pairs.filter((p) => p.org_id === id && p.range === `${from}|${to}`).map((p) => found.get(p.id)!);
  });
};
