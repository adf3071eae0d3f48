import type { EntityManager } from '@mikro-orm/postgresql';
import { recordEvent } from '../../../core/domain-events.js';
// Loaded with the publisher: it declares who hears about SITUATION_CHANGED (`noticeOn`).
import '../situation.events.js';
import type { SituationChange, SituationChanged } from '../situation.events.js';

/**
 * Records a situation change in the transaction (call after flushing it):
 * the outbox asks `situation.events.ts` who hears about it before commit;
 * subscribers get `SITUATION_CHANGED` after, naming the organizations that may read it.
 */
export function publishSituationChanged(
  em: EntityManager,
  subjectType: SituationChanged['subjectType'],
  subjectId: string,
  organizationIds: string[],
  change: SituationChange,
): void {
  recordEvent(em, 'SITUATION_CHANGED', {
    subjectType,
    subjectId,
    organizationIds: [...new Set(organizationIds)],
    change,
  });
}
