import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { allows } from '../../core/policy.js';
import { OrganizationPermissions } from '../organizations/organization-permissions.resolver.js';
import { meetingOrganizationPolicy } from './meeting.policy.js';

/** `Organization.viewerCan.scheduleMeeting`, from the meetings module's rule on the host. */
@Resolver(() => OrganizationPermissions)
export class OrganizationMeetingPermissionsResolver {
  @FieldResolver(() => Boolean, { description: 'scheduleMeeting hosted by this organization' })
  scheduleMeeting(@Root() can: OrganizationPermissions, @Ctx() ctx: Context): Promise<boolean> {
    return allows(ctx, meetingOrganizationPolicy, 'scheduleMeeting', { id: can.organizationId });
  }
}
