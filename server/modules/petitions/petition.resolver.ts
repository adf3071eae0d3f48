import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { loader, type Context, loadNow } from '../../core/context.js';
import { loaded } from '../../core/loaders.js';

import { registerNodeType } from '../../core/node.js';
import { permissions } from '../../core/policy.js';
import type { Plain } from '../../core/read/rows.js';
import { SignedInMutation } from '../../core/rules.js';
import { todayInVietnam } from '../../core/scalars.js';
import { areaById } from '../areas/area.loaders.js';
import { AreaType } from '../areas/area.type.js';
import { visibleMeeting } from '../meetings/meeting.loaders.js';
import { MeetingType } from '../meetings/meeting.type.js';
import { organizationById } from '../organizations/organization.loaders.js';
import { OrganizationType } from '../organizations/organization.type.js';
import { TaskType } from '../tasks/task.type.js';
import { loadVisibleTask } from '../tasks/task.visibility.js';
import { classifyPetition } from './commands/classify-petition.js';
import { filePetitionNoAction, withdrawPetition } from './commands/close-petition.js';
import { createPetitionFollowUpTask } from './commands/create-petition-follow-up-task.js';
import { extendPetitionDeadline } from './commands/extend-petition-deadline.js';
import { receivePetition } from './commands/receive-petition.js';
import { resolvePetition } from './commands/resolve-petition.js';
import { startHandlingPetition } from './commands/start-handling-petition.js';
import { transferPetition } from './commands/transfer-petition.js';
import { updatePetitionDetails } from './commands/update-petition-details.js';
import type { Petition } from './petition.entity.js';
import {
  ClassifyPetitionInput,
  UpdatePetitionDetailsInput,
  ClosePetitionInput,
  CreatePetitionFollowUpTaskInput,
  PetitionFollowUpTaskPayload,
  PetitionPayload,
  PetitionStepInput,
  ReceivePetitionInput,
  ResolvePetitionInput,
  TransferPetitionInput,
} from './petition.inputs.js';
import {
  followUpTaskIdsByPetition,
  handlersByPetition,
  loadVisiblePetition,
  petitionAccessViewById,
  petitionerByPetition,
} from './petition.loaders.js';
import { petitionPolicy } from './petition.policy.js';
import { isOverdue } from './petition.status.js';
import { PetitionerType, PetitionHandlerType, PetitionPermissions, PetitionType } from './petition.type.js';

registerNodeType('Petition', loadVisiblePetition);

const organization = (ctx: Context, ref: { id: string } | null) =>
  ref ? loader(ctx, organizationById).load(ref.id) : null;

/** Petitions: the mutations (domain verbs), and a petition's links and personal data. */
@Resolver(() => PetitionType)
export class PetitionResolver {
  @SignedInMutation(() => PetitionPayload, {
    description: 'Records a petition received by an organization (MEMBER on it); flags repeats.',
  })
  async receivePetition(
    @Arg('input', () => ReceivePetitionInput) input: ReceivePetitionInput,
    @Ctx() ctx: Context,
  ) {
    return { petition: await receivePetition(ctx, input) };
  }

  @SignedInMutation(() => PetitionPayload, {
    description: "Corrects a petition's subject or summary (its handler's MEMBER); CONFLICT when stale.",
  })
  async updatePetitionDetails(
    @Arg('input', () => UpdatePetitionDetailsInput) input: UpdatePetitionDetailsInput,
    @Ctx() ctx: Context,
  ) {
    return { petition: await updatePetitionDetails(ctx, input) };
  }

  @SignedInMutation(() => PetitionPayload, {
    description:
      'Classifies a RECEIVED or TRANSFERRED petition; within jurisdiction it is accepted and gets its time limit.',
  })
  async classifyPetition(
    @Arg('input', () => ClassifyPetitionInput) input: ClassifyPetitionInput,
    @Ctx() ctx: Context,
  ) {
    return { petition: await classifyPetition(ctx, input) };
  }

  @SignedInMutation(() => PetitionPayload, { description: 'CLASSIFIED (within jurisdiction) → IN_PROGRESS.' })
  async startHandlingPetition(
    @Arg('input', () => PetitionStepInput) input: PetitionStepInput,
    @Ctx() ctx: Context,
  ) {
    return { petition: await startHandlingPetition(ctx, input) };
  }

  @SignedInMutation(() => PetitionPayload, {
    description: 'Hands an open petition to another ACTIVE organization, which handles it from now on.',
  })
  async transferPetition(
    @Arg('input', () => TransferPetitionInput) input: TransferPetitionInput,
    @Ctx() ctx: Context,
  ) {
    return { petition: await transferPetition(ctx, input) };
  }

  @SignedInMutation(() => PetitionPayload, {
    description: 'IN_PROGRESS → RESOLVED, with the outcome and the day.',
  })
  async resolvePetition(
    @Arg('input', () => ResolvePetitionInput) input: ResolvePetitionInput,
    @Ctx() ctx: Context,
  ) {
    return { petition: await resolvePetition(ctx, input) };
  }

  @SignedInMutation(() => PetitionPayload, { description: 'The petitioner withdrew it (WITHDRAWN, final).' })
  async withdrawPetition(
    @Arg('input', () => ClosePetitionInput) input: ClosePetitionInput,
    @Ctx() ctx: Context,
  ) {
    return { petition: await withdrawPetition(ctx, input) };
  }

