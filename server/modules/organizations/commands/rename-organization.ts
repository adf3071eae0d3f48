import type { Context } from '../../../core/context.js';
import { conflict } from '../../../core/errors.js';
import { inTransaction } from '../../../core/transaction.js';
import { OrganizationStatus, type Organization } from '../organization.entity.js';
import type { RenameOrganizationInput } from '../organization.inputs.js';
import { organizationSearchKey } from '../organization.repository.js';
import { loadOrganizationToChange } from './load-for-update.js';
import { publishOrganizationChanged } from './publish.js';

/** Changes the name and short name of an active organization. */
export async function renameOrganization(
  ctx: Context,
  input: RenameOrganizationInput,
): Promise<Organization> {
  const name = input.name;
  const shortName = input.shortName ?? null;
  return inTransaction(ctx, async (em, afterCommit) => {
    const organization = await loadOrganizationToChange(ctx, em, 'rename', input);
    if (organization.status !== OrganizationStatus.ACTIVE)
      throw conflict('only an active organization can be renamed');
    organization.name = name;
    organization.shortName = shortName;
    organization.searchKey = organizationSearchKey(name, shortName);
    await em.flush();
    afterCommit(() => publishOrganizationChanged(ctx, organization.id, 'RENAMED'));
    return organization;
  });
}
