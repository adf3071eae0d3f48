import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput } from '../../../core/errors.js';
import { fromGlobalId } from '../../../core/ids.js';
import type { Context } from '../../../core/context.js';
import { atVersion, authorizeAtVersion } from '../../../core/policy.js';
import { loadToChange } from '../../../core/transaction.js';
import type { Organization } from '../../organizations/organization.entity.js';
import { loadActiveOrganization } from '../../programs/commands/load.js';
import { ComplexSituation, SituationHandler } from '../situation.entity.js';
import { type SituationAccessView, situationPolicy } from '../situation.policy.js';

/** A complex situation loaded for a change: the locked row, its handlers and its policy view. */
export interface SituationForChange {
  situation: ComplexSituation;
  view: SituationAccessView;
}

/** Loads a complex situation for a change (row locked) with its policy view. NOT_FOUND when missing; does not authorize. */
export async function loadSituationToChange(
  em: EntityManager,
  globalId: string,
): Promise<SituationForChange> {
  const situation = await loadToChange(em, ComplexSituation, 'ComplexSituation', globalId, 'situationId');
  const id = situation.id;
  const handlers = await em.find(SituationHandler, { situation: id });
  return {
    situation,
    view: {
      id,
      organizationId: situation.organization.id,
      handlerIds: handlers.map((h) => h.organization.id),
    },
  };
}

/**
 * Loads a complex situation for a change (`loadSituationToChange`) and checks
 * `action` on it at the client's `expectedVersion` (`authorizeAtVersion`:
 * NOT_FOUND, CONFLICT, FORBIDDEN).
 */
export async function loadSituationAtVersion(
  ctx: Context,
  em: EntityManager,
  input: { situationId: string; expectedVersion?: number | null },
  action: keyof typeof situationPolicy.actions,
): Promise<SituationForChange> {
  const loaded = await loadSituationToChange(em, input.situationId);
  const check = atVersion(loaded.situation, input.expectedVersion, 'situation');
  await authorizeAtVersion(ctx, situationPolicy, action, loaded.view, check);
  return loaded;
}

/** Loads the ACTIVE organizations of `globalIds` (each once: BAD_USER_INPUT on `field` otherwise), share-locked. */
export async function loadHandlingOrganizations(
  em: EntityManager,
  globalIds: readonly string[],
  field: string,
): Promise<Organization[]> {
  const ids = globalIds.map((g) => fromGlobalId(g, 'Organization', field));
  if (new Set(ids).size !== ids.length) throw badInput(field, 'an organization may be listed only once');
  const organizations: Organization[] = [];
  for (const [i, id] of ids.entries())
    organizations.push(await loadActiveOrganization(em, id, globalIds[i], field));
  return organizations;
}
