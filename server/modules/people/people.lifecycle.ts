import type { EntityManager } from '@mikro-orm/postgresql';
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

/**
 * In a merger, current positions move to the successor: the old term ends the
 * day before the merger and a new one starts at the successor on its date,
 * linked to the old (`continues`), so "who headed X on D" stays true for the past.
 * A term that starts on or after the merger date simply moves (as a member, like the others).
 */
onOrganizationsMerged(async (em, { mergedIds, successorId, effectiveOn }) => {
  const successor = em.getReference(Organization, successorId, { wrapped: true });
  const { positions, responsibilities } = await runningOn(em, mergedIds, effectiveOn);
  for (const old of positions) {
    if (old.startsOn >= effectiveOn) {
      old.organization = successor;
      // As below: the successor keeps its own head, a moved head becomes a member.
      old.isHead = false;
      continue;
    }
    const endsOn = old.endsOn;
    old.endsOn = dayBefore(effectiveOn);
    em.create(Position, {
      person: old.person,
      organization: successor,
      title: old.title,
      // The successor keeps its own head: a moved head becomes a member of it.
      isHead: false,
      startsOn: effectiveOn,
      endsOn,
      continues: old,
    });
  }
  for (const old of responsibilities) {
    if (old.startsOn >= effectiveOn) {
      old.organization = successor;
      continue;
    }
    const endsOn = old.endsOn;
    old.endsOn = dayBefore(effectiveOn);
    em.create(Responsibility, {
      person: old.person,
      field: old.field,
      organization: successor,
      note: old.note,
      startsOn: effectiveOn,
      endsOn,
    });
  }
});

/** On dissolution, terms still running end the day the organization ends. */
onOrganizationDissolved(async (em, { organizationId, effectiveOn }) => {
  const { positions, responsibilities } = await runningOn(em, [organizationId], effectiveOn);
  for (const term of [...positions, ...responsibilities]) {
    term.endsOn = term.startsOn > effectiveOn ? term.startsOn : effectiveOn;
  }
});
