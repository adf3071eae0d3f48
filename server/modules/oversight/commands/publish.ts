import type { EntityManager } from '@mikro-orm/postgresql';
import { recordEvent } from '../../../core/domain-events.js';
import type { OversightChange, OversightChanged } from '../oversight.events.js';
import type { CritiqueAccessView, SupervisionAccessView } from '../oversight.policy.js';

/**
 * Records an oversight change in the transaction (call after flushing it):
 * subscribers get `OVERSIGHT_CHANGED` after commit, naming the organizations
 * that may read the record: its owner and the organization asked to answer
 * (the drafting body, the supervised organization), when there is one.
 */
export function publishOversightChanged(
  em: EntityManager,
  subjectType: OversightChanged['subjectType'],
  subjectId: string,
  [ownerId, answeringId]: [owner: string, answering: string | null],
  change: OversightChange,
): void {
  const organizationIds = [...new Set(answeringId ? [ownerId, answeringId] : [ownerId])];
  recordEvent(em, 'OVERSIGHT_CHANGED', {
    subjectType,
    subjectId,
    organizationIds,
    answeringOrganizationId: answeringId,
    change,
  });
}

/** The owner and the organization asked to answer of a critique (the drafting body) or a supervision (the supervised one). */
export function sidesOf(
  view: CritiqueAccessView | SupervisionAccessView,
): [owner: string, answering: string | null] {
  return [
    view.organizationId,
    'draftingOrganizationId' in view ? view.draftingOrganizationId : view.subjectOrganizationId,
  ];
}
