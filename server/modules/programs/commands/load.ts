import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import { conflict, notFound } from '../../../core/errors.js';
import { fromGlobalId } from '../../../core/ids.js';
import type { Context } from '../../../core/context.js';
import { authorize } from '../../../core/policy.js';
import { loadToChange } from '../../../core/transaction.js';
import { todayInVietnam } from '../../../core/scalars.js';
import { LegalDocument } from '../../legal-documents/legal-document.entity.js';
import { Organization, OrganizationStatus } from '../../organizations/organization.entity.js';
import { ProgramParticipant } from '../participant.entity.js';
import { CoordinationProgram, ProgramStatus } from '../program.entity.js';
import { type ProgramAccessView, programPolicy } from '../program.policy.js';
import { isCurrentParticipation } from '../program.repository.js';

/** A program loaded for a change: the locked row, its participations, and its policy view. */
export interface ProgramForUpdate {
  program: CoordinationProgram;
  /** Every participation, current and past. */
  participants: ProgramParticipant[];
  view: ProgramAccessView;
  today: string;
}

/**
 * Loads a program for a change inside a transaction. Its row is locked (FOR
 * UPDATE), so every change to one program — details, status, participants,
 * objectives — runs one at a time and sees the previous one's result (the
 * "at least one LEAD while ACTIVE" rule cannot be raced). NOT_FOUND when
 * missing; BAD_USER_INPUT when the id is not a program's.
 */
export async function loadProgramForUpdate(
  em: EntityManager,
  globalId: string,
  field = 'programId',
): Promise<ProgramForUpdate> {
  const program = await loadToChange(em, CoordinationProgram, 'CoordinationProgram', globalId, field);
  const id = program.id;
  const participants = await em.find(
    ProgramParticipant,
    { program: id },
    { orderBy: { joinedOn: 'asc', createdAt: 'asc', id: 'asc' } },
  );
  const today = todayInVietnam();
  const view: ProgramAccessView = {
    id,
    ownerId: program.owner.id,
    participants: participants.map((p) => ({
      organizationId: p.organization.id,
      role: p.role,
      current: isCurrentParticipation(p, today),
    })),
  };
  return { program, participants, view, today };
}

/**
 * Throws CONFLICT when the program is closed: a COMPLETED or CANCELLED
 * program is history. With `allowCompleted`, a COMPLETED one may still take
 * final results (objective values, updates for the review conference).
 */
export function assertOpen(program: CoordinationProgram, allowCompleted = false): void {
  const closed =
    program.status === ProgramStatus.CANCELLED ||
    (program.status === ProgramStatus.COMPLETED && !allowCompleted);
  if (closed) throw conflict(`the program is ${program.status.toLowerCase()}`, { field: 'programId' });
}

/**
 * Loads an organization that must be ACTIVE to join a program: NOT_FOUND
 * when missing, CONFLICT (on `field`) when merged or dissolved. The row is
 * share-locked until commit, so a concurrent merger waits for this
 * transaction instead of ending the organization under it.
 */
export async function loadActiveOrganization(
  em: EntityManager,
  id: string,
  globalId: string,
  field: string,
): Promise<Organization> {
  const organization = await em.findOne(Organization, id, { lockMode: LockMode.PESSIMISTIC_READ });
  if (!organization) throw notFound('Organization', globalId);
  if (organization.status !== OrganizationStatus.ACTIVE) {
    throw conflict(`${organization.name} is ${organization.status.toLowerCase()}, not active`, { field });
  }
  return organization;
}

/** `loadActiveOrganization` of the organization an input names by its global id (in `field`). */
export function loadNamedActiveOrganization(
  em: EntityManager,
  globalId: string,
  field: string,
): Promise<Organization> {
  return loadActiveOrganization(em, fromGlobalId(globalId, 'Organization', field), globalId, field);
}

/** Loads legal documents by database id; NOT_FOUND (with the global id) for the first missing one. */
export async function loadLegalDocuments(
  em: EntityManager,
  ids: { id: string; globalId: string }[],
): Promise<LegalDocument[]> {
  if (!ids.length) return [];
  const found = await em.find(LegalDocument, { id: { $in: ids.map((d) => d.id) } });
  const byId = new Map(found.map((d) => [d.id, d]));
  return ids.map((d) => {
    const document = byId.get(d.id);
    if (!document) throw notFound('LegalDocument', d.globalId);
    return document;
  });
}

/** Current participations (on `today`) of the program, from `ProgramForUpdate.participants`. */
export const currentParticipants = (loaded: ProgramForUpdate): ProgramParticipant[] =>
  loaded.participants.filter((p) => isCurrentParticipation(p, loaded.today));

/**
 * Loads a program (locked) whose participants the viewer changes: NOT_FOUND / FORBIDDEN unless it may
 * manage them, CONFLICT when the program is closed.
 */
export async function loadProgramToManageParticipants(
  ctx: Context,
  em: EntityManager,
  programId: string,
): Promise<ProgramForUpdate> {
  const loaded = await loadProgramForUpdate(em, programId);
  await authorize(ctx, programPolicy, 'manageParticipants', loaded.view);
  assertOpen(loaded.program);
  return loaded;
}
