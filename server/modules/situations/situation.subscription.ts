import { Field, ObjectType } from 'type-graphql';
import {
  concernsReadableOrganization,
  liveEventResolver,
  liveSubscriptionResolver,
} from '../../core/live.js';
import type { SituationChange, SituationChanged } from './situation.events.js';
import { ComplexSituationType, SituationReportType } from './situation.type.js';

/** Changes that alert the handling organizations: a complex situation opened or escalated. */
const ALERTING = new Set<SituationChange>(['OPENED', 'ESCALATED']);

/** A live change of a complex situation or a situation report. Root values are SITUATION_CHANGED payloads. */
@ObjectType('SituationEvent')
export class SituationEventType {
  @Field({ description: 'REPORTED, OPENED, ESCALATED, STATUS_CHANGED, RESPONSE_STARTED or UPDATED.' })
  change!: string;
}

const of = (subjectType: SituationChanged['subjectType']) => (event: SituationChanged) =>
  event.subjectType === subjectType ? event.subjectId : null;

/** `complexSituationId` or `situationReportId` (the other null), and the record as the subscriber may see it. */
export const SituationEventResolver = liveEventResolver<SituationChanged>(
  () => SituationEventType,
  [
    {
      type: 'ComplexSituation',
      idField: 'complexSituationId',
      id: of('ComplexSituation'),
      nullable: true,
      record: { field: 'complexSituation', of: () => ComplexSituationType },
    },
    {
      type: 'SituationReport',
      idField: 'situationReportId',
      id: of('SituationReport'),
      nullable: true,
      record: { field: 'situationReport', of: () => SituationReportType },
    },
  ],
);

/** Live situation subscriptions of an organization. */
export const SituationSubscriptionResolver = liveSubscriptionResolver(
  'SITUATION_CHANGED',
  () => SituationEventType,
  [
    {
      name: 'complexSituationAlerted',
      argument: 'organizationId',
      accepts: (payload, args, access) =>
        ALERTING.has(payload.change) && concernsReadableOrganization(access, payload.organizationIds, args),
      description: 'Complex situations the organization opened or handles, opened or escalated.',
    },
    {
      name: 'situationUpdated',
      argument: 'organizationId',
      accepts: (payload, args, access) => concernsReadableOrganization(access, payload.organizationIds, args),
      description: "Changes of the organization's complex situations and situation reports.",
    },
  ],
);
