/** What happened to a model, as `MODEL_CHANGED` says it. */
export type ModelChange =
  | 'REGISTERED'
  | 'STATUS_RECORDED'
  | 'EVIDENCE_ADDED'
  | 'COMMENDED'
  | 'ADOPTED'
  | 'UPDATED';

/** The payload of `MODEL_CHANGED`. */
export interface ModelChanged {
  modelId: string;
  /** The owner and the adopting organizations (those whose roles may read it), as of the change. */
  organizationIds: string[];
  change: ModelChange;
}

declare module '../../core/pubsub.js' {
  interface Events {
    /** A mass-mobilization model, its yearly status, evidence, commendations or adoptions changed. */
    MODEL_CHANGED: [ModelChanged];
  }
}
