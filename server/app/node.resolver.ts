import { Arg, Ctx, ID, Resolver } from 'type-graphql';
import type { Context } from '../core/context.js';
import { badInput, notFound } from '../core/errors.js';
import { parseGlobalId } from '../core/ids.js';
import { Node, nodeFetcher } from '../core/node.js';
import { SignedInQuery } from '../core/rules.js';

/** `node(id:)`: any record by its global ID. Missing and not visible look the same. */
@Resolver()
export class NodeResolver {
  @SignedInQuery(() => Node, {
    nullable: true,
    description: 'Any object by global ID; NOT_FOUND when missing or not visible.',
  })
  async node(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    const parsed = parseGlobalId(id);
    if (!parsed) throw badInput('id', 'id is not a valid global ID');
    const fetch = nodeFetcher(parsed.type);
    const record = fetch ? await fetch(ctx, parsed.id) : null;
    if (!record) throw notFound(parsed.type, id);
    return record;
  }
}
