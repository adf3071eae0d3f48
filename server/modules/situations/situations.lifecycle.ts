import type { EntityManager } from '@mikro-orm/postgresql';
import { onOrganizationsMerged, type MergeEvent } from '../organizations/organization.events.js';
import { onDissolvedPassToParent, passColumnsToSuccessor } from '../organizations/organization.succession.js';
import { SituationStatus } from './situation.entity.js';

/** Complex situations not yet resolved. */
const OPEN = `status <> '${SituationStatus.RESOLVED}'`;

/**
 * In a merger, the complex situations still open pass to the successor: those
 * a merged organization opened become the successor's, and it handles those a
 * merged organization handled (once, however many of them did). Resolved
 * situations and situation reports stay as they were: records of their time.
 */
export async function passSituationsToSuccessor(em: EntityManager, event: MergeEvent): Promise<void> {
  await passColumnsToSuccessor(em, event, [
    { table: 'complex_situation', column: 'organization_id', where: OPEN, versioned: true },
  ]);
  const openSituation = `h.situation_id in (select id from complex_situation where ${OPEN})`;
  // One handler row per situation may pass: drop those the successor (or an earlier merged row) duplicates.
  await em.execute(
    `delete from complex_situation_handler h
      where h.organization_id = any(?::uuid[]) and ${openSituation}
        and exists (select 1 from complex_situation_handler o
                     where o.situation_id = h.situation_id and o.id <> h.id
                       and (o.organization_id = ? or (o.organization_id = any(?::uuid[]) and o.id < h.id)))`,
    [`{${event.mergedIds.join(',')}}`, event.successorId, `{${event.mergedIds.join(',')}}`],
  );
  await em.execute(
    `update complex_situation_handler h set organization_id = ?, updated_at = now()
      where h.organization_id = any(?::uuid[]) and ${openSituation}`,
    [event.successorId, `{${event.mergedIds.join(',')}}`],
  );
}

onOrganizationsMerged(passSituationsToSuccessor);
// A dissolved organization's open situations pass to the organization above it.
onDissolvedPassToParent(passSituationsToSuccessor);
