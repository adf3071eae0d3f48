import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Resolver, Root } from 'type-graphql';
import { loader, type Context, loadNow } from '../../core/context.js';
import { badInput, notFound } from '../../core/errors.js';
import { optionalGlobalId, toGlobalId } from '../../core/ids.js';
import { readNode, registerNodeType } from '../../core/node.js';
import { fieldsRead } from '../../core/read/selection.js';
import { PageArgs } from '../../core/pagination.js';
import { type PageRequest } from '../../core/read/keyset.js';
import { listKey, pageRequest, readPlainPage } from '../../core/read/list-loader.js';
import { type Plain } from '../../core/read/rows.js';
import { permissions } from '../../core/policy.js';
import { SignedInMutation, SignedInQuery } from '../../core/rules.js';
import { todayInVietnam } from '../../core/scalars.js';
import { LegalDocumentType } from '../legal-documents/legal-document.type.js';
import { organizationById } from '../organizations/organization.loaders.js';
import { OrganizationType } from '../organizations/organization.type.js';
import { addProgramParticipant } from './commands/add-program-participant.js';
import { changeProgramStatus } from './commands/change-program-status.js';
import { createProgram } from './commands/create-program.js';
import { postProgramUpdate } from './commands/post-program-update.js';
import { recordObjectiveValue } from './commands/record-objective-value.js';
import { removeProgramParticipant } from './commands/remove-program-participant.js';
import { setProgramObjective } from './commands/set-program-objective.js';
import { updateProgramDetails } from './commands/update-program-details.js';
import { ProgramObjectiveType } from './objective.type.js';
import { ParticipantRole } from './participant.entity.js';
import { ProgramParticipantType } from './participant.type.js';
import { ProgramUpdateConnection, ProgramUpdateType } from './program-update.type.js';
import { ProgramPermissions } from './program-permissions.type.js';
import { CoordinationProgram } from './program.entity.js';
import {
  AddProgramParticipantInput,
  AddProgramParticipantPayload,
  ChangeProgramStatusInput,
  ChangeProgramStatusPayload,
  CreateProgramInput,
  CreateProgramPayload,
  PostProgramUpdateInput,
  PostProgramUpdatePayload,
  ProgramFilter,
  ProgramOrder,
  RecordObjectiveValueInput,
  RecordObjectiveValuePayload,
  RemoveProgramParticipantInput,
  RemoveProgramParticipantPayload,
  SetProgramObjectiveInput,
  SetProgramObjectivePayload,
  UpdateProgramDetailsInput,
  UpdateProgramDetailsPayload,
} from './program.inputs.js';
import { programPolicy } from './program.policy.js';
import { isCurrentParticipation, programListQuery } from './program.repository.js';
import { ProgramConnection, ProgramType } from './program.type.js';
import {
  childrenByProgram,
  legalBasisByProgram,
  objectivesByProgram,
  participantsByProgram,
  programAccessViewById,
  readableProgram,
  updatesByProgram,
} from './programs.loaders.js';

registerNodeType('CoordinationProgram', (ctx, id) => readableProgram(ctx, id));
fieldsRead('CoordinationProgram', { participants: [], leadOrganization: [], owner: ['owner'] });

/**
 * Coordination programs: the lists (only what the viewer may read, in SQL),
 * the use cases, and a program's links. Reads go through per-request loaders.
 */
