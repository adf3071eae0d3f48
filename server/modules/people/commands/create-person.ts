import type { Context } from '../../../core/context.js';
import { foldForSearch } from '../../../core/text.js';
import { inTransaction } from '../../../core/transaction.js';
import { cleanEmail, cleanPhone } from '../contact.js';
import { Person } from '../person.entity.js';
import { authorize } from '../../../core/policy.js';
import { personRegistryPolicy } from '../people.policy.js';
import type { CreatePersonInput } from '../person.inputs.js';

/** Registers a person. The name is kept as written (NFC); the search key folds it. */
export async function createPerson(ctx: Context, input: CreatePersonInput): Promise<Person> {
  const fullName = input.fullName;
  const email = cleanEmail(input.email);
  const phone = cleanPhone(input.phone);
  await authorize(ctx, personRegistryPolicy, 'registerPerson', {});
  return inTransaction(ctx, async (em) => {
    const person = em.create(Person, { fullName, searchKey: foldForSearch(fullName), email, phone });
    await em.flush();
    return person;
  });
}
