import type { Context } from '../../../core/context.js';
import type { DirectoryChange } from '../organization.events.js';

/** Announces a directory change (after commit). */
export function publishOrganizationChanged(
  ctx: Context,
  organizationId: string,
  change: DirectoryChange,
): void {
  ctx.pubsub.publish('ORGANIZATION_CHANGED', { organizationId, change });
}
