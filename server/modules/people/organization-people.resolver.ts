import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { loader, type Context, loadNow } from '../../core/context.js';
import { LocalDate, todayInVietnam } from '../../core/scalars.js';
import type { Organization } from '../organizations/organization.entity.js';
import { OrganizationType } from '../organizations/organization.type.js';
import {
  headKey,
  headsByOrganizationOn,
  positionsByOrganization,
  responsibilitiesByOrganization,
} from './people.loaders.js';
import { PersonType } from './person.type.js';
import { PositionType } from './position.type.js';
import { ResponsibilityType } from './responsibility.type.js';
import { filterCurrent } from './term.js';

/** Adds the people side to `Organization`: its positions, its head on a date, its responsibilities. */
@Resolver(() => OrganizationType)
export class OrganizationPeopleResolver {
  @FieldResolver(() => [PositionType], {
    description:
      'Positions in the organization, heads first. `current`: true = running today, false = not running today.',
  })
  async positions(
    @Root() organization: Organization,
    @Arg('current', () => Boolean, { nullable: true }) current: boolean | null,
    @Ctx() ctx: Context,
  ) {
    return filterCurrent(
      await loader(ctx, positionsByOrganization).load(organization.id),
      current,
      todayInVietnam(),
    );
  }

  @FieldResolver(() => PersonType, {
    nullable: true,
    description: 'Who heads the organization (người đứng đầu) on `on` (default today); null when nobody.',
  })
  head(
    @Root() organization: Organization,
    @Arg('on', () => LocalDate, { nullable: true }) on: string | null,
    @Ctx() ctx: Context,
  ) {
    return loadNow(ctx, headsByOrganizationOn, headKey(organization.id, on ?? todayInVietnam()));
  }

  @FieldResolver(() => [ResponsibilityType], {
    description: 'Responsibilities assigned for the organization, most recent first.',
  })
  responsibilities(@Root() organization: Organization, @Ctx() ctx: Context) {
    return loadNow(ctx, responsibilitiesByOrganization, organization.id);
  }
}
