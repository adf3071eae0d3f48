import type { EntityManager } from '@mikro-orm/postgresql';
import { uuidArray } from '../../core/access.js';
import type { PetitionKind } from './petition.entity.js';
import type { PetitionAccessView } from './petition.policy.js';

interface ViewRow {
  id: string;
  kind: PetitionKind;
  handler_id: string;
  handler_parent_id: string | null;
  concerns_id: string | null;
  concerns_parent_id: string | null;
  handler_ids: string[];
}

/**
 * The policy views of petitions `ids` in one statement: the current handler
 * and the organization a denunciation concerns (each with its parent), and
 * the chain of handlers. Missing petitions are absent from the map. Works on
 * a transaction's EntityManager (commands) and the request's (loaders).
 */
export async function loadPetitionAccessViews(
  em: EntityManager,
  ids: readonly string[],
): Promise<Map<string, PetitionAccessView>> {
  if (!ids.length) return new Map();
  const rows = await em.execute<ViewRow[]>(
    `select p.id, p.kind, p.handler_id, h.parent_id as handler_parent_id,
            p.concerns_organization_id as concerns_id, c.parent_id as concerns_parent_id,
            array(select ph.organization_id from petition_handler ph where ph.petition_id = p.id
                  order by ph.started_on, ph.created_at) as handler_ids
       from petition p
       join organization h on h.id = p.handler_id
       left join organization c on c.id = p.concerns_organization_id
      where p.id = any(?::uuid[])`,
    [uuidArray(ids)],
  );
  return new Map(rows.map((row) => [row.id, toView(row)]));
}

function toView(row: ViewRow): PetitionAccessView {
  return {
    id: row.id,
    kind: row.kind,
    handler: { id: row.handler_id, parentId: row.handler_parent_id },
    handlerIds: parseUuidArray(row.handler_ids),
    concerns: row.concerns_id ? { id: row.concerns_id, parentId: row.concerns_parent_id } : null,
  };
}

/** A uuid[] column as ids (the driver may hand it over as the array literal `{a,b}`). */
function parseUuidArray(value: string[] | string): string[] {
  if (Array.isArray(value)) return value;
  const inner = value.replace(/^\{|\}$/g, '');
  return inner ? inner.split(',') : [];
}
