import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../../core/context.js';
import { badInput, conflict, notFound } from '../../../core/errors.js';
import { fromGlobalId } from '../../../core/ids.js';
import { cleanText } from '../../../core/text.js';
import { Organization, OrganizationStatus } from '../../organizations/organization.entity.js';
import { Person } from '../../people/person.entity.js';
import { loadProgramAccessViews } from '../../programs/program.access.js';
import { CoordinationProgram } from '../../programs/program.entity.js';
import type { ProgramAccessView } from '../../programs/program.policy.js';
import { meetingAccessView } from '../meeting.access.js';
import { Meeting } from '../meeting.entity.js';
import type { MeetingAccessView } from '../meeting.policy.js';

/**
 * Loads a meeting for a change inside a transaction (row locked), with the
 * view its policy decides on; NOT_FOUND when missing. It does not authorize:
 * the command calls `authorize(ctx, meetingPolicy, action, view)` next.
 */
export async function loadMeetingToChange(
  ctx: Context,
  em: EntityManager,
  globalId: string,
  field = 'meetingId',
): Promise<{ meeting: Meeting; view: MeetingAccessView }> {
  const id = fromGlobalId(globalId, 'Meeting', field);
  const meeting = await em.findOne(Meeting, id, { lockMode: LockMode.PESSIMISTIC_WRITE });
  const view = meeting ? await meetingAccessView(ctx, em, id) : null;
  if (!meeting || !view) throw notFound('Meeting', globalId);
  return { meeting, view };
}

/** Distinct database ids of global ids of `type`; BAD_USER_INPUT on a malformed one. */
export function distinctIds(globalIds: readonly string[] | null | undefined, type: string, field: string) {
  return [...new Set((globalIds ?? []).map((id) => fromGlobalId(id, type, field)))];
}

/**
 * Loads organizations to invite: NOT_FOUND when one is missing, CONFLICT
 * when one is merged or dissolved. Rows are share-locked until commit so a
 * concurrent merger waits.
 */
export async function loadActiveOrganizations(
  em: EntityManager,
  ids: string[],
  field: string,
): Promise<Organization[]> {
  if (!ids.length) return [];
  const rows = await em.find(Organization, { id: { $in: ids } }, { lockMode: LockMode.PESSIMISTIC_READ });
  for (const id of ids) {
    const organization = rows.find((o) => o.id === id);
    if (!organization) throw notFound('Organization', id);
    if (organization.status !== OrganizationStatus.ACTIVE) {
      throw conflict(`${organization.name} is ${organization.status.toLowerCase()}, not active`, { field });
    }
  }
  return ids.map((id) => rows.find((o) => o.id === id)!);
}

/** Loads people by id; NOT_FOUND when one is missing. */
export async function loadPeople(em: EntityManager, ids: string[]): Promise<Map<string, Person>> {
  const rows = ids.length ? await em.find(Person, { id: { $in: ids } }) : [];
  for (const id of ids) if (!rows.some((p) => p.id === id)) throw notFound('Person', id);
  return new Map(rows.map((p) => [p.id, p]));
}

/**
 * Loads a program a meeting or agenda item links to, with its policy view;
 * NOT_FOUND when missing. The command authorizes (`'read'`) next.
 */
export async function loadProgramToLink(
  em: EntityManager,
  globalId: string,
  field: string,
): Promise<{ program: CoordinationProgram; view: ProgramAccessView }> {
  const id = fromGlobalId(globalId, 'CoordinationProgram', field);
  const view = (await loadProgramAccessViews(em, [id])).get(id);
  if (!view) throw notFound('CoordinationProgram', globalId);
  return { program: await em.findOneOrFail(CoordinationProgram, id), view };
}

/** Longest meeting. */
export const MAX_DURATION_MS = 7 * 24 * 60 * 60 * 1000;

/** BAD_USER_INPUT unless `endsAt` is after `startsAt` (by at most a week), both to the minute. */
export function assertTimes(startsAt: Date, endsAt: Date): void {
  if (Number.isNaN(startsAt.getTime()) || Number.isNaN(endsAt.getTime()))
    throw badInput('startsAt', 'invalid time');
  if (endsAt <= startsAt) throw badInput('endsAt', 'endsAt must be after startsAt');
  if (endsAt.getTime() - startsAt.getTime() > MAX_DURATION_MS)
    throw badInput('endsAt', 'a meeting lasts at most 7 days');
  if (startsAt.getTime() % 60_000 !== 0 || endsAt.getTime() % 60_000 !== 0) {
    throw badInput('startsAt', 'times are to the minute');
  }
}

/** An optional http(s) link; BAD_USER_INPUT otherwise. */
export function cleanUrl(value: string | null | undefined, field: string): string | null {
  const text = cleanText(value, field, 2000);
  if (!text) return null;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw badInput(field, `${field} is not a valid link`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw badInput(field, `${field} must be an http(s) link`);
  return url.toString();
}
