import type { EntityManager } from '@mikro-orm/postgresql';
import { recordEvent } from '../../../core/domain-events.js';
import type { OversightChange, OversightChanged } from '../oversight.events.js';

/**
 * Records an oversight change in the transaction (call after flushing it):
 * subscribers get `OVERSIGHT_CHANGED` after commit, naming the organizations
 * that may read the record.
 */
export function publishOversightChanged(
  em: EntityManager,
  subjectType: OversightChanged['subjectType'],
  subjectId: string,
  organizationIds: (string | null)[],
  change: OversightChange,
): void {
  const concerned = [...new Set(organizationIds.filter((id): id is string => !!id))];
  recordEvent(em, 'OVERSIGHT_CHANGED', { subjectType, subjectId, organizationIds: concerned, change });
}
