import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput } from '../../../core/errors.js';
import { loadToChange } from '../../../core/transaction.js';
import { loadModelAccessViews } from '../model.access.js';
import { MassMobilizationModel } from '../model.entity.js';
import type { ModelAccessView } from '../model.policy.js';

/** A model loaded for a change: the locked row and its policy view. */
export interface ModelForChange {
  model: MassMobilizationModel;
  view: ModelAccessView;
}

/**
 * Loads a model for a change inside a transaction, its row locked (FOR
 * UPDATE) so changes to one model run one at a time. Does not authorize (the
 * command calls `authorize` next). NOT_FOUND when missing; BAD_USER_INPUT
 * when the id is not a model's.
 */
export async function loadModelToChange(
  em: EntityManager,
  globalId: string,
  field = 'modelId',
): Promise<ModelForChange> {
  const model = await loadToChange(em, MassMobilizationModel, 'MassMobilizationModel', globalId, field);
  const view = (await loadModelAccessViews(em, [model.id])).get(model.id)!;
  return { model, view };
}

/** Throws BAD_USER_INPUT on `field` when `date` (YYYY-MM-DD) or `year` falls before the model's year of registration. */
export function assertNotBeforeRegistration(
  model: MassMobilizationModel,
  dateOrYear: string | number,
  field: string,
): void {
  const year = typeof dateOrYear === 'number' ? dateOrYear : Number(dateOrYear.slice(0, 4));
  if (year < model.yearRegistered) {
    throw badInput(
      field,
      `${field} must not be before the year the model was registered (${model.yearRegistered})`,
    );
  }
}
