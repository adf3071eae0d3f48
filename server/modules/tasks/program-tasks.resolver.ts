import { Arg, Args, Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { loader, type Context, loadNow } from '../../core/context.js';
import { listKey, pageRequest } from '../../core/read/list-loader.js';
import { fieldsRead } from '../../core/read/selection.js';
import { PageArgs } from '../../core/pagination.js';
import type { CoordinationProgram } from '../programs/program.entity.js';
import { ProgramType } from '../programs/program.type.js';
import { DEFAULT_TASK_ORDER, ProgramTaskFilter } from './task.inputs.js';
import { statsByProgram, tasksByProgram, type TaskListArgs } from './task.loaders.js';
import { TaskOrder } from './task.repository.js';
import { toTaskListFilter } from './task-filter.js';
import { toTaskStats } from './task-stats.js';
import { TaskConnection, TaskStats } from './task.type.js';

fieldsRead('CoordinationProgram', { tasks: [] });

/** Adds the tasks side to `CoordinationProgram`: its tasks and their counts per deadline bucket. */
@Resolver(() => ProgramType)
export class ProgramTasksResolver {
  @FieldResolver(() => TaskConnection, {
    description:
      "The program's tasks the viewer may read, by deadline unless ordered otherwise. Under a list of programs, one query for all of them.",
  })
  tasks(
    @Root() program: CoordinationProgram,
    @Args() page: PageArgs,
    @Arg('filter', () => ProgramTaskFilter, { nullable: true }) filter: ProgramTaskFilter | null,
    @Arg('orderBy', () => TaskOrder, { nullable: true }) orderBy: TaskOrder | null,
    @Info() info: GraphQLResolveInfo,
    @Ctx() ctx: Context,
  ) {
    const args: TaskListArgs = {
      filter: toTaskListFilter(filter),
      orderBy: orderBy ?? DEFAULT_TASK_ORDER,
      page: pageRequest(page, info),
    };
    return loadNow(ctx, tasksByProgram, listKey(program.id, args));
  }

  @FieldResolver(() => TaskStats, {
    description: "Counts per deadline bucket of the program's tasks, and the on-time completion rate.",
  })
  async taskStats(@Root() program: CoordinationProgram, @Ctx() ctx: Context) {
    return toTaskStats(await loader(ctx, statsByProgram).load(program.id));
  }
}
