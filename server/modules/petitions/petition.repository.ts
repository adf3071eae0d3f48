import type { ViewerAccess } from '../../core/access.js';
import { type ListQuery, PARENT, type SortKey } from '../../core/read/keyset.js';
import { escapeLike, foldForSearch } from '../../core/text.js';
import type { PetitionKind, PetitionStatus } from './petition.entity.js';
import { PETITION_VISIBLE_SQL } from './petition.policy.js';
import { overdueSql } from './petition.status.js';

/** Filters of petition lists. Every field narrows; absent fields do not. */
export interface PetitionListFilter {
  kind?: PetitionKind[] | null;
  status?: PetitionStatus[] | null;
  /** true: only overdue ones; false: only those not overdue. */
  overdue?: boolean | null;
  /** Received on or after. */
  receivedFrom?: string | null;
  /** Received on or before. */
  receivedTo?: string | null;
  /** Matches the subject, ignoring case and diacritics (never the petitioner). */
  search?: string | null;
  /** Leave repeats ("đơn trùng") out, so each matter counts once. */
  excludeRepeats?: boolean | null;
}

/** SQL conditions (alias `p` = petition) and their parameters. */
export interface Conditions {
  where: string[];
  params: unknown[];
}

/** Newest received first. */
const PETITION_ORDER: SortKey[] = [
  { expr: 'p.received_on', dir: 'desc', kind: 'date' },
  { expr: 'p.id', dir: 'desc', kind: 'uuid' },
];

/** The filter in SQL (alias `p`), plus what the viewer may read. */
export function petitionConditions(filter: PetitionListFilter, access: ViewerAccess): Conditions {
  const where: string[] = [];
  const params: unknown[] = [];
  if (!access.isSystemAdmin) {
    where.push(PETITION_VISIBLE_SQL('p', access.reach.sql));
    params.push(...access.reach.params);
  }
  if (filter.kind?.length) {
    where.push('p.kind = any(?::text[])');
    params.push(`{${filter.kind.join(',')}}`);
  }
  if (filter.status?.length) {
    where.push('p.status = any(?::text[])');
    params.push(`{${filter.status.join(',')}}`);
  }
  if (filter.overdue === true) where.push(overdueSql('p'));
  if (filter.overdue === false) where.push(`not ${overdueSql('p')}`);
  if (filter.receivedFrom) {
    where.push('p.received_on >= ?::date');
    params.push(filter.receivedFrom);
  }
  if (filter.receivedTo) {
    where.push('p.received_on <= ?::date');
    params.push(filter.receivedTo);
  }
  if (filter.excludeRepeats) where.push('p.repeat_of_id is null');
  const search = filter.search ? foldForSearch(filter.search) : '';
  if (search) {
    where.push('p.subject_key like ?');
    params.push(`%${escapeLike(search)}%`);
  }
  return { where, params };
}

/** The petitions each organization is handling now (parent ids = organization ids), newest first. */
export function organizationPetitionsQuery(conditions: Conditions): ListQuery {
  return {
    select: 'p.*',
    from: 'petition p',
    parent: `p.handler_id = ${PARENT}`,
    ...conditions,
    keys: PETITION_ORDER,
  };
}
