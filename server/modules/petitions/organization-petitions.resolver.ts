import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import { type Context, loadNow } from '../../core/context.js';
import { PageArgs } from '../../core/pagination.js';
import { allows } from '../../core/policy.js';
import { listKey, pageRequest } from '../../core/read/list-loader.js';
import { OrganizationPermissions } from '../organizations/organization-permissions.resolver.js';
import type { Organization } from '../organizations/organization.entity.js';
import { OrganizationType } from '../organizations/organization.type.js';
import { PetitionFilter } from './petition.inputs.js';
import { type PetitionListArgs, petitionsByOrganization } from './petition.loaders.js';
import { petitionOrganizationPolicy } from './petition.policy.js';
import { PetitionConnection } from './petition.type.js';

/** Adds the petitions an organization handles to `Organization`. */
@Resolver(() => OrganizationType)
export class OrganizationPetitionsResolver {
  @FieldResolver(() => PetitionConnection, {
    description:
      'Petitions the organization handles now that the viewer may read, newest received first (an unrelated viewer sees none).',
  })
  petitions(
    @Root() organization: Organization,
    @Args() page: PageArgs,
    @Arg('filter', () => PetitionFilter, { nullable: true }) filter: PetitionFilter | null,
    @Info() info: GraphQLResolveInfo,
    @Ctx() ctx: Context,
  ) {
    const args: PetitionListArgs = {
      filter: {
        kind: filter?.kind ?? null,
        status: filter?.status ?? null,
        overdue: filter?.overdue ?? null,
        receivedFrom: filter?.receivedFrom ?? null,
        receivedTo: filter?.receivedTo ?? null,
        search: filter?.search ?? null,
        excludeRepeats: filter?.excludeRepeats ?? null,
      },
      page: pageRequest(page, info),
    };
    return loadNow(ctx, petitionsByOrganization, listKey(organization.id, args));
  }
}

/** `Organization.viewerCan.receivePetition`, from the petitions module's rule. */
@Resolver(() => OrganizationPermissions)
export class OrganizationPetitionPermissionsResolver {
  @FieldResolver(() => Boolean, { description: 'receivePetition for this organization' })
  receivePetition(@Root() can: OrganizationPermissions, @Ctx() ctx: Context): Promise<boolean> {
    return allows(ctx, petitionOrganizationPolicy, 'receivePetition', { id: can.organizationId });
  }
}
