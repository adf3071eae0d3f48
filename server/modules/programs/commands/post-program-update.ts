import type { Context } from '../../../core/context.js';
import { conflict, notFound } from '../../../core/errors.js';
import { fromGlobalId } from '../../../core/ids.js';
import { authorize } from '../../../core/policy.js';
import { inTransaction } from '../../../core/transaction.js';
import { Organization } from '../../organizations/organization.entity.js';
import { User } from '../../users/user.entity.js';
import { type ProgramHealth, ProgramUpdate } from '../program-update.entity.js';
import type { CoordinationProgram } from '../program.entity.js';
import type { PostProgramUpdateInput } from '../program.inputs.js';
import { leadingOrganizations, programOrganizationPolicy, programPolicy } from '../program.policy.js';
import { assertOpen, loadProgramForUpdate } from './load.js';
import { publishProgramChanged } from './publish.js';

/**
 * Posts a status update ("how it is going", with a health flag) on behalf of
 * an organization that runs the program (owner, current LEAD or CO_LEAD):
 * the viewer must hold COORDINATOR on that organization (FORBIDDEN
 * otherwise); an organization that does not run it is a CONFLICT. Allowed
 * on a COMPLETED program (the closing report), not on a CANCELLED one.
 */
export async function postProgramUpdate(
  ctx: Context,
  input: PostProgramUpdateInput,
): Promise<{ update: ProgramUpdate; program: CoordinationProgram }> {
  const organizationId = fromGlobalId(input.organizationId, 'Organization', 'organizationId');
  return inTransaction(ctx, async (em) => {
    const { program, view } = await loadProgramForUpdate(em, input.programId);
    await authorize(ctx, programPolicy, 'postUpdate', view);
    assertOpen(program, true);
    const organization = await em.findOne(Organization, organizationId);
    if (!organization) throw notFound('Organization', input.organizationId);
    await authorize(ctx, programOrganizationPolicy, 'postUpdateFor', organization);
    if (!leadingOrganizations(view).includes(organization.id)) {
      throw conflict(`${organization.name} does not run this program (owner, LEAD or CO_LEAD)`, {
        field: 'organizationId',
      });
    }
    const userId = ctx.viewer?.userId ?? null;
    const update = em.create(ProgramUpdate, {
      program,
      health: input.health as ProgramHealth,
      body: input.body,
      organization,
      author: userId ? em.getReference(User, userId, { wrapped: true }) : null,
    });
    await em.flush();
    await publishProgramChanged(em, program.id, 'UPDATE_POSTED');
    return { update, program };
  });
}
