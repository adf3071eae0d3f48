import type { EntityManager } from '@mikro-orm/postgresql';
import { uuidArray } from '../../../core/access.js';
import { loader, type Context } from '../../../core/context.js';
import { todayInVietnam } from '../../../core/scalars.js';
import { Organization } from '../../organizations/organization.entity.js';
import { headKey, headsByOrganizationOn } from '../../people/people.loaders.js';
import type { Person } from '../../people/person.entity.js';
import { ConflictReason } from '../conflict.type.js';
import { loadMeetingAccessViews } from '../meeting.access.js';
import { Meeting } from '../meeting.entity.js';
import { meetingPolicy } from '../meeting.policy.js';

/** A scheduling conflict as the payload returns it (entities as root values). */
export interface Conflict {
  person: Person;
  reason: ConflictReason;
  organization: Organization | null;
  startsAt: Date;
  conflictingMeeting: Meeting | null;
  conflictingStartsAt: Date;
  conflictingEndsAt: Date;
}

/** What to check: the slots being (re)scheduled and who must be free then. */
export interface ConflictCheck {
  slots: { startsAt: Date; endsAt: Date }[];
  chairs: Person[];
  invitedOrganizationIds: string[];
  /** The meetings being scheduled themselves. */
  excludeMeetingIds: string[];
}

interface Booking {
  id: string;
  starts_at: Date;
  ends_at: Date;
  person_id: string;
}

/**
 * Warnings for `check`: each chair, and the current head of each invited
 * organization (people module), who chairs or is invited (by name, or as a
 * delegate, without declining) to another meeting neither cancelled nor
 * postponed at an overlapping time. Three queries whatever the number of slots.
 */
export async function findConflicts(
  ctx: Context,
  em: EntityManager,
  check: ConflictCheck,
): Promise<Conflict[]> {
  if (!check.slots.length) return [];
  const today = todayInVietnam();
  const heads = await loader(ctx, headsByOrganizationOn).loadMany(
    check.invitedOrganizationIds.map((id) => headKey(id, today)),
  );
  const watched = new Map<
    string,
    { person: Person; reason: ConflictReason; organizationId: string | null }[]
  >();
  const watch = (person: Person, reason: ConflictReason, organizationId: string | null) =>
    watched.set(person.id, [...(watched.get(person.id) ?? []), { person, reason, organizationId }]);
  for (const chair of check.chairs) watch(chair, ConflictReason.CHAIR, null);
  heads.forEach((head, i) => {
    if (head && !(head instanceof Error))
      watch(head, ConflictReason.HEAD_OF_INVITED_ORGANIZATION, check.invitedOrganizationIds[i]);
  });
  if (!watched.size) return [];
  const people = uuidArray([...watched.keys()]);
  const from = new Date(Math.min(...check.slots.map((s) => s.startsAt.getTime())));
  const to = new Date(Math.max(...check.slots.map((s) => s.endsAt.getTime())));
  const bookings = await em.execute<Booking[]>(
    `select m.id, m.starts_at, m.ends_at, b.person_id from meeting m join (
       select meeting_id, person_id from meeting_chair where person_id = any(?::uuid[])
       union select meeting_id, coalesce(delegate_id, person_id) from meeting_invitation
        where coalesce(delegate_id, person_id) = any(?::uuid[]) and response <> 'DECLINED'
     ) b on b.meeting_id = m.id
     where m.status not in ('CANCELLED', 'POSTPONED') and m.starts_at < ? and m.ends_at > ?
       and not (m.id = any(?::uuid[]))
     order by m.starts_at, m.id`,
    [people, people, to, from, uuidArray(check.excludeMeetingIds)],
  );
  if (!bookings.length) return [];
  const visible = await visibleAmong(ctx, em, [...new Set(bookings.map((b) => b.id))]);
  const organizations = await em.find(Organization, { id: { $in: check.invitedOrganizationIds } });
  const conflicts: Conflict[] = [];
  for (const slot of check.slots) {
    for (const booking of bookings) {
      const start = new Date(booking.starts_at);
      const end = new Date(booking.ends_at);
      if (!(start < slot.endsAt && end > slot.startsAt)) continue;
      for (const { person, reason, organizationId } of watched.get(booking.person_id) ?? []) {
        conflicts.push({
          person,
          reason,
          organization: organizations.find((o) => o.id === organizationId) ?? null,
          startsAt: slot.startsAt,
          conflictingMeeting: visible.get(booking.id) ?? null,
          conflictingStartsAt: start,
          conflictingEndsAt: end,
        });
      }
    }
  }
  return conflicts;
}

/** The meetings among `ids` the viewer may read. */
async function visibleAmong(ctx: Context, em: EntityManager, ids: string[]): Promise<Map<string, Meeting>> {
  const [views, access] = await Promise.all([
    loadMeetingAccessViews(em, ids, ctx.viewer?.personId ?? null),
    ctx.access(),
  ]);
  const readable = ids.filter((id) => views.has(id) && meetingPolicy.read(access, views.get(id)!));
  const meetings = readable.length ? await em.find(Meeting, { id: { $in: readable } }) : [];
  return new Map(meetings.map((m) => [m.id, m]));
}
