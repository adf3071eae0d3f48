import { Field, ObjectType } from 'type-graphql';
import {
  concernsReadableOrganization,
  liveEventResolver,
  liveSubscriptionResolver,
} from '../../core/live.js';
import type { ModelChanged } from './model.events.js';
import { ModelType } from './model.type.js';

/** A live change of a mass-mobilization model. Root values are MODEL_CHANGED payloads. */
@ObjectType('ModelEvent')
export class ModelEventType {
  @Field({ description: 'REGISTERED, STATUS_RECORDED, EVIDENCE_ADDED, COMMENDED, ADOPTED or UPDATED.' })
  change!: string;
}

/** `modelId`, and `model` as the subscriber may see it, resolved only when selected. */
export const ModelEventResolver = liveEventResolver<ModelChanged>(
  () => ModelEventType,
  [
    {
      type: 'MassMobilizationModel',
      idField: 'modelId',
      id: (event) => event.modelId,
      record: { field: 'model', of: () => ModelType },
    },
  ],
);

/** Live model subscriptions of an organization. */
export const ModelSubscriptionResolver = liveSubscriptionResolver('MODEL_CHANGED', () => ModelEventType, [
  {
    name: 'modelUpdated',
    argument: 'organizationId',
    accepts: (payload, args, access) => concernsReadableOrganization(access, payload.organizationIds, args),
    description: 'Changes of the models the organization owns or adopted (adoptions by it included).',
  },
]);
