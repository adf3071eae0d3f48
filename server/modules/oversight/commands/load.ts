import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import { notFound } from '../../../core/errors.js';
import { fromGlobalId } from '../../../core/ids.js';
import type { SupervisionAccessView } from '../oversight.policy.js';
import { type Supervision, SupervisionRecommendation } from '../supervision.entity.js';

/** Loads a record of `entity` for a change, its row locked (FOR UPDATE); NOT_FOUND when missing. Does not authorize. */
export async function loadToChange<T extends object>(
  em: EntityManager,
  entity: new () => T,
  type: string,
  globalId: string,
  field: string,
): Promise<T> {
  const id = fromGlobalId(globalId, type, field);
  const record = await em.findOne(entity, { id } as never, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!record) throw notFound(type, globalId);
  return record as T;
}

/** A recommendation loaded for a change: the locked row, its supervision and the supervision's policy view. */
export interface RecommendationForChange {
  recommendation: SupervisionRecommendation;
  supervision: Supervision;
  view: SupervisionAccessView;
}

/** Loads a recommendation for a change (row locked) with its supervision and policy view. Does not authorize. */
export async function loadRecommendationToChange(
  em: EntityManager,
  globalId: string,
): Promise<RecommendationForChange> {
  const recommendation = await loadToChange(
    em,
    SupervisionRecommendation,
    'SupervisionRecommendation',
    globalId,
    'recommendationId',
  );
  const supervision = await recommendation.supervision.loadOrFail();
  const view: SupervisionAccessView = {
    id: supervision.id,
    organizationId: supervision.organization.id,
    subjectOrganizationId: supervision.subjectOrganization?.id ?? null,
  };
  return { recommendation, supervision, view };
}
