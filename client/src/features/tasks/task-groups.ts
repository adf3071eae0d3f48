/** Grouping of the loaded page: none, by program, by lead organization. */
export const GROUPINGS = ['none', 'program', 'lead'] as const;
export type TaskGrouping = (typeof GROUPINGS)[number];

/** What grouping reads of a task: its program and its lead organization. */
export interface GroupableTask {
  id: string;
  program?: { id: string; title: string } | null;
  leadAssignment?: { organization: { id: string; name: string } } | null;
}

/** A group of tasks: its key (null for tasks with no program or no lead), its name, its tasks in list order. */
export interface TaskGroup<Task> {
  key: string | null;
  name: string | null;
  tasks: Task[];
}

/**
 * The tasks grouped by program or by lead organization, groups in the order their first task
 * comes (so the list's order is kept), the group without a program or lead last; one group for 'none'.
 */
export function groupTasks<Task extends GroupableTask>(
  tasks: readonly Task[],
  by: TaskGrouping,
): TaskGroup<Task>[] {
  if (by === 'none') return [{ key: null, name: null, tasks: [...tasks] }];
  const groups = new Map<string | null, TaskGroup<Task>>();
  for (const task of tasks) {
    const owner = by === 'program' ? task.program : task.leadAssignment?.organization;
    const key = owner?.id ?? null;
    const name = owner ? ('title' in owner ? owner.title : owner.name) : null;
    const group = groups.get(key) ?? { key, name, tasks: [] };
    group.tasks.push(task);
    groups.set(key, group);
  }
  const all = [...groups.values()];
  return [...all.filter((g) => g.key !== null), ...all.filter((g) => g.key === null)];
}
