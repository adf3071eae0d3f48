import { LockMode, ref } from '@mikro-orm/postgresql';
import type { Context } from '../../../core/context.js';
import { badInput, conflict, notFound } from '../../../core/errors.js';
import { fromGlobalId, optionalGlobalId } from '../../../core/ids.js';
import { authorize } from '../../../core/policy.js';
import { inTransaction } from '../../../core/transaction.js';
import { User } from '../../users/user.entity.js';
import { meetingAccessView } from '../meeting.access.js';
import { Meeting } from '../meeting.entity.js';
import { OPEN_MEETING_STATUSES } from '../meeting.enums.js';
import { invitationPolicy } from '../meeting.policy.js';
import { InvitationResponse, MeetingInvitation } from '../participation.entity.js';
import type { RespondToInvitationInput } from '../participation.inputs.js';
import { loadPeople } from './load.js';

/**
 * Answers an invitation: ACCEPTED, DECLINED, or DELEGATED to a named
 * substitute. Only the invitation's holder answers it — MEMBER or more on
 * the invited organization, or the invited person — else FORBIDDEN
 * (NOT_FOUND when the meeting is not visible). CONFLICT once the meeting
 * has started, was held or cancelled.
 */
export async function respondToInvitation(
  ctx: Context,
  input: RespondToInvitationInput,
): Promise<MeetingInvitation> {
  const id = fromGlobalId(input.invitationId, 'MeetingInvitation', 'invitationId');
  if (input.response === InvitationResponse.PENDING)
    throw badInput('response', 'answer ACCEPTED, DECLINED or DELEGATED');
  const delegated = input.response === InvitationResponse.DELEGATED;
  if (delegated !== Boolean(input.delegatePersonId)) {
    throw badInput('delegatePersonId', 'name a delegate exactly when the answer is DELEGATED');
  }
  const delegateId = optionalGlobalId(input.delegatePersonId, 'Person', 'delegatePersonId');
  const note = input.note ?? null;
  return inTransaction(ctx, async (em) => {
    const invitation = await em.findOne(MeetingInvitation, id, { lockMode: LockMode.PESSIMISTIC_WRITE });
    const view = invitation ? await meetingAccessView(ctx, em, invitation.meeting.id) : null;
    if (!invitation || !view) throw notFound('MeetingInvitation', input.invitationId);
    await authorize(ctx, invitationPolicy, 'respond', {
      id: input.invitationId,
      meeting: view,
      organizationId: invitation.organization?.id ?? null,
      personId: invitation.person?.id ?? null,
    });
    const meeting = await em.findOneOrFail(Meeting, invitation.meeting.id);
    if (!OPEN_MEETING_STATUSES.includes(meeting.status)) {
      throw conflict(`the meeting is ${meeting.status.toLowerCase()}: invitations can no longer be answered`);
    }
    if (delegateId && delegateId === invitation.person?.id)
      throw badInput('delegatePersonId', 'delegate someone else');
    const delegate = delegateId ? (await loadPeople(em, [delegateId])).get(delegateId)! : null;
    invitation.response = input.response;
    invitation.delegate = delegate ? ref(delegate) : null;
    invitation.responseNote = note;
    invitation.respondedAt = new Date();
    invitation.respondedBy = ctx.viewer?.userId
      ? em.getReference(User, ctx.viewer.userId, { wrapped: true })
      : null;
    return invitation;
  });
}
