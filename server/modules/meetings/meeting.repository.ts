import type { SqlFragment } from '../../core/access.js';
import type { ListQuery, SortKey } from '../../core/read/keyset.js';
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
  const where: string[] = visible ? [visible.sql] : [];
  const params: unknown[] = visible ? [...visible.params] : [];
  if (filter.from) {
    where.push('m.ends_at > ?');
    params.push(filter.from);
  }
  if (filter.to) {
    where.push('m.starts_at < ?');
    params.push(filter.to);
  }
  if (filter.kinds?.length) {
    where.push('m.kind = any(?::text[])');
    params.push(`{${filter.kinds.join(',')}}`);
  }
  if (filter.status?.length) {
    where.push('m.status = any(?::text[])');
    params.push(`{${filter.status.join(',')}}`);
  }
  if (filter.organizationId) {
    where.push(TAKES_PART_SQL('m'));
    params.push(filter.organizationId, filter.organizationId);
  }
  return { select: 'm.*', from: 'meeting m', parent: null, where, params, keys: BY_START };
}
