import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import { type Context, loadNow } from '../../core/context.js';
import { PageArgs } from '../../core/pagination.js';
import { listKey, pageRequest } from '../../core/read/list-loader.js';
import type { Plain } from '../../core/read/rows.js';
import { todayInVietnam } from '../../core/scalars.js';
import type { Organization } from '../organizations/organization.entity.js';
import { OrganizationType } from '../organizations/organization.type.js';
import { ParticipantRole } from './participant.entity.js';
import { ProgramStatus } from './program.entity.js';
import { ProgramConnection } from './program.type.js';
import { type OrganizationProgramsArgs, programsByOrganization } from './programs.loaders.js';

/** Adds "my agency's shared plans" to `Organization`. */
@Resolver(() => OrganizationType)
export class OrganizationProgramsResolver {
  @FieldResolver(() => ProgramConnection, {
    description:
      'Programs the organization currently takes part in (optionally in one role and statuses) that the viewer may read, by code. The first page of many organizations is one query.',
  })
  programs(
    @Root() organization: Plain<Organization>,
    @Arg('role', () => ParticipantRole, { nullable: true }) role: ParticipantRole | null,
    @Arg('status', () => [ProgramStatus], { nullable: true }) status: ProgramStatus[] | null,
    @Args() page: PageArgs,
    @Info() info: GraphQLResolveInfo,
    @Ctx() ctx: Context,
  ) {
    const args: OrganizationProgramsArgs = {
      role: role ?? null,
      status: status?.length ? status.toSorted() : null,
      page: pageRequest(page, info),
      today: todayInVietnam(),
    };
    return loadNow(ctx, programsByOrganization, listKey(organization.id, args));
  }
}
