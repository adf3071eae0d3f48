/** What happened to a social critique or a supervision. */
export type OversightChange =
  | 'RECORDED'
  | 'ANSWERED'
  | 'RECOMMENDATION_ANSWERED'
  | 'RECOMMENDATION_TASKED'
  | 'UPDATED';

/** The payload of `OVERSIGHT_CHANGED`. */
export interface OversightChanged {
  /** `SocialCritique` or `Supervision`. */
  subjectType: 'SocialCritique' | 'Supervision';
  subjectId: string;
  /** The organizations whose roles may read it (owner and drafting body or supervised organization). */
  organizationIds: string[];
  /** The organization asked to answer (drafting body, supervised organization); null for a policy or a person. */
  answeringOrganizationId: string | null;
  change: OversightChange;
}

declare module '../../core/pubsub.js' {
  interface Events {
    /** A social critique or a supervision (or one of its recommendations) changed. */
    OVERSIGHT_CHANGED: [OversightChanged];
  }
}
