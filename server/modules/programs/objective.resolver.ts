import { Ctx, FieldResolver, Float, Resolver, Root } from 'type-graphql';
import { loader, type Context, loadNow } from '../../core/context.js';

import { registerNodeType, visibleNode } from '../../core/node.js';
import { LocalDate } from '../../core/scalars.js';
import type { ProgramObjective } from './objective.entity.js';
import { ObjectiveValueType, ProgramObjectiveType } from './objective.type.js';
import { ProgramType } from './program.type.js';
import {
  latestValueByObjective,
  objectiveById,
  programById,
  readableProgram,
  valuesByObjective,
} from './programs.loaders.js';

registerNodeType(
  'ProgramObjective',
  visibleNode(
    (ctx, id) => loader(ctx, objectiveById).load(id),
    (ctx, objective) => readableProgram(ctx, objective.program.id),
  ),
);

/** An objective's values and progress. */
@Resolver(() => ProgramObjectiveType)
export class ProgramObjectiveResolver {
  @FieldResolver(() => ProgramType, { description: 'Reached only through a program the viewer may read.' })
  program(@Root() objective: ProgramObjective, @Ctx() ctx: Context) {
    return loadNow(ctx, programById, objective.program.id);
  }

  @FieldResolver(() => [ObjectiveValueType], { description: 'Every recorded value, most recent date first.' })
  values(@Root() objective: ProgramObjective, @Ctx() ctx: Context) {
    return loadNow(ctx, valuesByObjective, objective.id);
  }

  @FieldResolver(() => Float, {
    nullable: true,
    description: 'The value on the most recent date; null before any is recorded.',
  })
  async latestValue(@Root() objective: ProgramObjective, @Ctx() ctx: Context) {
    return (await loader(ctx, latestValueByObjective).load(objective.id))?.value ?? null;
  }

  @FieldResolver(() => LocalDate, { nullable: true, description: 'Date of the latest value.' })
  async latestRecordedOn(@Root() objective: ProgramObjective, @Ctx() ctx: Context) {
    return (await loader(ctx, latestValueByObjective).load(objective.id))?.recordedOn ?? null;
  }

  @FieldResolver(() => Float, {
    nullable: true,
    description:
      'latestValue as a percentage of the target (one decimal; may exceed 100); null before any value.',
  })
  async progressPercent(@Root() objective: ProgramObjective, @Ctx() ctx: Context) {
    const latest = await loader(ctx, latestValueByObjective).load(objective.id);
    if (!latest || objective.target <= 0) return null;
    return Math.round((latest.value / objective.target) * 1000) / 10;
  }
}
