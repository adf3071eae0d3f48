import { Ctx, Field, FieldResolver, ObjectType, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { permissions } from '../../core/policy.js';
import type { Organization } from './organization.entity.js';
import { organizationPolicy } from './organization.policy.js';
import { OrganizationType } from './organization.type.js';

/**
 * What the viewer may do on an organization, so clients can hide what it may
 * not. Other modules add the rules they keep on an organization as parent
 * (`createTask`, `createProgram`, `scheduleMeeting`) with field resolvers on
 * this type, reading `organizationId`.
 */
@ObjectType()
export class OrganizationPermissions {
  /** The organization asked about (not a field: for the modules' field resolvers). */
  organizationId!: string;

  @Field({ description: 'renameOrganization' })
  rename!: boolean;

  @Field({ description: 'changeOrganizationParent (moving it)' })
  move!: boolean;

  @Field({ description: 'mergeOrganizations (as merged or successor)' })
  merge!: boolean;

  @Field({ description: 'dissolveOrganization' })
  dissolve!: boolean;

  @Field({ description: 'appointPosition, endPosition, assignResponsibility, grantRole' })
  manageMembers!: boolean;

  @Field({ description: 'createOrganization under it, or moving one under it' })
  createChild!: boolean;
}

/** `Organization.viewerCan`, from the organization policy. */
@Resolver(() => OrganizationType)
export class OrganizationPermissionsResolver {
  @FieldResolver(() => OrganizationPermissions)
  async viewerCan(@Root() organization: Organization, @Ctx() ctx: Context): Promise<OrganizationPermissions> {
    return { ...(await permissions(ctx, organizationPolicy, organization)), organizationId: organization.id };
  }
}
