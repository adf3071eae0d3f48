import type { EntityManager } from '@mikro-orm/postgresql';
import { recordEvent } from '../../../core/domain-events.js';
// Loaded with the publisher: it declares who hears about PETITION_CHANGED (`noticeOn`).
import '../petition.events.js';
import type { PetitionChange } from '../petition.events.js';

/**
 * Records a petition change in the transaction (ids only: never the
 * petitioner). `organizationIds` are the organizations that may see it;
 * `targetOrganizationId` the new handler of a transfer.
 */
export function publishPetitionChanged(
  em: EntityManager,
  petitionId: string,
  organizationIds: string[],
  change: PetitionChange,
  targetOrganizationId?: string,
): void {
  recordEvent(em, 'PETITION_CHANGED', {
    petitionId,
    organizationIds: [...new Set(organizationIds)],
    change,
    ...(targetOrganizationId ? { targetOrganizationId } : {}),
  });
}
