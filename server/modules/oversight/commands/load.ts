import type { EntityManager } from '@mikro-orm/postgresql';
import { loadToChange } from '../../../core/transaction.js';
import { SocialCritique } from '../critique.entity.js';
import type { CritiqueAccessView, SupervisionAccessView } from '../oversight.policy.js';
import { Supervision, SupervisionRecommendation } from '../supervision.entity.js';

/** The policy view of a supervision. */
const supervisionView = (supervision: Supervision): SupervisionAccessView => ({
  id: supervision.id,
  organizationId: supervision.organization.id,
  subjectOrganizationId: supervision.subjectOrganization?.id ?? null,
});

/** Loads a social critique for a change (row locked) with its policy view. Does not authorize. */
export async function loadCritiqueToChange(
  em: EntityManager,
  globalId: string,
): Promise<{ critique: SocialCritique; view: CritiqueAccessView }> {
  const critique = await loadToChange(em, SocialCritique, 'SocialCritique', globalId, 'socialCritiqueId');
  const view: CritiqueAccessView = {
    id: critique.id,
    organizationId: critique.organization.id,
    draftingOrganizationId: critique.draftingOrganization.id,
  };
  return { critique, view };
}

/** Loads a supervision for a change (row locked) with its policy view. Does not authorize. */
export async function loadSupervisionToChange(
  em: EntityManager,
  globalId: string,
): Promise<{ supervision: Supervision; view: SupervisionAccessView }> {
  const supervision = await loadToChange(em, Supervision, 'Supervision', globalId, 'supervisionId');
  return { supervision, view: supervisionView(supervision) };
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
  return { recommendation, supervision, view: supervisionView(supervision) };
}
