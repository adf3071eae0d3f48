import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../../core/context.js';
import { conflict, notFound } from '../../../core/errors.js';
import { fromGlobalId } from '../../../core/ids.js';
import { inTransaction } from '../../../core/transaction.js';
import { Organization, OrganizationStatus } from '../organization.entity.js';
import type { ChangeOrganizationParentInput } from '../organization.inputs.js';
import { organizationAncestorIds } from '../organization.repository.js';
import { loadOrganizationToChange } from './load-for-update.js';
import { publishOrganizationChanged } from './publish.js';
import { authorize } from '../../../core/policy.js';
import { organizationPolicy } from '../organization.policy.js';

/**
 * Throws CONFLICT when putting `childId` under `parentId` would close a loop
 * in the chain of command. Call with the rows locked.
 */
export async function assertNoCycle(em: EntityManager, childId: string, parentId: string): Promise<void> {
  if (childId === parentId) throw conflict('an organization cannot be its own parent', { field: 'parentId' });
  const ancestors = await organizationAncestorIds(em, parentId);
  if (ancestors.includes(childId)) {
    throw conflict('the new parent is below this organization: the chain of command would form a cycle', {
      field: 'parentId',
    });
  }
}

/** Moves an organization under another one in the chain of command (reorganisation). */
export async function changeOrganizationParent(
  ctx: Context,
  input: ChangeOrganizationParentInput,
): Promise<Organization> {
  return inTransaction(ctx, async (em, afterCommit) => {
    // Serialize all re-parenting: two concurrent moves could otherwise each pass the cycle check.
    await em.execute("select pg_advisory_xact_lock(hashtext('organization-tree'))");
    const organization = await loadOrganizationToChange(ctx, em, 'move', input);
    let parent: Organization | null = null;
    if (input.parentId) {
      parent = await em.findOne(Organization, fromGlobalId(input.parentId, 'Organization', 'parentId'));
      if (!parent) throw notFound('Organization', input.parentId);
      await authorize(ctx, organizationPolicy, 'createChild', parent);
      if (parent.status !== OrganizationStatus.ACTIVE)
        throw conflict('the new parent is not active', { field: 'parentId' });
      await assertNoCycle(em, organization.id, parent.id);
    }
    organization.parent = parent ? em.getReference(Organization, parent.id, { wrapped: true }) : null;
    await em.flush();
    afterCommit(() => publishOrganizationChanged(ctx, organization.id, 'MOVED'));
    return organization;
  });
}
