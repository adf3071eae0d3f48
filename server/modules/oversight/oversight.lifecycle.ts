import { onOrganizationsMerged } from '../organizations/organization.events.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { MergeEvent } from '../organizations/organization.events.js';
import { onDissolvedPassToParent, passColumnsToSuccessor } from '../organizations/organization.succession.js';

/**
 * In a merger, oversight records pass to the successor: the critiques and
 * supervisions a merged organization gave become the successor's; a critique
 * of a merged drafting body still unanswered, and a supervision of a merged
 * organization with recommendations still unanswered, are the successor's to
 * answer. Answered ones keep who answered. On a dissolution, the organization above takes them.
 */
export const passOversightToSuccessor = (em: EntityManager, event: MergeEvent): Promise<void> =>
  passColumnsToSuccessor(em, event, [
    { table: 'social_critique', column: 'organization_id', versioned: true },
    {
      table: 'social_critique',
      column: 'drafting_organization_id',
      where: 'answered_on is null',
      versioned: true,
    },
    { table: 'supervision', column: 'organization_id', versioned: true },
    {
      table: 'supervision',
      column: 'subject_organization_id',
      where: `exists (select 1 from supervision_recommendation r
                       where r.supervision_id = supervision.id and r.answered_on is null)`,
      versioned: true,
    },
  ]);

onOrganizationsMerged(passOversightToSuccessor);
onDissolvedPassToParent(passOversightToSuccessor);
