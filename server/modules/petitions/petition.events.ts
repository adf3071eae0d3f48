import { NotificationKind } from '../notifications/notification.entity.js';
import { noticeOn } from '../notifications/notices.js';

/** What happened to a petition, as `PETITION_CHANGED` says it. */
export type PetitionChange =
  | 'RECEIVED'
  | 'CLASSIFIED'
  | 'STARTED'
  | 'TRANSFERRED'
  | 'RESOLVED'
  | 'WITHDRAWN'
  | 'FILED_NO_ACTION'
  | 'EXTENDED'
  | 'FOLLOW_UP_TASK'
  | 'UPDATED';

/** The payload of `PETITION_CHANGED`: ids only, never the petitioner. */
export interface PetitionChanged {
  petitionId: string;
  /** The organizations that may see it (the chain of handlers). */
  organizationIds: string[];
  change: PetitionChange;
  /** The organization it was transferred to (TRANSFERRED). */
  targetOrganizationId?: string;
}

declare module '../../core/pubsub.js' {
  interface Events {
    /** A petition was received or changed. */
    PETITION_CHANGED: [PetitionChanged];
  }
}

/**
 * Who hears about a petition change: on a transfer, the role holders of the
 * organization that now handles it. The notice names the subject only —
 * never the petitioner.
 */
noticeOn('PETITION_CHANGED', async (em, { petitionId, change, targetOrganizationId }) => {
  if (change !== 'TRANSFERRED' || !targetOrganizationId) return null;
  const rows = await em.execute<{ subject: string }[]>('select subject from petition where id = ?', [
    petitionId,
  ]);
  return {
    kind: NotificationKind.PETITION_TRANSFERRED,
    title: 'Đơn thư được chuyển đến để giải quyết',
    body: rows[0]?.subject ?? null,
    subjectType: 'Petition',
    subjectId: petitionId,
    recipients: { organizationIds: [targetOrganizationId], personIds: [] },
  };
});
