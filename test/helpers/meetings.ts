/**
 * Set-ups shared by the meeting tests (test/meetings/): each file's server with a province of
 * agencies, people and users (`org`, `user`, `person`), scheduling helpers, and the GraphQL documents
 * several of those files use.
 */
import { graphql } from '../generated/index.js';
import { gid, makeArea, makeOrganization, makeUser, unique, type TestUser } from './factories.js';
import { ok, dbId } from './results.js';
import { Role } from '../../server/core/access.js';
import { RoleGrant } from '../../server/modules/access/role-grant.entity.js';
import { Meeting } from '../../server/modules/meetings/meeting.entity.js';
import {
  OrganizationKind,
  OrganizationStatus,
  type Organization,
} from '../../server/modules/organizations/organization.entity.js';
import { Person } from '../../server/modules/people/person.entity.js';
import { Position } from '../../server/modules/people/position.entity.js';
import { ts, useModuleServer } from './module-server.js';

/** This file's server and its administrator (started by `useMeetingsServer()`). */
export { admin, ts } from './module-server.js';

export const Schedule = graphql(`
  mutation MeetingsSchedule($input: ScheduleMeetingInput!) {
    scheduleMeeting(input: $input) {
      meeting { id title startsAt startsAtLocal endsAtLocal status sequence icalUid host { id } }
      series { id rrule count untilAt occurrenceCount icalUid startsAtLocal }
      warnings {
        reason startsAt conflictingStartsAt conflictingEndsAt
        person { id } organization { id } conflictingMeeting { id }
      }
    }
  }
`);

export const Reschedule = graphql(`
  mutation MeetingsReschedule($input: RescheduleMeetingInput!) {
    rescheduleMeeting(input: $input) {
      meeting { id startsAtLocal endsAtLocal status isException sequence series { id } }
      series { id rrule count untilAt occurrenceCount splitFrom { id } sequence }
      warnings { reason person { id } conflictingMeeting { id } }
    }
  }
`);

export const SetAgenda = graphql(`
  mutation MeetingsSetAgenda($input: SetAgendaInput!) {
    setAgenda(input: $input) {
      meeting {
        id
        agenda {
          position title durationMinutes
          presenterOrganization { id } presenterPerson { id } program { id }
        }
      }
    }
  }
`);

export const List = graphql(`
  query MeetingsList($filter: MeetingsFilter, $first: Int, $after: String) {
    meetings(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges {
        node { id title startsAt startsAtLocal status isException originalStart series { id } }
      }
    }
  }
`);

export const Detail = graphql(`
  query MeetingsDetail($id: ID!) {
    meeting(id: $id) {
      id title status statusReason citizenCount sequence isException
      host { id }
      program { id }
      chairs { role person { id } }
      invitations {
        id response viewerCanRespond attendance
        organization { id } person { id } delegate { id }
      }
      attendingOrganizations { id }
      minutes { text status }
      conclusions { id text task { id } }
      viewerCan { reschedule cancel invite setAgenda respond }
    }
  }
`);

export const TaskLink = graphql(`
  query MeetingsTaskLink($id: ID!) {
    task(id: $id) {
      id title dueOn sourceKind
      assignments { role organization { id } }
      sourceConclusion { id text meeting { id } }
    }
  }
`);

/** The file's organizations, made before its tests by `useMeetingsServer`. */
export const org = {} as Record<
  'province' | 'host' | 'bdv' | 'ubnd' | 'mttq' | 'outsider' | 'dissolved',
  Organization
>;

/** The file's users (with their roles), made before its tests. */
export const user = {} as Record<
  'coordinator' | 'mttqMember' | 'ubndMember' | 'outsider' | 'above' | 'invited',
  TestUser
>;

/** The file's people (chairs, the Front's head, a delegate), made before its tests. */
export const person = {} as Record<'chair' | 'coChair' | 'mttqHead' | 'delegate', Person>;

