import type { Context } from '../../../core/context.js';
import { conflict } from '../../../core/errors.js';
import { todayInVietnam } from '../../../core/scalars.js';
import { inTransaction } from '../../../core/transaction.js';
import { Organization, OrganizationStatus } from '../organization.entity.js';
import { runDissolveHandlers } from '../organization.events.js';
import type { DissolveOrganizationInput } from '../organization.inputs.js';
import { loadOrganizationToChange } from './load-for-update.js';
import { publishOrganizationChanged } from './publish.js';

/**
 * Dissolves an organization ("giải thể"): status DISSOLVED from the given date,
 * current positions end, its children move up to its own parent. Its records stay readable.
 */
export async function dissolveOrganization(
  ctx: Context,
  input: DissolveOrganizationInput,
): Promise<Organization> {
  const effectiveOn = input.effectiveOn ?? todayInVietnam();
  return inTransaction(ctx, async (em, afterCommit) => {
    await em.execute("select pg_advisory_xact_lock(hashtext('organization-tree'))");
    const organization = await loadOrganizationToChange(ctx, em, 'dissolve', input);
    if (organization.status !== OrganizationStatus.ACTIVE) {
      throw conflict(`the organization is already ${organization.status.toLowerCase()}`);
    }
    const children = await em.find(Organization, { parent: organization.id });
    for (const child of children) child.parent = organization.parent;
    organization.status = OrganizationStatus.DISSOLVED;
    organization.endedOn = effectiveOn;
    await em.flush();
    await runDissolveHandlers(em, { organizationId: organization.id, effectiveOn });
    await em.flush();
    afterCommit(() => publishOrganizationChanged(ctx, organization.id, 'DISSOLVED'));
    return organization;
  });
}
