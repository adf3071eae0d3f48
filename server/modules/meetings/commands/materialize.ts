import type { EntityManager } from '@mikro-orm/postgresql';
import type { Organization } from '../../organizations/organization.entity.js';
import type { Person } from '../../people/person.entity.js';
import { Meeting } from '../meeting.entity.js';
import { ChairRole, MeetingChair, MeetingInvitation } from '../participation.entity.js';
import type { MeetingSeries } from '../series.entity.js';

/** Who takes part in a meeting when it is created. */
export interface Participants {
  chairs: { person: Person; role: ChairRole }[];
  organizations: Organization[];
  people: Person[];
}

/** Creates (persists, does not flush) the chairs and invitations of `meeting`. */
export function addParticipants(em: EntityManager, meeting: Meeting, participants: Participants): void {
  participants.chairs.forEach(({ person, role }, position) =>
    em.create(MeetingChair, { meeting, person, role, position }),
  );
  for (const organization of participants.organizations)
    em.create(MeetingInvitation, { meeting, organization });
  for (const person of participants.people) em.create(MeetingInvitation, { meeting, person });
}

/** The chairs and invitees of an existing meeting, to give a new occurrence the same (answers not copied). */
export async function participantsOf(em: EntityManager, meeting: Meeting): Promise<Participants> {
  const [chairs, invitations] = await Promise.all([
    em.find(MeetingChair, { meeting }, { orderBy: { position: 'asc' }, populate: ['person'] }),
    em.find(
      MeetingInvitation,
      { meeting },
      { orderBy: { createdAt: 'asc' }, populate: ['organization', 'person'] },
    ),
  ]);
  return {
    chairs: chairs.map((c) => ({ person: c.person.unwrap(), role: c.role })),
    organizations: invitations.flatMap((i) => (i.organization ? [i.organization.unwrap()] : [])),
    people: invitations.flatMap((i) => (i.person ? [i.person.unwrap()] : [])),
  };
}

/** Creates (persists) occurrence `index` of `series`, starting at `startsAt`, from the series' template. */
export function createOccurrence(
  em: EntityManager,
  series: MeetingSeries,
  index: number,
  startsAt: Date,
): Meeting {
  return em.create(Meeting, {
    series,
    seriesIndex: index,
    originalStart: startsAt,
    organization: series.organization,
    kind: series.kind,
    title: series.title,
    description: series.description,
    place: series.place,
    onlineUrl: series.onlineUrl,
    program: series.program,
    startsAt,
    endsAt: new Date(startsAt.getTime() + series.durationMinutes * 60_000),
    sequence: series.sequence,
  });
}
