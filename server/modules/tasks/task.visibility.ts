import type { Plain } from '../../core/read/rows.js';
import { loader, type Context } from '../../core/context.js';
import type { Task } from './task.entity.js';
import { taskAccessView } from './task.access.js';
import { taskById } from './task.loaders.js';
import { taskPolicy } from './task.policy.js';

/** The task when the viewer may read it, else null (denied looks like missing). Batched across calls. */
export async function visibleTask(ctx: Context, task: Plain<Task> | null): Promise<Plain<Task> | null> {
  if (!task) return null;
  const [access, view] = await Promise.all([ctx.access(), taskAccessView(ctx, task)]);
  return taskPolicy.read(access, view) ? task : null;
}

/** Loads task `id` (database id) when the viewer may read it, else null. */
export async function loadVisibleTask(ctx: Context, id: string): Promise<Plain<Task> | null> {
  return visibleTask(ctx, await loader(ctx, taskById).load(id));
}
