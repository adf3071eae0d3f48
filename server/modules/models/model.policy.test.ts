import {
  describeOrganizationRules,
  describePolicy,
  each,
  Role,
  rule,
  twoSides,
} from '../../../test/helpers/policies.js';
import { type ModelAccessView, modelOrganizationPolicy, modelPolicy } from './model.policy.js';

const { org, relations } = twoSides('the owner', 'an adopter');
const model: ModelAccessView = { id: 'model', ownerId: org.owner, adopterIds: [org.other] };

type Relation = keyof typeof relations;

describePolicy('model policy', {
  policy: modelPolicy,
  record: model,
  relations,
  table: {
    // Reading: any role on the owner or an adopter (or above them).
    read: rule<Relation>(Role.VIEWER, 'on the owner', 'above the owner', 'on an adopter', 'above an adopter'),
    // Keeping the model (every action): COORDINATOR on the owner or above it.
    ...each(
      rule<Relation>(Role.COORDINATOR, 'on the owner', 'above the owner'),
      'update',
      'recordStatus',
      'addEvidence',
      'commend',
      'adopt',
    ),
  },
});

// Registering a model: COORDINATOR on the organization or above it.
describeOrganizationRules('model rules on an organization (registering a model)', modelOrganizationPolicy, {
  registerModel: Role.COORDINATOR,
});
