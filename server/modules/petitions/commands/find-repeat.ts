import type { EntityManager } from '@mikro-orm/postgresql';
import { foldForSearch } from '../../../core/text.js';
import { addDays } from '../petition.deadlines.js';
import { type Petition, PetitionPetitioner } from '../petition.entity.js';

/** How far back a petition from the same petitioner on the same subject makes a new one a repeat. */
export const REPEAT_WINDOW_DAYS = 90;

/** The petitioner's keys for repeat detection (kept in `petition_petitioner`, never in a search key). */
export interface PetitionerKeys {
  identityNumber: string | null;
  nameKey: string;
  phoneKey: string | null;
}

/** The keys of a petitioner: the folded name and the phone's digits. */
export function petitionerKeys(petitioner: {
  fullName: string;
  phone?: string | null;
  identityNumber?: string | null;
}): PetitionerKeys {
  const digits = (petitioner.phone ?? '').replace(/\D/g, '');
  return {
    identityNumber: petitioner.identityNumber ?? null,
    nameKey: foldForSearch(petitioner.fullName),
    phoneKey: digits || null,
  };
}

/** Writes the petitioner of `petition` with its keys (persisted, not flushed). */
export function recordPetitioner(
  em: EntityManager,
  petition: Petition,
  petitioner: {
    fullName: string;
    address?: string | null;
    phone?: string | null;
    identityNumber?: string | null;
  },
): PetitionPetitioner {
  const keys = petitionerKeys(petitioner);
  return em.create(PetitionPetitioner, {
    petition,
    fullName: petitioner.fullName,
    address: petitioner.address ?? null,
    phone: petitioner.phone ?? null,
    identityNumber: keys.identityNumber,
    nameKey: keys.nameKey,
    phoneKey: keys.phoneKey,
  });
}

/**
 * The original petition that a new one repeats ("đơn trùng"): the earliest
 * petition, itself no repeat, on the same subject (folded) received within
 * `REPEAT_WINDOW_DAYS` before `receivedOn`, from the same petitioner — the
 * same identity number, or the same name and phone. Any organization's: a
 * petitioner who writes to several agencies is counted once. Null when none.
 */
export async function findRepeatOf(
  em: EntityManager,
  subjectKey: string,
  receivedOn: string,
  keys: PetitionerKeys,
): Promise<string | null> {
  const rows = await em.execute<{ id: string }[]>(
    `select p.id from petition p join petition_petitioner pp on pp.petition_id = p.id
      where p.subject_key = ? and p.repeat_of_id is null
        and p.received_on between ?::date and ?::date
        and ((?::text is not null and pp.identity_number = ?)
             or (?::text is not null and pp.name_key = ? and pp.phone_key = ?))
      order by p.received_on, p.created_at limit 1`,
    [
      subjectKey,
      addDays(receivedOn, -REPEAT_WINDOW_DAYS),
      receivedOn,
      keys.identityNumber,
      keys.identityNumber,
      keys.phoneKey,
      keys.nameKey,
      keys.phoneKey,
    ],
  );
  return rows[0]?.id ?? null;
}
