import { LockMode } from '@mikro-orm/postgresql';
import type { Context } from '../../../core/context.js';
import { badInput, conflict, notFound } from '../../../core/errors.js';
import { fromGlobalId } from '../../../core/ids.js';
import { assertDateOrder, todayInVietnam } from '../../../core/scalars.js';
import { authorize } from '../../../core/policy.js';
import { inTransaction } from '../../../core/transaction.js';
import { Organization, OrganizationStatus } from '../../organizations/organization.entity.js';
import { ParticipantRole, ProgramParticipant } from '../participant.entity.js';
import { CoordinationProgram } from '../program.entity.js';
import type { CreateProgramInput } from '../program.inputs.js';
import { programOrganizationPolicy, programPolicy } from '../program.policy.js';
import { programSearchKey } from '../program.repository.js';
import { distinct } from './clean.js';
import { loadActiveOrganization, loadLegalDocuments, loadProgramForUpdate } from './load.js';
import { publishProgramChanged } from './publish.js';

/**
 * Creates a program in DRAFT for its owner organization (the viewer needs
 * COORDINATOR there), with its participants from the start. The owner is not
 * a participant by itself; when no participant is given the LEAD role and
 * the owner is not listed, the owner joins as LEAD (a program needs a lead to
 * become ACTIVE). Participants join on the program's start date, or today
 * when it has none. Every participant must be an ACTIVE organization, listed once.
 */
export async function createProgram(ctx: Context, input: CreateProgramInput): Promise<CoordinationProgram> {
  const { code, title } = input;
  const description = input.description ?? null;
  const startsOn = input.startsOn ?? null;
  const endsOn = input.endsOn ?? null;
  if (startsOn) assertDateOrder(startsOn, endsOn, 'endsOn');
  const ownerId = fromGlobalId(input.ownerOrganizationId, 'Organization', 'ownerOrganizationId');
  const parentGlobalId = input.parentId ?? null;
  if (parentGlobalId) fromGlobalId(parentGlobalId, 'CoordinationProgram', 'parentId');
  const legalBasis = distinct(input.legalBasisIds ?? []).map((globalId) => ({
    globalId,
    id: fromGlobalId(globalId, 'LegalDocument', 'legalBasisIds'),
  }));
  const participants = (input.participants ?? []).map((p) => ({
    globalId: p.organizationId,
    id: fromGlobalId(p.organizationId, 'Organization', 'participants'),
    role: p.role,
  }));
  if (new Set(participants.map((p) => p.id)).size !== participants.length) {
    throw badInput('participants', 'an organization may be listed only once');
  }
  if (
    !participants.some((p) => p.role === ParticipantRole.LEAD) &&
    !participants.some((p) => p.id === ownerId)
  ) {
    participants.unshift({ globalId: input.ownerOrganizationId, id: ownerId, role: ParticipantRole.LEAD });
  }

  return inTransaction(ctx, async (em) => {
    const owner = await em.findOne(Organization, ownerId, { lockMode: LockMode.PESSIMISTIC_READ });
    if (!owner) throw notFound('Organization', input.ownerOrganizationId);
    await authorize(ctx, programOrganizationPolicy, 'createProgram', owner);
    if (owner.status !== OrganizationStatus.ACTIVE) {
      throw conflict(`${owner.name} is ${owner.status.toLowerCase()}, not active`, {
        field: 'ownerOrganizationId',
      });
    }
    let parent: CoordinationProgram | null = null;
    if (parentGlobalId) {
      // The parent must be readable by the viewer; a denied one looks missing. Locked so it cannot change under us.
      const loaded = await loadProgramForUpdate(em, parentGlobalId, 'parentId');
      await authorize(ctx, programPolicy, 'read', loaded.view);
      parent = loaded.program;
    }
    const documents = await loadLegalDocuments(em, legalBasis);
    if (await em.count(CoordinationProgram, { code })) {
      throw conflict(`a program with code ${code} exists`, { field: 'code' });
    }
    const organizations: Organization[] = [];
    for (const p of participants) {
      organizations.push(await loadActiveOrganization(em, p.id, p.globalId, 'participants'));
    }
    const program = em.create(CoordinationProgram, {
      kind: input.kind,
      code,
      title,
      description,
      searchKey: programSearchKey(code, title),
      startsOn,
      endsOn,
      parent,
      owner,
    });
    program.legalBasis.set(documents);
    const joinedOn = startsOn ?? todayInVietnam();
    participants.forEach((p, i) => {
      em.create(ProgramParticipant, { program, organization: organizations[i], role: p.role, joinedOn });
    });
    await em.flush();
    await publishProgramChanged(em, program.id, 'CREATED');
    return program;
  });
}