/** Schedules as the coordinator of the host; defaults: a one-off meeting inviting BDV, UBND, MTTQ and `invited`. */
export async function schedule(input: Record<string, unknown> = {}, token = user.coordinator.token) {
  return ts.gql(
    Schedule,
    {
      input: {
        kind: 'PERIODIC_BRIEFING',
        title: `Giao ban ${unique()}`,
        hostOrganizationId: gid.org(org.host),
        startsAt: '2027-01-04T01:00:00.000Z',
        endsAt: '2027-01-04T04:00:00.000Z',
        place: 'Phòng họp Ban Thường vụ',
        chairs: [
          { personId: gid.person(person.chair), role: 'CO_CHAIR' },
          { personId: gid.person(person.coChair), role: 'CO_CHAIR' },
        ],
        invitedOrganizationIds: [gid.org(org.bdv), gid.org(org.ubnd), gid.org(org.mttq)],
        invitedPersonIds: [gid.person(user.invited.person)],
        ...input,
      } as never,
    },
    token,
  );
}

/** A monthly series on the first Monday, 08:00 Asia/Ho_Chi_Minh, 12 occurrences of 2027. */
export async function monthlySeries(extra: Record<string, unknown> = {}) {
  const data = ok(await schedule({ recurrence: { rrule: 'FREQ=MONTHLY;BYDAY=1MO', count: 12 }, ...extra }));
  return data.scheduleMeeting;
}

/** Every occurrence of a series straight from the database, in order. */
export async function occurrencesOf(seriesGlobalId: string) {
  return ts.orm.em
    .fork()
    .find(Meeting, { series: dbId(seriesGlobalId) }, { orderBy: { seriesIndex: 'asc' } });
}

/** Month and day of the first Monday of each month of 2027. */
export const FIRST_MONDAYS_2027 = [
  '01-04',
  '02-01',
  '03-01',
  '04-05',
  '05-03',
  '06-07',
  '07-05',
  '08-02',
  '09-06',
  '10-04',
  '11-01',
  '12-06',
];

/** Starts this file's own test server (and its shared set-up) before its tests, and stops it after. */
export function useMeetingsServer(): void {
  useModuleServer({ setUp: setUpMeetings });
}

/** The organizations, people and users the meeting tests share. */
async function setUpMeetings(): Promise<void> {
  const em = ts.orm.em.fork();
  const area = await makeArea(em);
  const other = await makeArea(em);
  org.province = await makeOrganization(em, { area, kind: OrganizationKind.PARTY_COMMITTEE });
  org.host = await makeOrganization(em, {
    area,
    kind: OrganizationKind.PARTY_STANDING_COMMITTEE,
    parent: org.province,
  });
  org.bdv = await makeOrganization(em, { area, kind: OrganizationKind.MASS_MOBILIZATION_COMMISSION });
  org.ubnd = await makeOrganization(em, { area, kind: OrganizationKind.PEOPLES_COMMITTEE });
  org.mttq = await makeOrganization(em, { area, kind: OrganizationKind.FATHERLAND_FRONT });
  org.outsider = await makeOrganization(em, { area: other, kind: OrganizationKind.FATHERLAND_FRONT });
  org.dissolved = await makeOrganization(em, { area, kind: OrganizationKind.STATE_AGENCY });
  org.dissolved.status = OrganizationStatus.DISSOLVED;
  for (const key of ['chair', 'coChair', 'mttqHead', 'delegate'] as const) {
    person[key] = em.create(Person, { fullName: `Cán bộ ${key} ${unique()}`, searchKey: `can bo ${key}` });
  }
  em.create(Position, {
    person: person.mttqHead,
    organization: org.mttq,
    title: 'Chủ tịch',
    isHead: true,
    startsOn: '2020-01-01',
  });
  await em.flush();
  const grants: [keyof typeof user, keyof typeof org | null, Role | null][] = [
    ['coordinator', 'host', Role.COORDINATOR],
    ['mttqMember', 'mttq', Role.MEMBER],
    ['ubndMember', 'ubnd', Role.MEMBER],
    ['outsider', 'outsider', Role.VIEWER],
    ['above', 'province', Role.VIEWER],
    ['invited', null, null],
  ];
  for (const [key, on, role] of grants) {
    user[key] = await makeUser(ts.orm);
    if (on && role) {
      em.create(RoleGrant, {
        user: user[key].user.id,
        organization: org[on].id,
        role,
        validFrom: new Date(0),
      });
    }
  }
  // The coordinator also coordinates the Ban Dân vận (lead of conclusion tasks).
  em.create(RoleGrant, {
    user: user.coordinator.user.id,
    organization: org.bdv.id,
    role: Role.COORDINATOR,
    validFrom: new Date(0),
  });
  await em.flush();
}
