/**
 * The organization task list's client-side parts (issue 14): days overdue counted in whole days,
 * and the loaded page grouped by program or lead organization in list order.
 */
import { describe, expect, it } from 'vitest';
import { daysOverdue } from '../client/src/features/tasks/overdue.js';
import { groupTasks } from '../client/src/features/tasks/task-groups.js';

const program = (id: string) => ({ id, title: `Chương trình ${id}` });
const lead = (id: string) => ({ organization: { id, name: `Cơ quan ${id}` } });
const tasks = [
  { id: 't1', program: program('p2'), leadAssignment: lead('o1') },
  { id: 't2', program: null, leadAssignment: lead('o2') },
  { id: 't3', program: program('p1'), leadAssignment: null },
  { id: 't4', program: program('p2'), leadAssignment: lead('o1') },
];
const shape = (by: 'none' | 'program' | 'lead') =>
  groupTasks(tasks, by).map((group) => [group.name, group.tasks.map((task) => task.id)]);

describe('task list', () => {
  it('counts whole days past the deadline, across months and years', () => {
    expect(daysOverdue('2026-11-28', '2026-12-03')).toBe(5);
    expect(daysOverdue('2026-12-31', '2027-01-01')).toBe(1);
    expect(daysOverdue('2026-12-03', '2026-12-03')).toBe(0);
    expect(daysOverdue('2026-12-10', '2026-12-03')).toBeLessThan(0);
  });

  it('groups in the order of the first task of each group, the group without one last', () => {
    expect(shape('none')).toEqual([[null, ['t1', 't2', 't3', 't4']]]);
    expect(shape('program')).toEqual([
      ['Chương trình p2', ['t1', 't4']],
      ['Chương trình p1', ['t3']],
      [null, ['t2']],
    ]);
    expect(shape('lead')).toEqual([
      ['Cơ quan o1', ['t1', 't4']],
      ['Cơ quan o2', ['t2']],
      [null, ['t3']],
    ]);
  });
});
