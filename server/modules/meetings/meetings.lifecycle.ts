import type { EntityManager } from '@mikro-orm/postgresql';
import { Organization } from '../organizations/organization.entity.js';
import { onOrganizationsMerged } from '../organizations/organization.events.js';
import { endOfLocalDay } from './zoned.js';
import { Meeting } from './meeting.entity.js';
import { OPEN_MEETING_STATUSES } from './meeting.enums.js';
import { MeetingInvitation } from './participation.entity.js';
import { MeetingSeries } from './series.entity.js';

/**
 * In a merger, meetings still to come pass to the successor: those a merged
 * organization hosts (and its series) get the successor as host, and its
 * invitations to them become the successor's (unless the successor is
 * invited already, or hosts). Past meetings keep their organizations, so
 * the record of who met stays true; they stay readable through the roles
 * that reached the merged organizations.
 */
export async function passMeetingsToSuccessor(
  em: EntityManager,
  mergedIds: string[],
  successorId: string,
  effectiveOn: string,
): Promise<void> {
  const from = new Date(endOfLocalDay(effectiveOn).getTime() - 86_399_000);
  const successor = em.getReference(Organization, successorId, { wrapped: true });
  const open = { status: { $in: [...OPEN_MEETING_STATUSES] }, startsAt: { $gte: from } };
  const hosted = await em.find(Meeting, { organization: { $in: mergedIds }, ...open });
  for (const meeting of hosted) {
    meeting.organization = successor;
    meeting.sequence += 1;
  }
  const series = await em.find(MeetingSeries, { organization: { $in: mergedIds } });
  for (const s of series) if (hosted.some((m) => m.series?.id === s.id)) s.organization = successor;
  const invitations = await em.find(MeetingInvitation, {
    organization: { $in: mergedIds },
    meeting: open,
  });
  if (!invitations.length) return;
  const meetingIds = [...new Set(invitations.map((i) => i.meeting.id))];
  const taken = new Set(
    (await em.find(MeetingInvitation, { organization: successorId, meeting: { $in: meetingIds } })).map(
      (i) => i.meeting.id,
    ),
  );
  const meetings = await em.find(Meeting, { id: { $in: meetingIds } });
  for (const invitation of invitations) {
    const meeting = meetings.find((m) => m.id === invitation.meeting.id);
    if (taken.has(invitation.meeting.id) || meeting?.organization.id === successorId) continue;
    invitation.organization = successor;
    taken.add(invitation.meeting.id);
  }
}

onOrganizationsMerged((em, event) =>
  passMeetingsToSuccessor(em, event.mergedIds, event.successorId, event.effectiveOn),
);
