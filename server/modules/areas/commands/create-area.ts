import type { Context } from '../../../core/context.js';
import { badInput, conflict, notFound } from '../../../core/errors.js';
import { fromGlobalId } from '../../../core/ids.js';
import { foldForSearch } from '../../../core/text.js';
import { inTransaction } from '../../../core/transaction.js';
import { AdministrativeArea, AREA_LEVEL_RANK, AreaLevel } from '../area.entity.js';
import type { CreateAreaInput } from '../area.inputs.js';

/** Adds an administrative area under its parent. Only a lower level may sit under a higher one. */
export async function createArea(ctx: Context, input: CreateAreaInput): Promise<AdministrativeArea> {
  const { code, name } = input;
  return inTransaction(ctx, async (em) => {
    let parent: AdministrativeArea | null = null;
    if (input.parentId) {
      parent = await em.findOne(
        AdministrativeArea,
        fromGlobalId(input.parentId, 'AdministrativeArea', 'parentId'),
      );
      if (!parent) throw notFound('AdministrativeArea', input.parentId);
      if (AREA_LEVEL_RANK[input.level] <= AREA_LEVEL_RANK[parent.level]) {
        throw badInput('level', `a ${input.level} area cannot sit under a ${parent.level} area`);
      }
    } else if (input.level !== AreaLevel.CENTRAL) {
      throw badInput('parentId', 'only the CENTRAL level has no parent');
    }
    if (await em.count(AdministrativeArea, { code }))
      throw conflict(`an area with code ${code} exists`, { field: 'code' });
    const area = em.create(AdministrativeArea, {
      code,
      name,
      searchKey: foldForSearch(name),
      level: input.level,
      parent,
    });
    await em.flush();
    return area;
  });
}
