import { Role } from '../../core/access.js';
import { anyone, definePolicy } from '../../core/policy.js';

/** What the model policy needs to know about a model: its owner and the organizations that adopted it. */
export interface ModelAccessView {
  id: string;
  ownerId: string;
  adopterIds: string[];
}

/**
 * A model belongs to its owner organization: it is visible to the owner and
 * to the organizations above it in the chain of command (a role reaches
 * down), to the organizations that adopted it (and those above them), and
 * to system administrators. Keeping it — yearly status, evidence,
 * commendations, adoptions — needs COORDINATOR on the owner.
 */
export const modelPolicy = definePolicy<
  ModelAccessView,
  'update' | 'recordStatus' | 'addEvidence' | 'commend' | 'adopt'
>(
  'MassMobilizationModel',
  (access, model) => access.hasAny(Role.VIEWER, [model.ownerId, ...model.adopterIds]),
  {
    update: (access, model) => access.has(Role.COORDINATOR, model.ownerId),
    recordStatus: (access, model) => access.has(Role.COORDINATOR, model.ownerId),
    addEvidence: (access, model) => access.has(Role.COORDINATOR, model.ownerId),
    commend: (access, model) => access.has(Role.COORDINATOR, model.ownerId),
    adopt: (access, model) => access.has(Role.COORDINATOR, model.ownerId),
  },
);

/**
 * Rules of the models module on an organization (the parent): registering a
 * model it owns needs COORDINATOR on it. `Organization.viewerCan.registerModel`.
 */
export const modelOrganizationPolicy = definePolicy<{ id: string }, 'registerModel'>('Organization', anyone, {
  registerModel: (access, organization) => access.has(Role.COORDINATOR, organization.id),
});

/**
 * SQL condition (alias `m` = mass_mobilization_model) for models the viewer
 * may read, given `reach`, a subquery of the organizations it reaches (its
 * parameters go in twice).
 */
export const MODEL_VISIBLE_SQL = (m: string, reach: string): string =>
  `(${m}.owner_id = any(array${reach}) or exists (select 1 from model_adoption va
     where va.model_id = ${m}.id and va.organization_id = any(array${reach})))`;
