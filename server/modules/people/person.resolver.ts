import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Resolver, Root } from 'type-graphql';
import type { Plain } from '../../core/read/rows.js';
import { loader, type Context, loadNow } from '../../core/context.js';
import { optionalGlobalId } from '../../core/ids.js';
import { readNode, registerNodeType } from '../../core/node.js';
import { PageArgs } from '../../core/pagination.js';
import { pageRequest, readPlainPage } from '../../core/read/list-loader.js';
import { SignedInMutation, SignedInQuery } from '../../core/rules.js';
import { todayInVietnam } from '../../core/scalars.js';
import { createPerson } from './commands/create-person.js';
import { personById, positionsByPerson, responsibilitiesByPerson } from './people.loaders.js';
import { peopleListQuery } from './people.repository.js';
import { Person } from './person.entity.js';
import { CreatePersonInput, CreatePersonPayload, PeopleFilter } from './person.inputs.js';
import { PersonConnection, PersonType } from './person.type.js';
import { PositionType } from './position.type.js';
import { ResponsibilityType } from './responsibility.type.js';
import { filterCurrent } from './term.js';

registerNodeType('Person', (ctx, id) => loader(ctx, personById).load(id));

/** People: the directory queries, `createPerson`, and a person's positions and responsibilities. */
@Resolver(() => PersonType)
export class PersonResolver {
  @SignedInQuery(() => PersonConnection, { description: 'People, by full name.' })
  people(
    @Args() page: PageArgs,
    @Arg('filter', () => PeopleFilter, { nullable: true }) filter: PeopleFilter | null,
    @Info() info: GraphQLResolveInfo,
    @Ctx() ctx: Context,
  ) {
    const query = peopleListQuery({
      search: filter?.search,
      organizationId: optionalGlobalId(filter?.organizationId, 'Organization', 'organizationId'),
    });
    return readPlainPage(ctx.em, Person, query, pageRequest(page, info));
  }

  @SignedInQuery(() => PersonType, { description: 'One person; NOT_FOUND when missing.' })
  async person(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return readNode(ctx, 'Person', id, (c, dbId) => loader(c, personById).load(dbId));
  }

  @SignedInMutation(() => CreatePersonPayload, { description: 'Registers a person.' })
  async createPerson(@Arg('input', () => CreatePersonInput) input: CreatePersonInput, @Ctx() ctx: Context) {
    return { person: await createPerson(ctx, input) };
  }

  @FieldResolver(() => [PositionType], {
    description:
      'Positions held, most recent start first. `current`: true = running today, false = not running today.',
  })
  async positions(
    @Root() person: Plain<Person>,
    @Arg('current', () => Boolean, { nullable: true }) current: boolean | null,
    @Ctx() ctx: Context,
  ) {
    return filterCurrent(await loader(ctx, positionsByPerson).load(person.id), current, todayInVietnam());
  }

  @FieldResolver(() => [ResponsibilityType], {
    description: 'Responsibilities assigned, most recent start first.',
  })
  responsibilities(@Root() person: Plain<Person>, @Ctx() ctx: Context) {
    return loadNow(ctx, responsibilitiesByPerson, person.id);
  }
}
