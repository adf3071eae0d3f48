import type { EntityManager } from '@mikro-orm/postgresql';
import { type MergeEvent, type MergeHandler, onOrganizationDissolved } from './organization.events.js';

/** A column of a module's record table naming an organization, and which rows pass in a merger. */
export interface SuccessionColumn {
  table: string;
  column: string;
  /** SQL condition on the rows that pass (open ones); all rows when absent. */
  where?: string;
  /** Whether the table has an optimistic-lock `version` (bumped, so a stale edit gets CONFLICT). */
  versioned?: boolean;
}

/**
 * Points `column` of the rows naming a merged organization at the successor,
 * in the merger's transaction, one statement per column: the modules' part in
 * a merger when a record simply changes hands (models, critiques, situations).
 */
export async function passColumnsToSuccessor(
  em: EntityManager,
  { mergedIds, successorId }: MergeEvent,
  columns: SuccessionColumn[],
): Promise<void> {
  for (const { table, column, where, versioned } of columns) {
    await em.execute(
      `update "${table}" set "${column}" = ?, updated_at = now()${versioned ? ', version = version + 1' : ''}
        where "${column}" = any(?::uuid[])${where ? ` and (${where})` : ''}`,
      [successorId, `{${mergedIds.join(',')}}`],
    );
  }
}

/**
 * Lets a module's merge handler take part in dissolutions too, with the
 * dissolved organization's parent as the successor: the body above takes
 * over what was still open (it already read those records). A top-level
 * organization passes nothing on.
 */
export function onDissolvedPassToParent(handler: MergeHandler): void {
  onOrganizationDissolved(async (em, { organizationId, effectiveOn }) => {
    const rows = await em.execute<{ parent_id: string | null }[]>(
      'select parent_id from organization where id = ?',
      [organizationId],
    );
    const parentId = rows[0]?.parent_id;
    if (parentId) await handler(em, { mergedIds: [organizationId], successorId: parentId, effectiveOn });
  });
}