@Resolver(() => ProgramType)
export class ProgramResolver {
  @SignedInQuery(() => ProgramConnection, {
    description:
      'Programs the viewer may read (its organizations and those below them take part), by code (default) or most recently changed first.',
  })
  async programs(
    @Args() page: PageArgs,
    @Arg('filter', () => ProgramFilter, { nullable: true }) filter: ProgramFilter | null,
    @Arg('orderBy', () => ProgramOrder, { nullable: true, description: 'Default CODE.' })
    orderBy: ProgramOrder | null,
    @Info() info: GraphQLResolveInfo,
    @Ctx() ctx: Context,
  ) {
    if (filter?.role && !filter.participantOrganizationId) {
      throw badInput('role', 'role filters with participantOrganizationId; give both');
    }
    const participantOrganizationId = optionalGlobalId(
      filter?.participantOrganizationId,
      'Organization',
      'participantOrganizationId',
    );
    const query = programListQuery(
      { ...filter, participantOrganizationId },
      await ctx.access(),
      todayInVietnam(),
      orderBy === ProgramOrder.UPDATED_AT ? 'UPDATED_AT' : 'CODE',
    );
    return readPlainPage(ctx.em, CoordinationProgram, query, pageRequest(page, info));
  }

  @SignedInQuery(() => ProgramType, {
    description: 'One program; NOT_FOUND when missing or not visible to the viewer.',
  })
  async program(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return readNode(ctx, 'CoordinationProgram', id, readableProgram);
  }

  @SignedInMutation(() => CreateProgramPayload, {
    description: 'Creates a DRAFT program owned by an organization where the viewer is COORDINATOR.',
  })
  async createProgram(
    @Arg('input', () => CreateProgramInput) input: CreateProgramInput,
    @Ctx() ctx: Context,
  ) {
    return { program: await createProgram(ctx, input) };
  }

  @SignedInMutation(() => UpdateProgramDetailsPayload, {
    description: "Changes a program's details; CONFLICT when expectedVersion is stale.",
  })
  async updateProgramDetails(
    @Arg('input', () => UpdateProgramDetailsInput) input: UpdateProgramDetailsInput,
    @Ctx() ctx: Context,
  ) {
    return { program: await updateProgramDetails(ctx, input) };
  }

  @SignedInMutation(() => AddProgramParticipantPayload, {
    description: 'An active organization joins the program in a role.',
  })
  addProgramParticipant(
    @Arg('input', () => AddProgramParticipantInput) input: AddProgramParticipantInput,
    @Ctx() ctx: Context,
  ) {
    return addProgramParticipant(ctx, input);
  }

  @SignedInMutation(() => RemoveProgramParticipantPayload, {
    description:
      'An organization leaves the program; it takes part until the end of leftOn (default today). History is kept.',
  })
  removeProgramParticipant(
    @Arg('input', () => RemoveProgramParticipantInput) input: RemoveProgramParticipantInput,
    @Ctx() ctx: Context,
  ) {
    return removeProgramParticipant(ctx, input);
  }

  @SignedInMutation(() => ChangeProgramStatusPayload, {
    description: 'Moves the program along DRAFT → ACTIVE ⇄ SUSPENDED → COMPLETED or CANCELLED.',
  })
  async changeProgramStatus(
    @Arg('input', () => ChangeProgramStatusInput) input: ChangeProgramStatusInput,
    @Ctx() ctx: Context,
  ) {
    return { program: await changeProgramStatus(ctx, input) };
  }

  @SignedInMutation(() => SetProgramObjectivePayload, {
    description: 'Creates or updates (by key) an objective.',
  })
  setProgramObjective(
    @Arg('input', () => SetProgramObjectiveInput) input: SetProgramObjectiveInput,
    @Ctx() ctx: Context,
  ) {
    return setProgramObjective(ctx, input);
  }

  @SignedInMutation(() => RecordObjectiveValuePayload, {
    description: 'Records the value an objective reached on a date.',
  })
  recordObjectiveValue(
    @Arg('input', () => RecordObjectiveValueInput) input: RecordObjectiveValueInput,
    @Ctx() ctx: Context,
  ) {
    return recordObjectiveValue(ctx, input);
  }

  @SignedInMutation(() => PostProgramUpdatePayload, {
    description: 'Posts a status update on behalf of an organization that runs the program.',
  })
  postProgramUpdate(
    @Arg('input', () => PostProgramUpdateInput) input: PostProgramUpdateInput,
    @Ctx() ctx: Context,
  ) {
    return postProgramUpdate(ctx, input);
  }

