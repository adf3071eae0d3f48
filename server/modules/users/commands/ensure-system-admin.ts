import type { EntityManager } from '@mikro-orm/postgresql';
import { hashPassword } from '../../../core/auth/passwords.js';
import type { Context } from '../../../core/context.js';
import { badInput, conflict } from '../../../core/errors.js';
import type { Logger } from '../../../core/logger.js';
import { cleanName, foldForSearch } from '../../../core/text.js';
import { inTransaction } from '../../../core/transaction.js';
import { Person } from '../../people/person.entity.js';
import { User } from '../user.entity.js';

/** Minimum length of a system administrator's password (NFC code points); other accounts need 10. */
export const MIN_ADMIN_PASSWORD_LENGTH = 12;

/** The command that creates the first administrator, as the server prints it. */
export const CREATE_ADMIN_COMMAND =
  'ADMIN_PASSWORD=… npm run admin:create -- --email <email> --name "<full name>" (or leave ADMIN_PASSWORD unset to be asked)';

/** Passwords (lower-cased) that are too common whatever their length. */
const COMMON = [
  'password',
  'matkhau',
  'qwerty',
  'admin',
  'administrator',
  'letmein',
  'welcome',
  'changeme',
  'phoihop',
  '123456',
  '1234567890',
  'abc123',
];

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** What `ensureSystemAdmin` did. */
export type EnsureSystemAdminOutcome = 'created' | 'promoted' | 'password-reset' | 'unchanged';

/** Input of `ensureSystemAdmin`. */
export interface EnsureSystemAdminInput {
  email: string;
  /** The person's full name, used only when the account is created. */
  fullName: string;
  /** Asked for only to create the account or with `resetPassword` (so a prompt appears only then). */
  password: () => Promise<string>;
  /** Replace an existing account's password (and enable the account). */
  resetPassword?: boolean;
}

/**
 * Throws BAD_USER_INPUT on `password` unless it is at least 12 characters, not made of a few
 * repeated characters, and contains neither a common password nor the account's email name.
 */
export function assertAdminPassword(password: string, email: string): void {
  const normalized = password.normalize('NFC');
  if ([...normalized].length < MIN_ADMIN_PASSWORD_LENGTH) {
    throw badInput('password', `the password must be at least ${MIN_ADMIN_PASSWORD_LENGTH} characters`);
  }
  const lower = normalized.toLowerCase();
  const local = email.split('@')[0].toLowerCase();
  const obvious = [...COMMON, ...(local.length >= 4 ? [local] : [])].find((word) => lower.includes(word));
  if (obvious) throw badInput('password', `the password must not contain "${obvious}"`);
  if (new Set(lower).size < 6)
    throw badInput('password', 'the password needs at least 6 different characters');
}

/**
 * Makes `email` a system administrator (the operator's command `npm run admin:create`): creates
 * the person and the account when missing; promotes an existing account, keeping its password
 * unless `resetPassword`. Running it again changes nothing. Audited like a mutation under
 * `ctx.operation` (no user acts: the actor is empty).
 */
export async function ensureSystemAdmin(
  ctx: Context,
  input: EnsureSystemAdminInput,
): Promise<{ user: User; outcome: EnsureSystemAdminOutcome }> {
  const email = input.email.trim().toLowerCase();
  if (!EMAIL.test(email)) throw badInput('email', 'email is not a valid address');
  const existing = await ctx.em.findOne(User, { email });
  const setsPassword = !existing || input.resetPassword === true;
  const fullName = existing ? '' : cleanName(input.fullName, 'name');
  let passwordHash: string | null = null;
  if (setsPassword) {
    const password = await input.password();
    assertAdminPassword(password, email);
    passwordHash = await hashPassword(password);
  }
  return inTransaction(ctx, async (em) => {
    const user = await em.findOne(User, { email });
    if (!user) {
      if (!passwordHash) throw conflict('the account disappeared meanwhile; run the command again');
      const person = em.create(Person, { fullName, searchKey: foldForSearch(fullName), email });
      const created = em.create(User, { email, passwordHash, person, isSystemAdmin: true });
      return { user: created, outcome: 'created' as const };
    }
    const outcome = passwordHash ? 'password-reset' : user.isSystemAdmin ? 'unchanged' : 'promoted';
    user.isSystemAdmin = true;
    if (passwordHash) {
      user.passwordHash = passwordHash;
      user.disabled = false;
    }
    return { user, outcome };
  });
}

/** True when an enabled system administrator account exists. */
export async function hasSystemAdmin(em: EntityManager): Promise<boolean> {
  return (await em.count(User, { isSystemAdmin: true, disabled: false })) > 0;
}

/** In production, logs how to create the first administrator when there is none (nobody could sign in). */
export async function warnWhenNoSystemAdmin(em: EntityManager, logger: Logger): Promise<boolean> {
  if (await hasSystemAdmin(em)) return false;
  logger.warn(
    { command: CREATE_ADMIN_COMMAND },
    `No system administrator exists, so nobody can sign in. Create one with: ${CREATE_ADMIN_COMMAND}`,
  );
  return true;
}
