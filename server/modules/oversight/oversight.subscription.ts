import { Field, ObjectType } from 'type-graphql';
import {
  concernsReadableOrganization,
  liveEventResolver,
  liveSubscriptionResolver,
  organizationArg,
} from '../../core/live.js';
import type { OversightChange, OversightChanged } from './oversight.events.js';
import { SocialCritiqueType, SupervisionType } from './oversight.type.js';

/** Changes that ask the answering organization for something: a critique or a supervision to answer, a recommendation tasked. */
const ASKING = new Set<OversightChange>(['RECORDED', 'RECOMMENDATION_TASKED']);

/** A live change of a social critique or a supervision. Root values are OVERSIGHT_CHANGED payloads. */
@ObjectType('OversightEvent')
export class OversightEventType {
  @Field({ description: 'RECORDED, ANSWERED, RECOMMENDATION_ANSWERED, RECOMMENDATION_TASKED or UPDATED.' })
  change!: string;
}

const of = (subjectType: OversightChanged['subjectType']) => (event: OversightChanged) =>
  event.subjectType === subjectType ? event.subjectId : null;

/** `socialCritiqueId` or `supervisionId` (the other null), and the record as the subscriber may see it. */
export const OversightEventResolver = liveEventResolver<OversightChanged>(
  () => OversightEventType,
  [
    {
      type: 'SocialCritique',
      idField: 'socialCritiqueId',
      id: of('SocialCritique'),
      nullable: true,
      record: { field: 'socialCritique', of: () => SocialCritiqueType },
    },
    {
      type: 'Supervision',
      idField: 'supervisionId',
      id: of('Supervision'),
      nullable: true,
      record: { field: 'supervision', of: () => SupervisionType },
    },
  ],
);

/** Live oversight subscriptions of an organization. */
export const OversightSubscriptionResolver = liveSubscriptionResolver(
  'OVERSIGHT_CHANGED',
  () => OversightEventType,
  [
    {
      name: 'oversightAddressed',
      argument: 'organizationId',
      accepts: (payload, args, access) =>
        ASKING.has(payload.change) &&
        payload.answeringOrganizationId === organizationArg(args) &&
        concernsReadableOrganization(access, payload.organizationIds, args),
      description:
        'Critiques of its drafts and supervisions of it recorded, and supervision recommendations made its tasks: what the organization must answer.',
    },
    {
      name: 'oversightUpdated',
      argument: 'organizationId',
      accepts: (payload, args, access) => concernsReadableOrganization(access, payload.organizationIds, args),
      description: 'Changes of the critiques and supervisions the organization gave or answers.',
    },
  ],
);
