import type { EntityManager } from '@mikro-orm/postgresql';
import { onOrganizationsMerged, type MergeEvent } from '../organizations/organization.events.js';
import { onDissolvedPassToParent, passColumnsToSuccessor } from '../organizations/organization.succession.js';

/**
 * In a merger, models pass to the successor: those a merged organization
 * owns become the successor's, and the successor adopts, from the merger
 * date, every model a merged organization had adopted (unless it already
 * has). The merged organizations' adoptions stay: "166 of the 200 communes
 * of the time" still counts them on earlier dates.
 */
export async function passModelsToSuccessor(em: EntityManager, event: MergeEvent): Promise<void> {
  await passModelOwnership(em, event);
  await em.execute(
    `insert into model_adoption (id, created_at, updated_at, model_id, organization_id, adopted_on)
     select gen_random_uuid(), now(), now(), a.model_id, ?, greatest(min(a.adopted_on), ?::date)
       from model_adoption a
      where a.organization_id = any(?::uuid[])
      group by a.model_id
     on conflict (model_id, organization_id) do nothing`,
    [event.successorId, event.effectiveOn, `{${event.mergedIds.join(',')}}`],
  );
}

/** The models a merged (or dissolved) organization owns become the successor's. */
const passModelOwnership = (em: EntityManager, event: MergeEvent): Promise<void> =>
  passColumnsToSuccessor(em, event, [
    { table: 'mass_mobilization_model', column: 'owner_id', versioned: true },
  ]);

onOrganizationsMerged(passModelsToSuccessor);
// A dissolved organization's models pass to the organization above it; its adoptions stay its own
// (the body above does not adopt a commune's model: "166 of the 200 communes of the time").
onDissolvedPassToParent(passModelOwnership);
