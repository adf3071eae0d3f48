import { describe, expect, it } from 'vitest';
import { Role } from '../../core/access.js';
import {
  actionsIn,
  actionsOf,
  permitted,
  from,
  holding,
  ids,
  NO_ROLE,
  NOBODY,
  policyCases,
  type PolicyRow,
  SYSTEM_ADMIN,
} from '../../../test/helpers/policies.js';
import { AssignmentRole } from './assignment.entity.js';
import { taskPolicy, type TaskAccessView } from './task.policy.js';

const org = ids(
  'aboveLead',
  'lead',
  'belowLead',
  'coordinating',
  'formerLead',
  'programLead',
  'programPartner',
  'elsewhere',
);
const task: TaskAccessView = {
  id: 'task',
  assignments: [
    { organizationId: org.lead, role: AssignmentRole.LEAD, current: true },
    { organizationId: org.coordinating, role: AssignmentRole.COORDINATING, current: true },
    { organizationId: org.formerLead, role: AssignmentRole.LEAD, current: false },
  ],
  programLeadIds: [org.programLead],
  programParticipantIds: [org.programLead, org.programPartner],
};

type Action = keyof typeof taskPolicy.actions | 'read';
const relations = {
  'on the lead': (role: Role) => holding(role, org.lead),
  'above the lead': (role: Role) => holding(role, org.aboveLead, org.lead),
  'below the lead': (role: Role) => holding(role, org.belowLead),
  'on a coordinating organization': (role: Role) => holding(role, org.coordinating),
  'on a former lead': (role: Role) => holding(role, org.formerLead),
  "on the program's lead": (role: Role) => holding(role, org.programLead),
  "on a program's partner": (role: Role) => holding(role, org.programPartner),
  elsewhere: (role: Role) => holding(role, org.elsewhere),
};
type Relation = keyof typeof relations;

// [action, relation, [ADMIN, COORDINATOR, MEMBER, VIEWER]]
const TABLE: PolicyRow<Action, Relation>[] = [
  // Read: any role on an organization ever assigned, or of the program (or above them).
  ['read', 'on the lead', from(Role.VIEWER)],
  ['read', 'above the lead', from(Role.VIEWER)],
  ['read', 'below the lead', NOBODY],
  ['read', 'on a coordinating organization', from(Role.VIEWER)],
  ['read', 'on a former lead', from(Role.VIEWER)],
  ['read', "on the program's lead", from(Role.VIEWER)],
  ['read', "on a program's partner", from(Role.VIEWER)],
  ['read', 'elsewhere', NOBODY],
  // Manage (assign, reassign the lead, cancel): COORDINATOR on the current lead or running the program.
  ['manage', 'on the lead', from(Role.COORDINATOR)],
  ['manage', 'above the lead', from(Role.COORDINATOR)],
  ['manage', 'below the lead', NOBODY],
  ['manage', 'on a coordinating organization', NOBODY],
  ['manage', 'on a former lead', NOBODY],
  ['manage', "on the program's lead", from(Role.COORDINATOR)],
  ['manage', "on a program's partner", NOBODY],
  ['manage', 'elsewhere', NOBODY],
  // Complete: MEMBER on the current lead, or COORDINATOR running the program.
  ['complete', 'on the lead', from(Role.MEMBER)],
  ['complete', 'above the lead', from(Role.MEMBER)],
  ['complete', 'below the lead', NOBODY],
  ['complete', 'on a coordinating organization', NOBODY],
  ['complete', 'on a former lead', NOBODY],
  ['complete', "on the program's lead", from(Role.COORDINATOR)],
  ['complete', "on a program's partner", NOBODY],
  ['complete', 'elsewhere', NOBODY],
  // Report progress: MEMBER on a currently assigned organization (running the program is not enough).
  ['report', 'on the lead', from(Role.MEMBER)],
  ['report', 'above the lead', from(Role.MEMBER)],
  ['report', 'below the lead', NOBODY],
  ['report', 'on a coordinating organization', from(Role.MEMBER)],
  ['report', 'on a former lead', NOBODY],
  ['report', "on the program's lead", NOBODY],
  ['report', "on a program's partner", NOBODY],
  ['report', 'elsewhere', NOBODY],
  // Urge ("đôn đốc"): COORDINATOR at or above the current lead, or running the program.
  ['urge', 'on the lead', from(Role.COORDINATOR)],
  ['urge', 'above the lead', from(Role.COORDINATOR)],
  ['urge', 'below the lead', NOBODY],
  ['urge', 'on a coordinating organization', NOBODY],
  ['urge', 'on a former lead', NOBODY],
  ['urge', "on the program's lead", from(Role.COORDINATOR)],
  ['urge', "on a program's partner", NOBODY],
  ['urge', 'elsewhere', NOBODY],
  // Edit (title, description, deadline): as manage.
  ['edit', 'on the lead', from(Role.COORDINATOR)],
  ['edit', 'above the lead', from(Role.COORDINATOR)],
  ['edit', 'below the lead', NOBODY],
  ['edit', 'on a coordinating organization', NOBODY],
  ['edit', 'on a former lead', NOBODY],
  ['edit', "on the program's lead", from(Role.COORDINATOR)],
  ['edit', "on a program's partner", NOBODY],
  ['edit', 'elsewhere', NOBODY],
  // Extend the deadline ("gia hạn"): as manage — who assigns the task gives more time.
  ['extendDeadline', 'on the lead', from(Role.COORDINATOR)],
  ['extendDeadline', 'above the lead', from(Role.COORDINATOR)],
  ['extendDeadline', 'below the lead', NOBODY],
  ['extendDeadline', 'on a coordinating organization', NOBODY],
  ['extendDeadline', 'on a former lead', NOBODY],
  ['extendDeadline', "on the program's lead", from(Role.COORDINATOR)],
  ['extendDeadline', "on a program's partner", NOBODY],
  ['extendDeadline', 'elsewhere', NOBODY],
];

describe('task policy', () => {
  it.each(policyCases(TABLE))('%s %s: %s → %s', (role, relation, action, allowed) => {
    expect(permitted(taskPolicy, action, relations[relation](role), task)).toBe(allowed);
  });

  it('covers every action of the policy', () => {
    expect(actionsIn(TABLE)).toEqual(actionsOf(taskPolicy));
  });

  it('lets a system administrator do everything, and a user without a role nothing', () => {
    for (const action of actionsOf(taskPolicy)) {
      expect(permitted(taskPolicy, action, SYSTEM_ADMIN, task), action).toBe(true);
      expect(permitted(taskPolicy, action, NO_ROLE, task), action).toBe(false);
    }
  });

  it('gives a task without a current lead to those running its program only', () => {
    const orphan: TaskAccessView = {
      ...task,
      assignments: task.assignments.map((a) => ({ ...a, current: false })),
    };
    expect(permitted(taskPolicy, 'manage', holding(Role.ADMIN, org.lead), orphan)).toBe(false);
    expect(permitted(taskPolicy, 'manage', holding(Role.COORDINATOR, org.programLead), orphan)).toBe(true);
  });
});
