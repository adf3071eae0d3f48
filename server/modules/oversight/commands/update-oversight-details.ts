import type { Context } from '../../../core/context.js';
import { changedDetails } from '../../../core/details.js';
import { atVersion, authorizeAtVersion } from '../../../core/policy.js';
import { foldForSearch } from '../../../core/text.js';
import { inTransaction } from '../../../core/transaction.js';
import type { SocialCritique } from '../critique.entity.js';
import type { UpdateSocialCritiqueInput, UpdateSupervisionInput } from '../oversight-details.inputs.js';
import { critiquePolicy, supervisionPolicy } from '../oversight.policy.js';
import type { Supervision } from '../supervision.entity.js';
import { loadCritiqueToChange, loadSupervisionToChange } from './load.js';
import { publishOversightChanged } from './publish.js';

/**
 * Edits a social critique's details — draft title, opinions given, summary —
 * under optimistic locking; needs COORDINATOR on the critiquing organization.
 * The drafting body's answer has its own command. Nothing changed: the version stays, no event.
 */
export async function updateSocialCritique(
  ctx: Context,
  input: UpdateSocialCritiqueInput,
): Promise<SocialCritique> {
  return inTransaction(ctx, async (em) => {
    const { critique, view } = await loadCritiqueToChange(em, input.socialCritiqueId);
    const ids: [string, string] = [view.organizationId, view.draftingOrganizationId];
    await authorizeAtVersion(
      ctx,
      critiquePolicy,
      'update',
      view,
      atVersion(critique, input.expectedVersion, 'social critique'),
    );
    const fields = ['draftTitle', 'opinionsCount', 'summary'] as const;
    const changed = changedDetails(critique, input, fields, ['draftTitle', 'opinionsCount']);
    if (!Object.keys(changed).length) return critique;
    Object.assign(critique, changed);
    if (changed.draftTitle) critique.searchKey = foldForSearch(changed.draftTitle);
    await em.flush();
    publishOversightChanged(em, 'SocialCritique', critique.id, ids, 'UPDATED');
    return critique;
  });
}

/**
 * Edits a supervision's title and findings under optimistic locking; needs
 * COORDINATOR on the supervising organization. The search key keeps the
 * subject (what follows the old title in it). Nothing changed: the version stays, no event.
 */
export async function updateSupervision(ctx: Context, input: UpdateSupervisionInput): Promise<Supervision> {
  return inTransaction(ctx, async (em) => {
    const { supervision, view } = await loadSupervisionToChange(em, input.supervisionId);
    const ids: [string, string | null] = [view.organizationId, view.subjectOrganizationId];
    await authorizeAtVersion(
      ctx,
      supervisionPolicy,
      'update',
      view,
      atVersion(supervision, input.expectedVersion, 'supervision'),
    );
    const oldTitleKey = foldForSearch(supervision.title);
    const changed = changedDetails(supervision, input, ['title', 'findings'], ['title', 'findings']);
    if (!Object.keys(changed).length) return supervision;
    Object.assign(supervision, changed);
    if (changed.title && supervision.searchKey.startsWith(oldTitleKey)) {
      supervision.searchKey = foldForSearch(changed.title) + supervision.searchKey.slice(oldTitleKey.length);
    }
    await em.flush();
    publishOversightChanged(em, 'Supervision', supervision.id, ids, 'UPDATED');
    return supervision;
  });
}
