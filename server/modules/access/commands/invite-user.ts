import type { Context } from '../../../core/context.js';
import { requireUser } from '../../../core/context.js';
import { badInput, conflict, notFound } from '../../../core/errors.js';
import { fromGlobalId } from '../../../core/ids.js';
import { hashSecret, randomSecret } from '../../../core/auth/tokens.js';
import { inTransaction } from '../../../core/transaction.js';
import { Person } from '../../people/person.entity.js';
import { User } from '../../users/user.entity.js';
import type { InviteUserInput } from '../access.inputs.js';
import { Invitation } from '../invitation.entity.js';
import { RoleGrant } from '../role-grant.entity.js';
import { loadOrganizationToConfer } from './load.js';

/** How long an invitation can be accepted. */
export const INVITATION_TTL_MS = 7 * 24 * 60 * 60 * 1000;

/** Stands in for the password of an account not yet accepted: no password verifies against it. */
export const NO_PASSWORD = '!invited';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * Creates an account for a person, disabled until the invitation is
 * accepted, with a role on an active organization. Needs ADMIN there (and
 * never confers more than the viewer holds). The invitation token is
 * returned once; only its hash is stored. A taken email, or a person who
 * already has an account, is CONFLICT.
 */
export async function inviteUser(
  ctx: Context,
  input: InviteUserInput,
): Promise<{ user: User; invitationToken: string }> {
  const viewer = requireUser(ctx);
  const email = input.email.trim().toLowerCase();
  if (!EMAIL.test(email)) throw badInput('email', 'email is not a valid address');
  const personId = fromGlobalId(input.personId, 'Person', 'personId');
  return inTransaction(ctx, async (em) => {
    const organization = await loadOrganizationToConfer(ctx, em, input.organizationId, input.role);
    const person = await em.findOne(Person, personId);
    if (!person) throw notFound('Person', input.personId);
    if (await em.count(User, { email }))
      throw conflict('an account with this email exists', { field: 'email' });
    if (await em.count(User, { person })) {
      throw conflict('this person already has an account', { field: 'personId' });
    }
    const invitedBy = em.getReference(User, viewer.userId);
    const user = em.create(User, { email, passwordHash: NO_PASSWORD, person, disabled: true });
    em.create(RoleGrant, {
      user,
      organization,
      role: input.role,
      validFrom: new Date(),
      grantedBy: invitedBy,
    });
    const invitationToken = randomSecret('inv');
    em.create(Invitation, {
      user,
      tokenHash: hashSecret(invitationToken),
      expiresAt: new Date(Date.now() + INVITATION_TTL_MS),
      invitedBy,
    });
    return { user, invitationToken };
  });
}
