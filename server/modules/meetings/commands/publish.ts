import type { EntityManager } from '@mikro-orm/postgresql';
import { recordEvent } from '../../../core/domain-events.js';
import type { Meeting } from '../meeting.entity.js';
// Loaded with the publisher: it declares who hears about MEETING_CHANGED (`noticeOn`).
import '../meeting.events.js';
import type { MeetingChange } from '../meeting.events.js';

/** Host and invited organizations of meetings `ids` (read inside the transaction, after its flush). */
export async function organizationsConcerned(em: EntityManager, ids: string[]): Promise<string[]> {
  if (!ids.length) return [];
  const rows = await em.execute<{ id: string }[]>(
    `select organization_id as id from meeting where id in (?)
     union select organization_id from meeting_invitation where meeting_id in (?) and organization_id is not null`,
    [ids, ids],
  );
  return rows.map((r) => r.id);
}

/**
 * Records `MEETING_CHANGED` in the transaction (the notification outbox sees
 * it before commit — who hears is said in `meeting.events.ts` — subscribers after): one event per command, naming the
 * meeting acted on, its series (a series-wide change concerns all of its
 * occurrences, `touchedIds`) and the organizations concerned (host and invited).
 */
export async function recordMeetingChanged(
  em: EntityManager,
  meeting: Meeting,
  change: MeetingChange,
  touchedIds: string[] = [meeting.id],
): Promise<void> {
  const organizationIds = await organizationsConcerned(em, touchedIds);
  recordEvent(em, 'MEETING_CHANGED', {
    meetingId: meeting.id,
    seriesId: meeting.series?.id ?? null,
    organizationIds,
    change,
  });
}
