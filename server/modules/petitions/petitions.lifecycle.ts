import type { EntityManager } from '@mikro-orm/postgresql';
import { Organization } from '../organizations/organization.entity.js';
import { onOrganizationsMerged, type MergeEvent } from '../organizations/organization.events.js';
import { onDissolvedPassToParent } from '../organizations/organization.succession.js';
import { Petition, PetitionHandler, PetitionStatus } from './petition.entity.js';

const later = (a: string, b: string): string => (a > b ? a : b);

/** Statuses of a petition still being handled (not RESOLVED, WITHDRAWN or FILED_NO_ACTION). */
const OPEN = [
  PetitionStatus.RECEIVED,
  PetitionStatus.CLASSIFIED,
  PetitionStatus.IN_PROGRESS,
  PetitionStatus.TRANSFERRED,
];

/**
 * In a merger, the open petitions the merged organizations handle pass to the
 * successor: their handler rows end on the merger date and one row opens for
 * the successor (the chain of handlers keeps who handled it when), with its
 * status, time limit and petitioner unchanged — a succession, not a transfer.
 */
export async function passPetitionsToSuccessor(
  em: EntityManager,
  mergedIds: string[],
  successorId: string,
  effectiveOn: string,
  note = 'Tiếp nhận do sáp nhập tổ chức',
): Promise<void> {
  const petitions = await em.find(Petition, { handler: { $in: mergedIds }, status: { $in: OPEN } });
  if (!petitions.length) return;
  const rows = await em.find(PetitionHandler, {
    petition: { $in: petitions.map((p) => p.id) },
    endedOn: null,
  });
  const successor = em.getReference(Organization, successorId, { wrapped: true });
  for (const row of rows) row.endedOn = later(row.startedOn, effectiveOn);
  for (const petition of petitions) {
    petition.handler = successor;
    const started = rows.find((r) => r.petition.id === petition.id)?.startedOn ?? effectiveOn;
    em.create(PetitionHandler, {
      petition,
      organization: successor,
      startedOn: later(started, effectiveOn),
      note,
    });
  }
}

const passOn = (em: EntityManager, { mergedIds, successorId, effectiveOn }: MergeEvent) =>
  passPetitionsToSuccessor(em, mergedIds, successorId, effectiveOn);

onOrganizationsMerged(passOn);
// A dissolved organization's open petitions pass to the organization above it.
onDissolvedPassToParent((em, { mergedIds, successorId, effectiveOn }) =>
  passPetitionsToSuccessor(em, mergedIds, successorId, effectiveOn, 'Tiếp nhận do giải thể tổ chức'),
);