  @FieldResolver(() => OrganizationType, { description: 'The organization that created it.' })
  owner(@Root() program: Plain<CoordinationProgram>, @Ctx() ctx: Context) {
    return loadNow(ctx, organizationById, program.owner.id);
  }

  @FieldResolver(() => ProgramType, {
    nullable: true,
    description: 'The program it implements; null when none or not visible to the viewer.',
  })
  parent(@Root() program: Plain<CoordinationProgram>, @Ctx() ctx: Context) {
    return program.parent ? readableProgram(ctx, program.parent.id) : null;
  }

  @FieldResolver(() => [ProgramType], {
    description: 'Programs implementing it that the viewer may read, by code.',
  })
  children(@Root() program: Plain<CoordinationProgram>, @Ctx() ctx: Context) {
    return loadNow(ctx, childrenByProgram, program.id);
  }

  @FieldResolver(() => [LegalDocumentType], { description: 'Legal basis documents, by issue date.' })
  legalBasis(@Root() program: Plain<CoordinationProgram>, @Ctx() ctx: Context) {
    return loadNow(ctx, legalBasisByProgram, program.id);
  }

  @FieldResolver(() => [ProgramParticipantType], {
    description:
      'Participations, leads first. Default: current ones (not yet left; the last day counts); includeLeft: the whole history.',
  })
  async participants(
    @Root() program: Plain<CoordinationProgram>,
    @Arg('includeLeft', () => Boolean, { nullable: true }) includeLeft: boolean | null,
    @Ctx() ctx: Context,
  ) {
    const all = await loader(ctx, participantsByProgram).load(program.id);
    if (includeLeft) return all;
    const today = todayInVietnam();
    return all.filter((p) => isCurrentParticipation(p, today));
  }

  @FieldResolver(() => OrganizationType, {
    nullable: true,
    description:
      'The organization currently LEAD ("chủ trì"); the earliest joined when several; null when none.',
  })
  async leadOrganization(@Root() program: Plain<CoordinationProgram>, @Ctx() ctx: Context) {
    const today = todayInVietnam();
    const lead = (await loader(ctx, participantsByProgram).load(program.id)).find(
      (p) => p.role === ParticipantRole.LEAD && isCurrentParticipation(p, today),
    );
    return lead ? loader(ctx, organizationById).load(lead.organization.id) : null;
  }

  @FieldResolver(() => [ProgramObjectiveType], {
    description: 'Measurable objectives, in the order first set.',
  })
  objectives(@Root() program: Plain<CoordinationProgram>, @Ctx() ctx: Context) {
    return loadNow(ctx, objectivesByProgram, program.id);
  }

  @FieldResolver(() => ProgramUpdateConnection, { description: 'Status updates, newest first.' })
  updates(
    @Root() program: Plain<CoordinationProgram>,
    @Args() page: PageArgs,
    @Info() info: GraphQLResolveInfo,
    @Ctx() ctx: Context,
  ) {
    return loadNow(ctx, updatesByProgram, listKey(program.id, pageRequest(page, info)));
  }

  @FieldResolver(() => ProgramUpdateType, { nullable: true, description: 'The newest status update.' })
  async latestUpdate(@Root() program: Plain<CoordinationProgram>, @Ctx() ctx: Context) {
    const latest: PageRequest = { first: 1, after: null, count: false };
    const page = await loader(ctx, updatesByProgram).load(listKey(program.id, latest));
    return page.edges[0]?.node ?? null;
  }

  @FieldResolver(() => ProgramPermissions, { description: 'What the viewer may do on it.' })
  async viewerCan(@Root() program: Plain<CoordinationProgram>, @Ctx() ctx: Context) {
    const view = await loader(ctx, programAccessViewById).load(program.id);
    if (!view) throw notFound('CoordinationProgram', toGlobalId('CoordinationProgram', program.id));
    return permissions(ctx, programPolicy, view);
  }
}
