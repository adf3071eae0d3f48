import type { EntityManager } from '@mikro-orm/postgresql';
import type { ModelAccessView } from './model.policy.js';

/** The policy views (owner, adopters) of models `ids` in one query; missing models are absent. */
export async function loadModelAccessViews(
  em: EntityManager,
  ids: readonly string[],
): Promise<Map<string, ModelAccessView>> {
  if (!ids.length) return new Map();
  const rows = await em.execute<{ id: string; owner_id: string; adopter_ids: string[] | null }[]>(
    `select m.id, m.owner_id,
            array(select a.organization_id from model_adoption a where a.model_id = m.id) as adopter_ids
       from mass_mobilization_model m where m.id = any(?::uuid[])`,
    [`{${ids.join(',')}}`],
  );
  return new Map(
    rows.map((row) => [row.id, { id: row.id, ownerId: row.owner_id, adopterIds: row.adopter_ids ?? [] }]),
  );
}
