import { optionalGlobalId } from '../../core/ids.js';
import type { ProgramTaskFilter, TaskFilter } from './task.inputs.js';
import type { TaskListFilter } from './task.repository.js';

/** The filter of the `tasks` query or of `CoordinationProgram.tasks`, with database ids. */
export function toTaskListFilter(filter: TaskFilter | ProgramTaskFilter | null): TaskListFilter {
  const programId = filter && 'programId' in filter ? filter.programId : null;
  return {
    organizationId: optionalGlobalId(filter?.organizationId, 'Organization', 'organizationId'),
    role: filter?.role ?? null,
    status: filter?.status ?? null,
    deadlineBucket: filter?.deadlineBucket ?? null,
    dueBefore: filter?.dueBefore ?? null,
    dueAfter: filter?.dueAfter ?? null,
    programId: optionalGlobalId(programId, 'CoordinationProgram', 'programId'),
    search: filter?.search ?? null,
  };
}
