import type { QueryOrderMap } from '@mikro-orm/postgresql';
import type { TaskAssignment } from './assignment.entity.js';

/**
 * The order of a task's assignments: oldest first; among those opened in the
 * same change, the lead first (`LEAD` sorts after `COORDINATING`, hence desc).
 */
export const ASSIGNMENT_ORDER: QueryOrderMap<TaskAssignment> = {
  assignedOn: 'asc',
  createdAt: 'asc',
  role: 'desc',
  id: 'asc',
};
