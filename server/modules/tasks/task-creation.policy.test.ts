import { describe, expect, it } from 'vitest';
import { Role } from '../../core/access.js';
import { describeOrganizationRules, holding, NO_ROLE, SYSTEM_ADMIN } from '../../../test/helpers/policies.js';
import { ParticipantRole } from '../programs/participant.entity.js';
import type { ProgramAccessView } from '../programs/program.policy.js';
import { taskCreationPolicy, taskOrganizationPolicy } from './task.policy.js';

const program: ProgramAccessView = {
  id: 'program',
  ownerId: 'owner',
  participants: [{ organizationId: 'partner', role: ParticipantRole.PARTNER, current: true }],
};
const createTask = taskCreationPolicy.actions.createTask;

describe('taskCreationPolicy.createTask (the rule behind createTask and Organization.viewerCan.createTask)', () => {
  it.each([
    ['COORDINATOR on the lead, no program', holding(Role.COORDINATOR, 'lead'), null, true],
    ['MEMBER on the lead, no program', holding(Role.MEMBER, 'lead'), null, false],
    ['COORDINATOR elsewhere, no program', holding(Role.COORDINATOR, 'elsewhere'), null, false],
    ["COORDINATOR on the program's owner, any lead", holding(Role.COORDINATOR, 'owner'), program, true],
    [
      'COORDINATOR on a mere participant of the program',
      holding(Role.COORDINATOR, 'partner'),
      program,
      false,
    ],
    [
      'COORDINATOR on the lead, in a program it does not run',
      holding(Role.COORDINATOR, 'lead'),
      program,
      true,
    ],
    ['a system administrator', SYSTEM_ADMIN, null, true],
    ['no role', NO_ROLE, program, false],
  ])('%s → %s', (_name, access, inProgram, allowed) => {
    expect(createTask(access, { leadId: 'lead', program: inProgram })).toBe(allowed);
  });
});

// Acting for an organization on a task: reporting for it needs MEMBER on it (or above), urging in its name
// COORDINATOR.
describeOrganizationRules('taskOrganizationPolicy: acting for an organization', taskOrganizationPolicy, {
  reportFor: Role.MEMBER,
  urgeFor: Role.COORDINATOR,
});
