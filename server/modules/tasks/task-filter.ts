import { fromGlobalId } from '../../core/ids.js';
import type { ProgramTaskFilter, TaskFilter } from './task.inputs.js';
import type { TaskListFilter } from './task.repository.js';

/** The filter of the `tasks` query or of `CoordinationProgram.tasks`, with database ids. */
export function toTaskListFilter(filter: TaskFilter | ProgramTaskFilter | null): TaskListFilter {
  const programId = filter && 'programId' in filter ? filter.programId : null;
  return {
    organizationId: filter?.organizationId
      ? fromGlobalId(filter.organizationId, 'Organization', 'organizationId')
      : null,
    role: filter?.role ?? null,
    status: filter?.status ?? null,
    deadlineBucket: filter?.deadlineBucket ?? null,
    dueBefore: filter?.dueBefore ?? null,
    dueAfter: filter?.dueAfter ?? null,
    programId: programId ? fromGlobalId(programId, 'CoordinationProgram', 'programId') : null,
    search: filter?.search ?? null,
  };
}
