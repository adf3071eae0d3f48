import { NotificationKind } from '../notifications/notification.entity.js';
import { noticeOn } from '../notifications/notices.js';

/** What happened to a complex situation or a situation report. */
export type SituationChange =
  | 'REPORTED'
  | 'OPENED'
  | 'ESCALATED'
  | 'STATUS_CHANGED'
  | 'RESPONSE_STARTED'
  | 'UPDATED';

/** The payload of `SITUATION_CHANGED`. */
export interface SituationChanged {
  /** `ComplexSituation` or `SituationReport`. */
  subjectType: 'ComplexSituation' | 'SituationReport';
  subjectId: string;
  /** The organizations whose roles may read it (opener and handlers; the reporting organization). */
  organizationIds: string[];
  change: SituationChange;
}

declare module '../../core/pubsub.js' {
  interface Events {
    /** A situation report was filed, or a complex situation was opened or changed. */
    SITUATION_CHANGED: [SituationChanged];
  }
}

const TITLES: Partial<Record<SituationChange, string>> = {
  OPENED: 'Điểm nóng mới phát sinh',
  ESCALATED: 'Điểm nóng diễn biến phức tạp hơn',
};

/**
 * Who hears about a complex situation opened or escalated: the role holders
 * of the handling organizations (the partners concerned), live through the
 * inbox; other changes tell no one.
 */
noticeOn('SITUATION_CHANGED', async (em, { subjectType, subjectId, change }) => {
  const title = TITLES[change];
  if (subjectType !== 'ComplexSituation' || !title) return null;
  const rows = await em.execute<{ title: string; severity: string; handler_ids: string[] }[]>(
    `select s.title, s.severity,
            array(select h.organization_id from complex_situation_handler h where h.situation_id = s.id) as handler_ids
       from complex_situation s where s.id = ?`,
    [subjectId],
  );
  const situation = rows[0];
  if (!situation) return null;
  return {
    kind: NotificationKind.COMPLEX_SITUATION,
    title,
    body: `${situation.title} (${situation.severity})`,
    subjectType: 'ComplexSituation',
    subjectId,
    recipients: { organizationIds: situation.handler_ids, personIds: [] },
  };
});
