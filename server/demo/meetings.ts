import type { EntityManager } from '@mikro-orm/postgresql';
import { Meeting } from '../modules/meetings/meeting.entity.js';
import { MeetingKind, MeetingStatus } from '../modules/meetings/meeting.enums.js';
import {
  Attendance,
  ChairRole,
  InvitationResponse,
  MeetingChair,
  MeetingInvitation,
} from '../modules/meetings/participation.entity.js';
import { MeetingMinutes, MinutesStatus } from '../modules/meetings/record.entity.js';
import { expandRecurrence } from '../modules/meetings/recurrence.js';
import { MeetingSeries } from '../modules/meetings/series.entity.js';
import { MEETING_TIME_ZONE } from '../modules/meetings/zoned.js';
import { Organization } from '../modules/organizations/organization.entity.js';
import type { Person } from '../modules/people/person.entity.js';
import { BRIEFING_PARTNERS, createConclusions, DEMO_MEETING } from './meeting-specs.js';
import { DEMO_ORG } from './organizations.js';
import { DEMO_PERSON } from './people.js';

export { DEMO_MEETING } from './meeting-specs.js';

const O = DEMO_ORG;

/** Organization (by code) and person (by name) lookups. */
export type Refs = { org: (code: string) => Organization; person: (name: string) => Person };

/** A demo meeting as plain data. */
interface MeetingSpec {
  host: string;
  kind: MeetingKind;
  title: string;
  description?: string | null;
  place: string | null;
  startsAt: Date;
  endsAt: Date;
  citizenCount?: number;
  series?: MeetingSeries;
  seriesIndex?: number;
  chairs: [name: string, role: ChairRole][];
  invited: string[];
}

/** Creates a meeting with its chairs and invitations; one already over is HELD, its invitees present. */
function createMeeting(em: EntityManager, refs: Refs, spec: MeetingSpec, now: Date): Meeting {
  const held = spec.endsAt < now;
  const meeting = em.create(Meeting, {
    organization: refs.org(spec.host),
    series: spec.series ?? null,
    seriesIndex: spec.seriesIndex ?? null,
    originalStart: spec.series ? spec.startsAt : null,
    kind: spec.kind,
    title: spec.title,
    description: spec.description ?? null,
    place: spec.place,
    startsAt: spec.startsAt,
    endsAt: spec.endsAt,
    citizenCount: spec.citizenCount ?? null,
    status: held ? MeetingStatus.HELD : MeetingStatus.SCHEDULED,
    startedAt: held ? spec.startsAt : null,
    closedAt: held ? spec.endsAt : null,
  });
  spec.chairs.forEach(([name, role], position) =>
    em.create(MeetingChair, { meeting, person: refs.person(name), role, position }),
  );
  for (const code of spec.invited) {
    em.create(MeetingInvitation, {
      meeting,
      organization: refs.org(code),
      response: held ? InvitationResponse.ACCEPTED : InvitationResponse.PENDING,
      respondedAt: held ? spec.startsAt : null,
      attendance: held ? Attendance.PRESENT : null,
    });
  }
  return meeting;
}

/**
 * Creates (persists, does not flush) the demo meetings: the standing
 * committee's monthly briefing of 2026 (first Monday, 08:00, 12 occurrences;
 * those already over are HELD), the review conference of seed 002 with two
 * co-chairs and conclusions that became tasks, and a dialogue with the
 * people with its citizen count. Returns how many meetings it made.
 */
export function createDemoMeetings(
  em: EntityManager,
  orgIds: Map<string, string>,
  people: Map<string, Person>,
  now = new Date(),
): number {
  const refs: Refs = {
    org: (code) => em.getReference(Organization, orgIds.get(code) ?? fail(`organization ${code}`)),
    person: (name) => people.get(name) ?? fail(`person ${name}`),
  };
  const series = em.create(MeetingSeries, {
    organization: refs.org(O.standingCommittee),
    kind: MeetingKind.PERIODIC_BRIEFING,
    title: DEMO_MEETING.monthlyBriefing,
    description:
      'Giao ban giữa Thường trực Tỉnh ủy với Ban Dân vận, chính quyền, lực lượng vũ trang, MTTQ và các tổ chức chính trị – xã hội về tình hình Nhân dân và công tác dân vận.',
    place: 'Phòng họp Ban Thường vụ Tỉnh ủy',
    rule: 'FREQ=MONTHLY;BYDAY=1MO',
    startsAt: new Date('2026-01-05T01:00:00Z'),
    timeZone: MEETING_TIME_ZONE,
    durationMinutes: 180,
    count: 12,
  });
  const starts = expandRecurrence(series);
  starts.forEach((startsAt, seriesIndex) =>
    createMeeting(
      em,
      refs,
      {
        host: O.standingCommittee,
        kind: series.kind,
        title: series.title,
        description: series.description,
        place: series.place,
        startsAt,
        endsAt: new Date(startsAt.getTime() + series.durationMinutes * 60_000),
        series,
        seriesIndex,
        chairs: [['Đinh Thị Thu Hà', ChairRole.CHAIR]],
        invited: BRIEFING_PARTNERS,
      },
      now,
    ),
  );
  const review = createMeeting(
    em,
    refs,
    {
      host: O.provincialCommittee,
      kind: MeetingKind.REVIEW_CONFERENCE,
      title: DEMO_MEETING.reviewConference,
      place: 'Hội trường Tỉnh ủy',
      startsAt: new Date('2026-01-08T07:00:00Z'),
      endsAt: new Date('2026-01-08T10:00:00Z'),
      chairs: [
        ['Đinh Thị Thu Hà', ChairRole.CO_CHAIR],
        [DEMO_PERSON.massMobilizationHead, ChairRole.CO_CHAIR],
      ],
      invited: [
        O.massMobilization,
        O.peoplesCouncil,
        O.peoplesCommittee,
        O.homeAffairs,
        ...BRIEFING_PARTNERS.slice(3),
      ],
    },
    now,
  );
  em.create(MeetingMinutes, {
    meeting: review,
    status: MinutesStatus.APPROVED,
    approvedAt: new Date('2026-01-09T03:00:00Z'),
    text: 'Hội nghị đánh giá kết quả công tác dân vận năm 2025, thống nhất đề nghị tạm dừng Đề án 12-ĐA/TU và triển khai nhiệm vụ năm 2026.',
  });
  createConclusions(em, refs, review);
  createMeeting(
    em,
    refs,
    {
      host: O.huuLungPartyCommittee,
      kind: MeetingKind.DIALOGUE_WITH_PEOPLE,
      title: DEMO_MEETING.dialogue,
      place: 'Nhà văn hóa xã Hữu Lũng',
      startsAt: new Date('2026-09-18T01:30:00Z'),
      endsAt: new Date('2026-09-18T04:30:00Z'),
      citizenCount: 126,
      chairs: [
        ['Ngô Văn Bình', ChairRole.CHAIR],
        ['Vy Thị Hạnh', ChairRole.CO_CHAIR],
      ],
      invited: [O.huuLungPeoplesCommittee, O.huuLungFront, O.huuLungFarmers, O.huuLungInspection],
    },
    now,
  );
  return starts.length + 2;
}

function fail(what: string): never {
  throw new Error(`demo data: unknown ${what}`);
}