  @SignedInMutation(() => PetitionPayload, { description: 'Filed without action (FILED_NO_ACTION, final).' })
  async filePetitionNoAction(
    @Arg('input', () => ClosePetitionInput) input: ClosePetitionInput,
    @Ctx() ctx: Context,
  ) {
    return { petition: await filePetitionNoAction(ctx, input) };
  }

  @SignedInMutation(() => PetitionPayload, {
    description:
      "Extends an accepted petition's time limit as its kind allows (a denunciation once, by 30 days).",
  })
  async extendPetitionDeadline(
    @Arg('input', () => PetitionStepInput) input: PetitionStepInput,
    @Ctx() ctx: Context,
  ) {
    return { petition: await extendPetitionDeadline(ctx, input) };
  }

  @SignedInMutation(() => PetitionFollowUpTaskPayload, {
    description:
      'Spawns a task with a lead agency to follow an open petition up (createTask, in the same transaction).',
  })
  createPetitionFollowUpTask(
    @Arg('input', () => CreatePetitionFollowUpTaskInput) input: CreatePetitionFollowUpTaskInput,
    @Ctx() ctx: Context,
  ) {
    return createPetitionFollowUpTask(ctx, input);
  }

  @FieldResolver(() => OrganizationType, { description: 'The organization that received it.' })
  receivedBy(@Root() petition: Plain<Petition>, @Ctx() ctx: Context) {
    return organization(ctx, petition.organization);
  }

  @FieldResolver(() => OrganizationType, { description: 'The organization handling it now.' })
  handler(@Root() petition: Plain<Petition>, @Ctx() ctx: Context) {
    return organization(ctx, petition.handler);
  }

  @FieldResolver(() => OrganizationType, {
    nullable: true,
    description: 'For a denunciation: whom it is about.',
  })
  concernsOrganization(@Root() petition: Plain<Petition>, @Ctx() ctx: Context) {
    return organization(ctx, petition.concernsOrganization);
  }

  @FieldResolver(() => AreaType)
  area(@Root() petition: Plain<Petition>, @Ctx() ctx: Context) {
    return loadNow(ctx, areaById, petition.area.id);
  }

  @FieldResolver(() => MeetingType, {
    nullable: true,
    description: 'The citizen reception where it was handed over; null when none or not visible.',
  })
  receptionMeeting(@Root() petition: Plain<Petition>, @Ctx() ctx: Context) {
    return petition.receptionMeeting ? visibleMeeting(ctx, petition.receptionMeeting.id) : null;
  }

  @FieldResolver(() => Boolean, {
    description: 'A repeat ("đơn trùng") of an earlier petition: counted once.',
  })
  isRepeat(@Root() petition: Plain<Petition>) {
    return petition.repeatOf !== null;
  }

  @FieldResolver(() => PetitionType, {
    nullable: true,
    description: 'The earlier petition it repeats; null when none or when the viewer may not see it.',
  })
  repeatOf(@Root() petition: Plain<Petition>, @Ctx() ctx: Context) {
    return petition.repeatOf ? loadVisiblePetition(ctx, petition.repeatOf.id) : null;
  }

  @FieldResolver(() => Boolean, { description: 'Open past its time limit today (Vietnam time).' })
  overdue(@Root() petition: Plain<Petition>) {
    return isOverdue(petition, todayInVietnam());
  }

  @FieldResolver(() => [PetitionHandlerType], { description: 'The chain of handlers, the receiver first.' })
  handlers(@Root() petition: Plain<Petition>, @Ctx() ctx: Context) {
    return loadNow(ctx, handlersByPetition, petition.id);
  }

  @FieldResolver(() => PetitionerType, {
    nullable: true,
    description:
      'The petitioner (personal data): only for users of the organization handling it now and system administrators (for a denunciation, never for users of the organization it is about); null otherwise.',
  })
  petitioner(@Root() petition: Plain<Petition>, @Ctx() ctx: Context) {
    return loadNow(ctx, petitionerByPetition, petition.id);
  }

  @FieldResolver(() => [TaskType], { description: 'Follow-up tasks the viewer may read, oldest first.' })
  async followUpTasks(@Root() petition: Plain<Petition>, @Ctx() ctx: Context) {
    const ids = await loader(ctx, followUpTaskIdsByPetition).load(petition.id);
    return loaded(await Promise.all(ids.map((id) => loadVisibleTask(ctx, id))));
  }

  @FieldResolver(() => PetitionPermissions)
  async viewerCan(@Root() petition: Plain<Petition>, @Ctx() ctx: Context) {
    const view = await loader(ctx, petitionAccessViewById).load(petition.id);
    return view
      ? permissions(ctx, petitionPolicy, view)
      : { handle: false, transfer: false, readPetitioner: false };
  }
}

/** A handler row's organization. */
@Resolver(() => PetitionHandlerType)
export class PetitionHandlerResolver {
  @FieldResolver(() => OrganizationType)
  organization(@Root() handler: { organization: { id: string } }, @Ctx() ctx: Context) {
    return loadNow(ctx, organizationById, handler.organization.id);
  }
}
