import type { Context } from '../../../core/context.js';
import { badInput, conflict } from '../../../core/errors.js';
import { inTransaction } from '../../../core/transaction.js';
import type { Meeting } from '../meeting.entity.js';
import { OPEN_MEETING_STATUSES } from '../meeting.enums.js';
import { MeetingChangeScope } from '../meeting.inputs.js';
import { MeetingInvitation } from '../participation.entity.js';
import type { InviteToMeetingInput } from '../participation.inputs.js';
import { distinctIds, loadActiveOrganizations, loadMeetingToChange, loadPeople } from './load.js';
import { recordMeetingChanged } from './publish.js';
import { seriesRows } from './regenerate.js';
import { authorize } from '../../../core/policy.js';
import { meetingPolicy } from '../meeting.policy.js';

/**
 * Invites organizations and people to a meeting not yet started (with a
 * scope, to following occurrences of its series too). Already invited ones
 * and the host are skipped. CONFLICT for a merged or dissolved organization.
 */
export async function inviteToMeeting(
  ctx: Context,
  input: InviteToMeetingInput,
): Promise<{ meeting: Meeting; invitations: MeetingInvitation[] }> {
  const organizationIds = distinctIds(input.organizationIds, 'Organization', 'organizationIds');
  const personIds = distinctIds(input.personIds, 'Person', 'personIds');
  if (!organizationIds.length && !personIds.length) throw badInput('organizationIds', 'invite someone');
  const scope = input.scope ?? MeetingChangeScope.THIS;
  return inTransaction(ctx, async (em) => {
    const { meeting, view } = await loadMeetingToChange(ctx, em, input.meetingId);
    await authorize(ctx, meetingPolicy, 'invite', view);
    if (!OPEN_MEETING_STATUSES.includes(meeting.status)) {
      throw conflict(`a ${meeting.status.toLowerCase()} meeting takes no new invitations`, {
        field: 'meetingId',
      });
    }
    const organizations = await loadActiveOrganizations(em, organizationIds, 'organizationIds');
    const people = await loadPeople(em, personIds);
    let targets = [meeting];
    if (meeting.series && scope !== MeetingChangeScope.THIS) {
      const from = scope === MeetingChangeScope.SERIES ? 0 : (meeting.seriesIndex as number);
      targets = (await seriesRows(em, meeting.series.id)).filter(
        (row) => (row.seriesIndex as number) >= from && OPEN_MEETING_STATUSES.includes(row.status),
      );
    }
    const existing = await em.find(MeetingInvitation, { meeting: { $in: targets.map((t) => t.id) } });
    const has = new Set(existing.map((i) => `${i.meeting.id}|${i.organization?.id ?? i.person?.id}`));
    const created: MeetingInvitation[] = [];
    for (const target of targets) {
      let added = false;
      for (const organization of organizations) {
        if (organization.id === target.organization.id || has.has(`${target.id}|${organization.id}`))
          continue;
        created.push(em.create(MeetingInvitation, { meeting: target, organization }));
        added = true;
      }
      for (const person of people.values()) {
        if (has.has(`${target.id}|${person.id}`)) continue;
        created.push(em.create(MeetingInvitation, { meeting: target, person }));
        added = true;
      }
      if (added) target.sequence += 1;
    }
    await em.flush();
    await recordMeetingChanged(
      em,
      meeting,
      'INVITED',
      targets.map((t) => t.id),
    );
    return { meeting, invitations: created.filter((i) => i.meeting.id === meeting.id) };
  });
}
