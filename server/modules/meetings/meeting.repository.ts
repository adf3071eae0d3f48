import { raw, type FilterQuery } from '@mikro-orm/postgresql';
import type { VisibleSql } from './meeting.access.js';
import type { Meeting } from './meeting.entity.js';
import type { MeetingKind, MeetingStatus } from './meeting.enums.js';

/** A filter of `meetings`, with database ids. */
export interface MeetingsFilter {
  /** Meetings it hosts or is invited to. */
  organizationId?: string | null;
  /** Meetings ending after this instant. */
  from?: Date | null;
  /** Meetings starting before this instant. */
  to?: Date | null;
  kinds?: MeetingKind[] | null;
  status?: MeetingStatus[] | null;
}

/** SQL condition (alias `m`) for meetings an organization (`?`) hosts or is invited to. */
export const TAKES_PART_SQL = (m: string): string =>
  `(${m}.organization_id = ? or exists (select 1 from meeting_invitation ti
     where ti.meeting_id = ${m}.id and ti.organization_id = ?))`;

/**
 * The `meetings` filter in SQL: occurrences overlapping [from, to) (every
 * occurrence of a series is a row), kinds, statuses, the organization's
 * part, and what the viewer may see (`visible`, null for everything).
 */
export function meetingsWhere(filter: MeetingsFilter, visible: VisibleSql | null): FilterQuery<Meeting> {
  const where: Record<string, unknown> = {};
  if (filter.from) where.endsAt = { $gt: filter.from };
  if (filter.to) where.startsAt = { $lt: filter.to };
  if (filter.kinds?.length) where.kind = { $in: filter.kinds };
  if (filter.status?.length) where.status = { $in: filter.status };
  if (filter.organizationId) {
    const id = filter.organizationId;
    where[raw((alias: string) => TAKES_PART_SQL(alias), [id, id]) as unknown as string] = [];
  }
  if (visible) {
    where[raw((alias: string) => visible.sql(alias), visible.params) as unknown as string] = [];
  }
  return where as FilterQuery<Meeting>;
}
