import type { EntityManager } from '@mikro-orm/postgresql';
import { recordEvent } from '../../../core/domain-events.js';
import type { ModelChange } from '../model.events.js';
import type { ModelAccessView } from '../model.policy.js';

/**
 * Records a model change in the transaction (call after flushing it):
 * subscribers get `MODEL_CHANGED` after commit, naming the organizations
 * that may read the model, so deliveries check access in memory. No one is
 * notified in the inbox (no `noticeOn`): models are records, not requests.
 */
export function publishModelChanged(em: EntityManager, view: ModelAccessView, change: ModelChange): void {
  const organizationIds = [...new Set([view.ownerId, ...view.adopterIds])];
  recordEvent(em, 'MODEL_CHANGED', { modelId: view.id, organizationIds, change });
}
