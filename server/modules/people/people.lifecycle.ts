import type { EntityManager, Ref } from '@mikro-orm/postgresql';
import { dayBefore } from '../../core/scalars.js';
import { Organization } from '../organizations/organization.entity.js';
import { onOrganizationDissolved, onOrganizationsMerged } from '../organizations/organization.events.js';
import { Position } from './position.entity.js';
import { Responsibility } from './responsibility.entity.js';

/** Positions and responsibilities of `organizationIds` still running on `date`. */
async function runningOn(em: EntityManager, organizationIds: string[], date: string) {
  const running = {
    organization: { $in: organizationIds },
    $or: [{ endsOn: null }, { endsOn: { $gte: date } }],
  };
  const [positions, responsibilities] = await Promise.all([
    em.find(Position, running as never),
    em.find(Responsibility, running as never),
  ]);
  return { positions, responsibilities };
}

/** What a merger does to a term of either kind: where it is held, and when. */
interface Term {
  organization: Ref<Organization> | null;
  startsOn: string;
  endsOn: string | null;
}

/**
 * Carries `terms` over to `successor` on `effectiveOn`: a term that starts on or
 * after that date simply moves (`moved` adjusts it), a running one ends the day
 * before and `continueAt` creates its continuation at the successor (until the old end).
 */
function carryOver<T extends Term>(
  terms: readonly T[],
  successor: Ref<Organization>,
  effectiveOn: string,
  continueAt: (old: T, endsOn: string | null) => void,
  moved: (term: T) => void = () => {},
): void {
  for (const old of terms) {
    if (old.startsOn >= effectiveOn) {
      old.organization = successor;
      moved(old);
      continue;
    }
    const endsOn = old.endsOn;
    old.endsOn = dayBefore(effectiveOn);
    continueAt(old, endsOn);
  }
}

/**
 * In a merger, current positions move to the successor: the old term ends the
 * day before the merger and a new one starts at the successor on its date,
 * linked to the old (`continues`), so "who headed X on D" stays true for the past.
 * A term that starts on or after the merger date simply moves (as a member, like the others).
 * The successor keeps its own head: a moved head becomes a member of it.
 */
onOrganizationsMerged(async (em, { mergedIds, successorId, effectiveOn }) => {
  const successor = em.getReference(Organization, successorId, { wrapped: true });
  const { positions, responsibilities } = await runningOn(em, mergedIds, effectiveOn);
  carryOver(
    positions,
    successor,
    effectiveOn,
    (old, endsOn) =>
      em.create(Position, {
        person: old.person,
        organization: successor,
        title: old.title,
        isHead: false,
        startsOn: effectiveOn,
        endsOn,
        continues: old,
      }),
    (moved) => {
      moved.isHead = false;
    },
  );
  carryOver(responsibilities, successor, effectiveOn, (old, endsOn) =>
    em.create(Responsibility, {
      person: old.person,
      field: old.field,
      organization: successor,
      note: old.note,
      startsOn: effectiveOn,
      endsOn,
    }),
  );
});

/** On dissolution, terms still running end the day the organization ends. */
onOrganizationDissolved(async (em, { organizationId, effectiveOn }) => {
  const { positions, responsibilities } = await runningOn(em, [organizationId], effectiveOn);
  for (const term of [...positions, ...responsibilities]) {
    term.endsOn = term.startsOn > effectiveOn ? term.startsOn : effectiveOn;
  }
});
