import { Role } from '../../core/access.js';
import { anyone, definePolicy } from '../../core/policy.js';
import { reachRule } from '../../core/read-rule.js';
import { ParticipantRole } from './participant.entity.js';

/** What the program policy needs to know about a program: its owner and its participants. */
export interface ProgramAccessView {
  id: string;
  ownerId: string;
  /** Every participation, current and past. */
  participants: { organizationId: string; role: ParticipantRole; current: boolean }[];
}

const LEADING: readonly ParticipantRole[] = [ParticipantRole.LEAD, ParticipantRole.CO_LEAD];

/** The owner and the current leads and co-leads: the organizations that run the program. */
export const leadingOrganizations = (program: ProgramAccessView): string[] => [
  program.ownerId,
  ...program.participants.filter((p) => p.current && LEADING.includes(p.role)).map((p) => p.organizationId),
];

/** Every organization that takes or took part, and the owner. */
export const participatingOrganizations = (program: ProgramAccessView): string[] => [
  program.ownerId,
  ...program.participants.map((p) => p.organizationId),
];

/**
 * A program is visible to the organizations taking part in it (and to the
 * organizations above them, since a role reaches down the chain of command)
 * and to system administrators (in SQL: `programPolicy.where`). Running it — details, participants,
 * objectives, updates, status, tasks — needs COORDINATOR on the owner or on
 * a current LEAD / CO_LEAD.
 */
export const programPolicy = definePolicy<
  ProgramAccessView,
  'update' | 'changeStatus' | 'manageParticipants' | 'postUpdate' | 'createTask'
>(
  'CoordinationProgram',
  reachRule({
    role: Role.VIEWER,
    organizations: [
      { ids: (program) => [program.ownerId], at: [{ column: 'owner_id' }] },
      {
        ids: (program) => program.participants.map((p) => p.organizationId),
        at: [{ table: 'program_participant', key: 'program_id', column: 'organization_id' }],
      },
    ],
  }),
  {
    update: (access, program) => access.hasAny(Role.COORDINATOR, leadingOrganizations(program)),
    changeStatus: (access, program) => access.hasAny(Role.COORDINATOR, leadingOrganizations(program)),
    manageParticipants: (access, program) => access.hasAny(Role.COORDINATOR, leadingOrganizations(program)),
    postUpdate: (access, program) => access.hasAny(Role.COORDINATOR, leadingOrganizations(program)),
    createTask: (access, program) => access.hasAny(Role.COORDINATOR, leadingOrganizations(program)),
  },
);

/**
 * What the viewer may do for an organization in the programs module (rules
 * on the parent): create a program it owns, and post a program update in its
 * name — both need COORDINATOR on it. `Organization.viewerCan.createProgram`.
 */
export const programOrganizationPolicy = definePolicy<{ id: string }, 'createProgram' | 'postUpdateFor'>(
  'Organization',
  anyone,
  {
    createProgram: (access, organization) => access.has(Role.COORDINATOR, organization.id),
    postUpdateFor: (access, organization) => access.has(Role.COORDINATOR, organization.id),
  },
);
