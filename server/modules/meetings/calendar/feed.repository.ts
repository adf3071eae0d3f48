import type { EntityManager } from '@mikro-orm/postgresql';
import { Role, type ViewerAccess } from '../../../core/access.js';
import { hashSecret } from '../../../core/auth/tokens.js';
import { loadViewerAccess } from '../../access/access.repository.js';
import { Organization } from '../../organizations/organization.entity.js';
import { meetingPolicy } from '../meeting.policy.js';
import { Meeting } from '../meeting.entity.js';
import { TAKES_PART_SQL } from '../meeting.repository.js';
import { MeetingSeries } from '../series.entity.js';

/** A live feed, and what its creator may see now. */
export interface LiveFeed {
  id: string;
  name: string | null;
  organizationId: string | null;
  personId: string | null;
  access: ViewerAccess;
  creatorPersonId: string;
}

/**
 * The feed behind `token` when it still works: not revoked, its creator
 * enabled, and — for an organization's feed — the creator still holding a
 * role that reaches the organization (checked now, not when it was made).
 */
export async function findLiveFeed(em: EntityManager, token: string): Promise<LiveFeed | null> {
  const rows = await em.execute<
    {
      id: string;
      name: string | null;
      organization_id: string | null;
      person_id: string | null;
      user_id: string;
      user_person_id: string;
      is_system_admin: boolean;
    }[]
  >(
    `select f.id, f.name, f.organization_id, f.person_id, u.id as user_id, u.person_id as user_person_id, u.is_system_admin
       from calendar_feed f join app_user u on u.id = f.created_by_id
      where f.token_hash = ? and f.revoked_at is null and not u.disabled`,
    [hashSecret(token)],
  );
  const row = rows[0];
  if (!row) return null;
  const access = await loadViewerAccess(em, {
    userId: row.user_id,
    personId: row.user_person_id,
    sessionId: null,
    apiTokenId: null,
    isSystemAdmin: row.is_system_admin,
  });
  if (row.organization_id && !access.has(Role.VIEWER, row.organization_id)) return null;
  if (row.person_id && row.person_id !== row.user_person_id) return null;
  return {
    id: row.id,
    name: row.name,
    organizationId: row.organization_id,
    personId: row.person_id,
    access,
    creatorPersonId: row.user_person_id,
  };
}

/** What a feed shows: its meetings, their series (with every occurrence's RECURRENCE-ID), host names. */
export interface FeedContent {
  meetings: Meeting[];
  series: Map<string, MeetingSeries>;
  /** Every occurrence start of each series, by meeting id (to exclude those the feed does not show). */
  occurrences: Map<string, { id: string; originalStart: Date }[]>;
  hosts: Map<string, Organization>;
}

/**
 * The meetings the feed's organization hosts or is invited to (or its person
 * chairs, is invited or delegated to) that the creator may see, in four queries.
 */
export async function feedContent(em: EntityManager, feed: LiveFeed): Promise<FeedContent> {
  const visible = meetingPolicy.where(feed.access, 'm', feed.creatorPersonId);
  const part = feed.organizationId
    ? { sql: TAKES_PART_SQL('m'), params: [feed.organizationId, feed.organizationId] }
    : {
        sql: `(exists (select 1 from meeting_chair c where c.meeting_id = m.id and c.person_id = ?)
               or exists (select 1 from meeting_invitation i where i.meeting_id = m.id
                          and (i.person_id = ? or i.delegate_id = ?)))`,
        params: [feed.personId, feed.personId, feed.personId],
      };
  const ids = await em.execute<{ id: string }[]>(
    `select m.id from meeting m where ${part.sql}${visible ? ` and ${visible.sql}` : ''}`,
    [...part.params, ...(visible?.params ?? [])],
  );
  const meetings = ids.length
    ? await em.find(
        Meeting,
        { id: { $in: ids.map((r) => r.id) } },
        { orderBy: { startsAt: 'asc', id: 'asc' } },
      )
    : [];
  const seriesIds = [...new Set(meetings.flatMap((m) => (m.series ? [m.series.id] : [])))];
  const series = seriesIds.length ? await em.find(MeetingSeries, { id: { $in: seriesIds } }) : [];
  const rows = seriesIds.length
    ? await em.execute<{ id: string; series_id: string; original_start: Date }[]>(
        'select id, series_id, original_start from meeting where series_id in (?)',
        [seriesIds],
      )
    : [];
  const occurrences = new Map<string, { id: string; originalStart: Date }[]>();
  for (const row of rows) {
    const list = occurrences.get(row.series_id) ?? [];
    list.push({ id: row.id, originalStart: new Date(row.original_start) });
    occurrences.set(row.series_id, list);
  }
  const hostIds = [...new Set([...meetings, ...series].map((m) => m.organization.id))];
  const hosts = hostIds.length ? await em.find(Organization, { id: { $in: hostIds } }) : [];
  return {
    meetings,
    series: new Map(series.map((s) => [s.id, s])),
    occurrences,
    hosts: new Map(hosts.map((h) => [h.id, h])),
  };
}
