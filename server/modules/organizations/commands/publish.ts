import type { Context } from '../../../core/context.js';
import type { OrganizationChange } from '../organization.events.js';

/** Announces a directory change (after commit). */
export function publishOrganizationChanged(
  ctx: Context,
  organizationId: string,
  change: OrganizationChange,
): void {
  ctx.pubsub.publish('ORGANIZATION_CHANGED', { organizationId, change });
}
