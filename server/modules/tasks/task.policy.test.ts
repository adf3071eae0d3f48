import { expect, it } from 'vitest';
import { describePolicy, from, holding, ids, permitted, Role, rule } from '../../../test/helpers/policies.js';
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

const relations = {
  'on the lead': [org.lead],
  'above the lead': [org.aboveLead, org.lead],
  'below the lead': [org.belowLead],
  'on a coordinating organization': [org.coordinating],
  'on a former lead': [org.formerLead],
  "on the program's lead": [org.programLead],
  "on a program's partner": [org.programPartner],
  elsewhere: [org.elsewhere],
};
type Relation = keyof typeof relations;

/** At or above the current lead. */
const LEAD: Relation[] = ['on the lead', 'above the lead'];

describePolicy('task policy', {
  policy: taskPolicy,
  record: task,
  relations,
  table: {
    // Read: any role on an organization ever assigned, or of the program (or above them).
    read: rule<Relation>(
      Role.VIEWER,
      ...LEAD,
      'on a coordinating organization',
      'on a former lead',
      "on the program's lead",
      "on a program's partner",
    ),
    // Manage (assign, reassign the lead, edit, cancel): COORDINATOR on the current lead or running the program.
    manage: rule<Relation>(Role.COORDINATOR, ...LEAD, "on the program's lead"),
    // Complete: MEMBER on the current lead, or COORDINATOR running the program.
    complete: {
      ...rule<Relation>(Role.MEMBER, ...LEAD),
      "on the program's lead": from(Role.COORDINATOR),
    },
    // Report progress: MEMBER on a currently assigned organization (running the program is not enough).
    report: rule<Relation>(Role.MEMBER, ...LEAD, 'on a coordinating organization'),
    // Urge ("đôn đốc"): COORDINATOR at or above the current lead, or running the program.
    urge: rule<Relation>(Role.COORDINATOR, ...LEAD, "on the program's lead"),
    // Edit (title, description, deadline): as manage.
    edit: rule<Relation>(Role.COORDINATOR, ...LEAD, "on the program's lead"),
    // Extend the deadline ("gia hạn"): as manage — who assigns the task gives more time.
    extendDeadline: rule<Relation>(Role.COORDINATOR, ...LEAD, "on the program's lead"),
  },
});

it('gives a task without a current lead to those running its program only', () => {
  const orphan: TaskAccessView = {
    ...task,
    assignments: task.assignments.map((a) => ({ ...a, current: false })),
  };
  expect(permitted(taskPolicy, 'manage', holding(Role.ADMIN, org.lead), orphan)).toBe(false);
  expect(permitted(taskPolicy, 'manage', holding(Role.COORDINATOR, org.programLead), orphan)).toBe(true);
});
