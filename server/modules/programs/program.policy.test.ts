import {
  describeOrganizationRules,
  describePolicy,
  each,
  ids,
  Role,
  rule,
} from '../../../test/helpers/policies.js';
import { ParticipantRole } from './participant.entity.js';
import { programOrganizationPolicy, programPolicy, type ProgramAccessView } from './program.policy.js';

const org = ids('aboveOwner', 'owner', 'lead', 'coLead', 'partner', 'observer', 'formerLead', 'elsewhere');
const program: ProgramAccessView = {
  id: 'program',
  ownerId: org.owner,
  participants: [
    { organizationId: org.lead, role: ParticipantRole.LEAD, current: true },
    { organizationId: org.coLead, role: ParticipantRole.CO_LEAD, current: true },
    { organizationId: org.partner, role: ParticipantRole.PARTNER, current: true },
    { organizationId: org.observer, role: ParticipantRole.OBSERVER, current: true },
    { organizationId: org.formerLead, role: ParticipantRole.LEAD, current: false },
  ],
};

const relations = {
  'on the owner': [org.owner],
  'above the owner': [org.aboveOwner, org.owner],
  'on a current LEAD': [org.lead],
  'on a current CO_LEAD': [org.coLead],
  'on a PARTNER': [org.partner],
  'on an OBSERVER': [org.observer],
  'on a former LEAD': [org.formerLead],
  elsewhere: [org.elsewhere],
};
type Relation = keyof typeof relations;

// Reading: any role on an organization that takes or took part (or above it).
const reads = rule<Relation>(
  Role.VIEWER,
  'on the owner',
  'above the owner',
  'on a current LEAD',
  'on a current CO_LEAD',
  'on a PARTNER',
  'on an OBSERVER',
  'on a former LEAD',
);
// Running (every action): COORDINATOR on the owner or a current LEAD / CO_LEAD (or above them).
const runs = rule<Relation>(
  Role.COORDINATOR,
  'on the owner',
  'above the owner',
  'on a current LEAD',
  'on a current CO_LEAD',
);

describePolicy('program policy', {
  policy: programPolicy,
  record: program,
  relations,
  table: {
    read: reads,
    ...each(runs, 'update', 'changeStatus', 'manageParticipants', 'postUpdate', 'createTask'),
  },
});

// Creating a program for an organization, posting an update in its name: COORDINATOR on it or above it.
describeOrganizationRules('program rules on an organization', programOrganizationPolicy, {
  createProgram: Role.COORDINATOR,
  postUpdateFor: Role.COORDINATOR,
});
