import { countedPerOrganization, registerCountedIndicator } from '../reports/counted/registry.js';
import { AssignmentRole } from './assignment.entity.js';
import { TaskStatus } from './task.entity.js';

/**
 * Tasks led by the counted organizations (their current LEAD assignment) that
 * fell due within the period, cancelled ones aside; `extra` narrows (alias `t`).
 */
const DUE = (extra = '') =>
  countedPerOrganization({
    organization: 'a.organization_id',
    value: 'count(*)',
    from: `task t
    join task_assignment a on a.task_id = t.id and a.role = '${AssignmentRole.LEAD}' and a.ended_on is null`,
    where: `t.due_on between p.start_on and p.end_on and t.status <> '${TaskStatus.CANCELLED}'${extra}`,
  });

registerCountedIndicator({ code: 'TASKS_DUE', sql: DUE() });
/** Of them, those done by their due date. */
registerCountedIndicator({
  code: 'TASKS_DONE_ON_TIME',
  sql: DUE(` and t.status = '${TaskStatus.DONE}' and t.completed_on <= t.due_on`),
});
