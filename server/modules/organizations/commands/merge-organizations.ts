import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../../core/context.js';
import { badInput, conflict, notFound } from '../../../core/errors.js';
import { fromGlobalId } from '../../../core/ids.js';
import { todayInVietnam } from '../../../core/scalars.js';
import { inTransaction } from '../../../core/transaction.js';
import { Organization, OrganizationStatus } from '../organization.entity.js';
import { runMergeHandlers } from '../organization.events.js';
import type { MergeOrganizationsInput } from '../organization.inputs.js';
import { assertNoCycle } from './change-organization-parent.js';
import { publishOrganizationChanged } from './publish.js';
import { authorize } from '../../../core/policy.js';
import { organizationPolicy } from '../organization.policy.js';

/** Result of a merger. */
export interface MergeResult {
  successor: Organization;
  merged: Organization[];
}

/**
 * Merges organizations into a successor ("sáp nhập"): the merged ones become
 * MERGED with the successor recorded, their children move under the
 * successor, and every module passes its current records on (positions move,
 * see `onOrganizationsMerged`). Nothing is deleted: the old records stay readable.
 */
export async function mergeOrganizations(ctx: Context, input: MergeOrganizationsInput): Promise<MergeResult> {
  const successorId = fromGlobalId(input.successorId, 'Organization', 'successorId');
  const mergedIds = [...new Set(input.mergedIds.map((id) => fromGlobalId(id, 'Organization', 'mergedIds')))];
  if (!mergedIds.length) throw badInput('mergedIds', 'name at least one organization to merge');
  if (mergedIds.includes(successorId))
    throw badInput('successorId', 'an organization cannot be merged into itself');
  const effectiveOn = input.effectiveOn ?? todayInVietnam();
  return inTransaction(ctx, async (em, afterCommit) => {
    await em.execute("select pg_advisory_xact_lock(hashtext('organization-tree'))");
    const rows = await em.find(Organization, { id: { $in: [successorId, ...mergedIds] } });
    const successor = rows.find((o) => o.id === successorId);
    if (!successor) throw notFound('Organization', input.successorId);
    const merged = mergedIds.map((id) => rows.find((o) => o.id === id) ?? missing(id));
    for (const org of [...merged, successor]) await authorize(ctx, organizationPolicy, 'merge', org);
    if (successor.status !== OrganizationStatus.ACTIVE) {
      throw conflict(`cannot merge into a ${successor.status.toLowerCase()} organization`, {
        field: 'successorId',
      });
    }
    for (const org of merged) {
      if (org.status !== OrganizationStatus.ACTIVE) {
        throw conflict(`${org.name} is already ${org.status.toLowerCase()}`, { field: 'mergedIds' });
      }
    }
    await reparentAround(em, merged, successor);
    for (const org of merged) {
      org.status = OrganizationStatus.MERGED;
      org.successor = em.getReference(Organization, successor.id, { wrapped: true });
      org.endedOn = effectiveOn;
    }
    await em.flush();
    await runMergeHandlers(em, { mergedIds, successorId, effectiveOn });
    await em.flush();
    afterCommit(() => {
      for (const org of merged) publishOrganizationChanged(ctx, org.id, 'MERGED');
      publishOrganizationChanged(ctx, successor.id, 'SUCCEEDED');
    });
    return { successor, merged };
  });
}

function missing(id: string): never {
  throw notFound('Organization', id);
}

/**
 * Children of the merged organizations move under the successor; if the
 * successor itself sat below a merged one (a commune committee taking over
 * its district committee), it moves up to the nearest ancestor that stays.
 */
async function reparentAround(
  em: EntityManager,
  merged: Organization[],
  successor: Organization,
): Promise<void> {
  const mergedIds = new Set(merged.map((o) => o.id));
  const byId = new Map(merged.map((o) => [o.id, o]));
  let parentId = successor.parent?.id ?? null;
  while (parentId && mergedIds.has(parentId)) parentId = byId.get(parentId)?.parent?.id ?? null;
  successor.parent = parentId ? em.getReference(Organization, parentId, { wrapped: true }) : null;
  await em.flush();
  const children = await em.find(Organization, {
    parent: { $in: [...mergedIds] },
    id: { $ne: successor.id },
  });
  for (const child of children) {
    if (mergedIds.has(child.id)) continue;
    await assertNoCycle(em, child.id, successor.id);
    child.parent = em.getReference(Organization, successor.id, { wrapped: true });
  }
  for (const org of merged) org.parent = null;
}
