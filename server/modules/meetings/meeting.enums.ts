import { type EnumMember, stringEnum } from '../../core/enums.js';

/**
 * Kinds of meeting (domain.md, "Briefing meetings").
 * - `PERIODIC_BRIEFING`: Giao ban định kỳ.
 * - `THEMATIC_CONFERENCE`: Hội nghị chuyên đề.
 * - `REVIEW_CONFERENCE`: Hội nghị sơ kết / tổng kết.
 * - `TRAINING`: Tập huấn.
 * - `WORKING_SESSION`: Buổi làm việc (đoàn kiểm tra…).
 * - `DIALOGUE_WITH_PEOPLE`: Đối thoại với Nhân dân.
 * - `CITIZEN_RECEPTION`: Tiếp công dân.
 */
export const MeetingKind = stringEnum(
  'PERIODIC_BRIEFING THEMATIC_CONFERENCE REVIEW_CONFERENCE TRAINING',
  'WORKING_SESSION DIALOGUE_WITH_PEOPLE CITIZEN_RECEPTION',
);
/** A member of {@link MeetingKind}. */
export type MeetingKind = EnumMember<typeof MeetingKind>;

/** Kinds whose meetings count the citizens who took part. */
export const CITIZEN_KINDS: readonly MeetingKind[] = [
  MeetingKind.DIALOGUE_WITH_PEOPLE,
  MeetingKind.CITIZEN_RECEPTION,
];

/** Life-cycle: SCHEDULED → IN_PROGRESS → HELD, or POSTPONED / CANCELLED (with a reason). */
export const MeetingStatus = stringEnum('SCHEDULED', 'IN_PROGRESS', 'HELD', 'POSTPONED', 'CANCELLED');
/** A member of {@link MeetingStatus}. */
export type MeetingStatus = EnumMember<typeof MeetingStatus>;

/** Statuses in which a meeting can still be moved, postponed or cancelled. */
export const OPEN_MEETING_STATUSES: readonly MeetingStatus[] = [
  MeetingStatus.SCHEDULED,
  MeetingStatus.POSTPONED,
];
