import type { EntityManager } from '@mikro-orm/postgresql';
import { uuidArray } from '../../core/access.js';
import type { SubmissionStatus } from './report.enums.js';
import type { SubmissionAccessView } from './report.policy.js';

/** The policy views of submissions `ids` in one statement; missing ones are absent. */
export async function loadSubmissionAccessViews(
  em: EntityManager,
  ids: readonly string[],
): Promise<Map<string, SubmissionAccessView>> {
  if (!ids.length) return new Map();
  const rows = await em.execute<
    { id: string; organization_id: string; approver_id: string | null; status: SubmissionStatus }[]
  >('select id, organization_id, approver_id, status from report_submission where id = any(?::uuid[])', [
    uuidArray(ids),
  ]);
  return new Map(
    rows.map((r) => [
      r.id,
      { id: r.id, organizationId: r.organization_id, approverId: r.approver_id, status: r.status },
    ]),
  );
}
