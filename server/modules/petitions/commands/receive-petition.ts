import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../../core/context.js';
import { badInput, notFound } from '../../../core/errors.js';
import { fromGlobalId } from '../../../core/ids.js';
import { authorize } from '../../../core/policy.js';
import { todayInVietnam } from '../../../core/scalars.js';
import { foldForSearch } from '../../../core/text.js';
import { inTransaction } from '../../../core/transaction.js';
import { AdministrativeArea } from '../../areas/area.entity.js';
import { meetingAccessView } from '../../meetings/meeting.access.js';
import { Meeting } from '../../meetings/meeting.entity.js';
import { MeetingKind } from '../../meetings/meeting.enums.js';
import { meetingPolicy } from '../../meetings/meeting.policy.js';
import type { Organization } from '../../organizations/organization.entity.js';
import { Petition, PetitionHandler } from '../petition.entity.js';
import type { ReceivePetitionInput } from '../petition.inputs.js';
import { petitionOrganizationPolicy } from '../petition.policy.js';
import { findRepeatOf, petitionerKeys, recordPetitioner } from './find-repeat.js';
import { assertActive, loadOrganization } from './load.js';
import { publishPetitionChanged } from './publish.js';

/** The citizen-reception meeting of the input: one the viewer may read, of kind CITIZEN_RECEPTION. */
async function loadReceptionMeeting(ctx: Context, em: EntityManager, globalId: string): Promise<Meeting> {
  const id = fromGlobalId(globalId, 'Meeting', 'receptionMeetingId');
  const meeting = await em.findOne(Meeting, id);
  const view = meeting ? await meetingAccessView(ctx, em, id) : null;
  if (!meeting || !view) throw notFound('Meeting', globalId);
  await authorize(ctx, meetingPolicy, 'read', view);
  if (meeting.kind !== MeetingKind.CITIZEN_RECEPTION) {
    throw badInput('receptionMeetingId', 'the meeting is not a citizen reception (tiếp công dân)');
  }
  return meeting;
}

/** The organization a denunciation is about, when named (it may be merged or dissolved since). */
async function loadConcerned(em: EntityManager, input: ReceivePetitionInput): Promise<Organization | null> {
  return input.concernsOrganizationId
    ? loadOrganization(em, input.concernsOrganizationId, 'concernsOrganizationId')
    : null;
}

/**
 * Records a petition received by an organization, which handles it first:
 * the petition, the first row of its chain of handlers and, apart, its
 * petitioner. Who may: MEMBER on the receiving organization (ACTIVE). A
 * petition from the same petitioner on the same subject within 90 days is
 * flagged as a repeat of the earliest one (`repeatOf`).
 */
export async function receivePetition(ctx: Context, input: ReceivePetitionInput): Promise<Petition> {
  if (input.receivedOn > todayInVietnam())
    throw badInput('receivedOn', 'receivedOn must not be in the future');
  const areaId = fromGlobalId(input.areaId, 'AdministrativeArea', 'areaId');
  return inTransaction(ctx, async (em) => {
    const receiver = await loadOrganization(em, input.organizationId, 'organizationId');
    await authorize(ctx, petitionOrganizationPolicy, 'receivePetition', { id: receiver.id });
    assertActive(receiver, 'organizationId');
    const area = await em.findOne(AdministrativeArea, areaId);
    if (!area) throw notFound('AdministrativeArea', input.areaId);
    const concerns = await loadConcerned(em, input);
    const meeting = input.receptionMeetingId
      ? await loadReceptionMeeting(ctx, em, input.receptionMeetingId)
      : null;

    const subjectKey = foldForSearch(input.subject);
    const keys = petitionerKeys(input.petitioner);
    const repeatOf = await findRepeatOf(em, subjectKey, input.receivedOn, keys);
    const petition = em.create(Petition, {
      kind: input.kind,
      channel: input.channel,
      receivedOn: input.receivedOn,
      organization: receiver,
      handler: receiver,
      concernsOrganization: concerns,
      area,
      receptionMeeting: meeting,
      subject: input.subject,
      subjectKey,
      summary: input.summary ?? null,
      withinJurisdiction: input.withinJurisdiction ?? null,
      repeatOf: repeatOf ? em.getReference(Petition, repeatOf) : null,
    } as never) as Petition;
    em.create(PetitionHandler, { petition, organization: receiver, startedOn: input.receivedOn });
    recordPetitioner(em, petition, input.petitioner);
    await em.flush();
    publishPetitionChanged(em, petition.id, [receiver.id], 'RECEIVED');
    return petition;
  });
}
