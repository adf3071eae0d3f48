import type { Context } from '../../../core/context.js';

/** Announces a directory change (after commit). */
export function publishOrganizationChanged(ctx: Context, organizationId: string, change: string): void {
  ctx.pubsub.publish('ORGANIZATION_CHANGED', { organizationId, change });
}
