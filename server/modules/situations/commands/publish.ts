import type { EntityManager } from '@mikro-orm/postgresql';
import { recordEvent } from '../../../core/domain-events.js';
// Loaded with the publisher: it declares who hears about SITUATION_CHANGED (`noticeOn`).
import '../situation.events.js';
import type { SituationChange, SituationChanged } from '../situation.events.js';
import { concernedOrganizationIds, type SituationAccessView } from '../situation.policy.js';

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

/**
 * `publishSituationChanged` for a complex situation: heard by the
 * organizations its view concerns (opener and handlers), and `alsoTo`.
 */
export function publishComplexSituationChanged(
  em: EntityManager,
  view: SituationAccessView,
  change: SituationChange,
  alsoTo: string[] = [],
): void {
  publishSituationChanged(
    em,
    'ComplexSituation',
    view.id,
    [...concernedOrganizationIds(view), ...alsoTo],
    change,
  );
}
