import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { loader, type Context } from '../../core/context.js';
import { todayInVietnam } from '../../core/scalars.js';
import type { Person } from './person.entity.js';
import { positionsByPerson } from './people.loaders.js';
import { mayReadContact } from './people.policy.js';
import { PersonType } from './person.type.js';
import { isRunningOn } from './term.js';

/** Whether the viewer may read this person's contact details (batched: no query per person beyond the loaders). */
async function contactVisible(ctx: Context, person: Person): Promise<boolean> {
  const [access, positions] = await Promise.all([
    ctx.access(),
    loader(ctx, positionsByPerson).load(person.id),
  ]);
  const today = todayInVietnam();
  const organizations = positions.filter((p) => isRunningOn(p, today)).map((p) => p.organization.id);
  return mayReadContact(access, ctx.viewer?.personId ?? null, person.id, organizations);
}

/** Contact details are personal data: null unless the people policy allows the viewer to read them. */
@Resolver(() => PersonType)
export class PersonContactResolver {
  @FieldResolver(() => String, {
    nullable: true,
    description: 'Contact email; null when not recorded or when the viewer may not see it (personal data).',
  })
  async email(@Root() person: Person, @Ctx() ctx: Context) {
    return (await contactVisible(ctx, person)) ? person.email : null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Contact phone; null when not recorded or when the viewer may not see it (personal data).',
  })
  async phone(@Root() person: Person, @Ctx() ctx: Context) {
    return (await contactVisible(ctx, person)) ? person.phone : null;
  }
}
