/** Kinds of meeting (domain.md, "Briefing meetings"). */
export enum MeetingKind {
  /** Giao ban định kỳ. */
  PERIODIC_BRIEFING = 'PERIODIC_BRIEFING',
  /** Hội nghị chuyên đề. */
  THEMATIC_CONFERENCE = 'THEMATIC_CONFERENCE',
  /** Hội nghị sơ kết / tổng kết. */
  REVIEW_CONFERENCE = 'REVIEW_CONFERENCE',
  /** Tập huấn. */
  TRAINING = 'TRAINING',
  /** Buổi làm việc (đoàn kiểm tra…). */
  WORKING_SESSION = 'WORKING_SESSION',
  /** Đối thoại với Nhân dân. */
  DIALOGUE_WITH_PEOPLE = 'DIALOGUE_WITH_PEOPLE',
  /** Tiếp công dân. */
  CITIZEN_RECEPTION = 'CITIZEN_RECEPTION',
}

/** Kinds whose meetings count the citizens who took part. */
export const CITIZEN_KINDS: readonly MeetingKind[] = [
  MeetingKind.DIALOGUE_WITH_PEOPLE,
  MeetingKind.CITIZEN_RECEPTION,
];

/** Life-cycle: SCHEDULED → IN_PROGRESS → HELD, or POSTPONED / CANCELLED (with a reason). */
export enum MeetingStatus {
  SCHEDULED = 'SCHEDULED',
  IN_PROGRESS = 'IN_PROGRESS',
  HELD = 'HELD',
  POSTPONED = 'POSTPONED',
  CANCELLED = 'CANCELLED',
}

/** Statuses in which a meeting can still be moved, postponed or cancelled. */
export const OPEN_MEETING_STATUSES: readonly MeetingStatus[] = [
  MeetingStatus.SCHEDULED,
  MeetingStatus.POSTPONED,
];
