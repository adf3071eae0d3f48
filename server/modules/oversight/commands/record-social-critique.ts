import type { Context } from '../../../core/context.js';
import { authorize } from '../../../core/policy.js';
import { foldForSearch } from '../../../core/text.js';
import { inTransaction } from '../../../core/transaction.js';
import { SocialCritique } from '../critique.entity.js';
import type { RecordSocialCritiqueInput } from '../oversight.inputs.js';
import { oversightOrganizationPolicy } from '../oversight.policy.js';
import { loadNamedActiveOrganization } from '../../programs/commands/load.js';
import { publishOversightChanged } from './publish.js';

/**
 * Records a social critique by an organization (the viewer needs COORDINATOR
 * there) of a drafting body's draft: form, date, opinions given. Both
 * organizations must be ACTIVE. It awaits the drafting body's answer.
 */
export async function recordSocialCritique(
  ctx: Context,
  input: RecordSocialCritiqueInput,
): Promise<SocialCritique> {
  return inTransaction(ctx, async (em) => {
    const organization = await loadNamedActiveOrganization(em, input.organizationId, 'organizationId');
    await authorize(ctx, oversightOrganizationPolicy, 'recordSocialCritique', organization);
    const drafting = await loadNamedActiveOrganization(
      em,
      input.draftingOrganizationId,
      'draftingOrganizationId',
    );
    const critique = em.create(SocialCritique, {
      organization,
      draftTitle: input.draftTitle,
      searchKey: foldForSearch(input.draftTitle),
      draftingOrganization: drafting,
      form: input.form,
      heldOn: input.heldOn,
      opinionsCount: input.opinionsCount,
      summary: input.summary ?? null,
    });
    await em.flush();
    publishOversightChanged(em, 'SocialCritique', critique.id, [organization.id, drafting.id], 'RECORDED');
    return critique;
  });
}
