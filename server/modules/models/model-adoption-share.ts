import { Arg, Ctx, Field, FieldResolver, Float, ID, Int, ObjectType, Resolver, Root } from 'type-graphql';
import { loader, type Context, type LoaderFactory } from '../../core/context.js';
import { fromGlobalId } from '../../core/ids.js';
import type { Plain } from '../../core/read/rows.js';
import { LocalDate, todayInVietnam } from '../../core/scalars.js';
import { AREA_SUBTREE_SQL } from '../areas/area.repository.js';
import type { MassMobilizationModel } from './model.entity.js';
import { ModelType } from './model.type.js';

/** How many of an area's communes had adopted a model on a date: "166 of 200 communes (83%)". */
@ObjectType('ModelAdoptionShare')
export class ModelAdoptionShareType {
  @Field(() => LocalDate, { description: 'The date counted.' })
  on!: string;

  @Field(() => Int, { description: 'Communes of the area that had adopted the model by that date.' })
  adopted!: number;

  @Field(() => Int, { description: 'Communes of the area that existed on that date.' })
  total!: number;

  @Field(() => Float, { nullable: true, description: 'adopted / total (0.83); null when total is 0.' })
  ratio!: number | null;
}

/** One share asked for: `modelId|areaId|on` (database ids, a date). */
type ShareKey = string;

/**
 * The communes of an area (`?`) existing on a date (`?`, `?`): the people's
 * committees of commune-level areas in its subtree, started on or before the
 * date (or with no start recorded) and not ended by it (a commune merged or
 * dissolved in a reorganization counts up to the day before its end).
 */
const COMMUNES_ON = `
  select o.id from organization o
    join administrative_area a on a.id = o.area_id
   where a.level = 'COMMUNE' and o.kind = 'PEOPLES_COMMITTEE'
     and o.area_id in (${AREA_SUBTREE_SQL})
     and (o.started_on is null or o.started_on <= ?::date)
     and (o.ended_on is null or o.ended_on > ?::date)`;

/**
 * The adoption share of each (model, area, date): one grouped query per
 * distinct area and date in the batch (a list usually asks one), so a page of
 * models costs one statement, not one per model.
 */
export const adoptionShares: LoaderFactory<ShareKey, ModelAdoptionShareType> =
  (ctx: Context) => async (keys) => {
    const asked = keys.map((key) => {
      const [modelId, areaId, on] = key.split('|');
      return { key, modelId, areaId, on };
    });
    const groups = new Map<string, typeof asked>();
    for (const one of asked) {
      const group = `${one.areaId}|${one.on}`;
      groups.set(group, [...(groups.get(group) ?? []), one]);
    }
    const counts = new Map<string, { total: number; adopted: number }>();
    for (const group of groups.values()) {
      const { areaId, on } = group[0];
      const modelIds = [...new Set(group.map((k) => k.modelId))];
      const rows = await ctx.em.execute<{ model_id: string; total: number; adopted: number }[]>(
        `with communes as (${COMMUNES_ON})
         select m.id as model_id,
                (select count(*) from communes)::int as total,
                (select count(distinct ma.organization_id) from model_adoption ma
                  where ma.model_id = m.id and ma.adopted_on <= ?::date
                    and ma.organization_id in (select id from communes))::int as adopted
           from unnest(?::uuid[]) as m(id)`,
        [areaId, on, on, on, `{${modelIds.join(',')}}`],
      );
      for (const row of rows) counts.set(`${row.model_id}|${areaId}|${on}`, row);
    }
    return asked.map(({ key, on }) => {
      const { total, adopted } = counts.get(key) ?? { total: 0, adopted: 0 };
      return { on, total, adopted, ratio: total ? adopted / total : null };
    });
  };

/** `MassMobilizationModel.adoption(areaId, on)`. */
@Resolver(() => ModelType)
export class ModelAdoptionShareResolver {
  @FieldResolver(() => ModelAdoptionShareType, {
    description:
      "How many of an area's communes (their people's committees existing on the date) had adopted the model by then.",
  })
  adoption(
    @Root() model: Plain<MassMobilizationModel>,
    @Arg('areaId', () => ID) areaId: string,
    @Arg('on', () => LocalDate, { nullable: true, description: 'Default today.' }) on: string | null,
    @Ctx() ctx: Context,
  ) {
    const area = fromGlobalId(areaId, 'AdministrativeArea', 'areaId');
    return loader(ctx, adoptionShares).load(`${model.id}|${area}|${on ?? todayInVietnam()}`);
  }
}
