import type { SqlFragment } from '../../core/access.js';
import { Conditions } from '../../core/read/conditions.js';
import { type ListQuery, rootListQuery, type SortKey } from '../../core/read/keyset.js';
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

/** Meetings by start; the id makes the order total. */
const BY_START: SortKey[] = [
  { expr: 'm.starts_at', dir: 'asc', kind: 'timestamp' },
  { expr: 'm.id', dir: 'asc', kind: 'uuid' },
];

/**
 * The `meetings` list (alias `m`), by start: occurrences overlapping
 * [from, to) (every occurrence of a series is a row), kinds, statuses, the
 * organization's part, and what the viewer may see (`visible`, the meeting
 * policy's read rule; null for everything).
 */
export function meetingListQuery(filter: MeetingsFilter, visible: SqlFragment | null): ListQuery {
  const conditions = new Conditions()
    .fragment(visible)
    .given('m.ends_at > ?', filter.from)
    .given('m.starts_at < ?', filter.to)
    .oneOf('m.kind', filter.kinds)
    .oneOf('m.status', filter.status);
  if (filter.organizationId)
    conditions.add(TAKES_PART_SQL('m'), filter.organizationId, filter.organizationId);
  return rootListQuery('meeting', 'm', conditions, BY_START);
}
