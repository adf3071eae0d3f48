import type { EntityManager } from '@mikro-orm/postgresql';
import { loadToChange } from '../../../core/transaction.js';
import type { SupervisionAccessView } from '../oversight.policy.js';
import { type Supervision, SupervisionRecommendation } from '../supervision.entity.js';

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
