import { Field, ObjectType } from 'type-graphql';
import { Role } from '../../core/access.js';
import {
  concernsReadableOrganization,
  liveEventResolver,
  liveSubscriptionResolver,
  organizationArg,
} from '../../core/live.js';
import type { PetitionChanged } from './petition.events.js';
import { PetitionType } from './petition.type.js';

/** A live change of a petition (ids only: the petitioner shows only through `petition`, by its policy). */
@ObjectType('PetitionEvent')
export class PetitionEventType {
  @Field({
    description:
      'RECEIVED, CLASSIFIED, STARTED, TRANSFERRED, RESOLVED, WITHDRAWN, FILED_NO_ACTION, EXTENDED, FOLLOW_UP_TASK or UPDATED.',
  })
  change!: string;
}

/** `petitionId`, and `petition` as the subscriber may see it (its petitioner only where the policy allows). */
export const PetitionEventResolver = liveEventResolver<PetitionChanged>(
  () => PetitionEventType,
  [
    {
      type: 'Petition',
      idField: 'petitionId',
      id: (event) => event.petitionId,
      record: {
        field: 'petition',
        of: () => PetitionType,
        description: 'The petition as the subscriber may see it now.',
      },
    },
  ],
);

/** Live petition subscriptions of an organization. */
export const PetitionSubscriptionResolver = liveSubscriptionResolver(
  'PETITION_CHANGED',
  () => PetitionEventType,
  [
    {
      name: 'petitionTransferred',
      argument: 'organizationId',
      accepts: (payload, args, access) => {
        const organizationId = organizationArg(args);
        return (
          payload.change === 'TRANSFERRED' &&
          !!organizationId &&
          payload.targetOrganizationId === organizationId &&
          access.has(Role.VIEWER, organizationId)
        );
      },
      description: 'Petitions transferred to the organization, which now handles them.',
    },
    {
      name: 'petitionUpdated',
      argument: 'organizationId',
      accepts: (payload, args, access) => concernsReadableOrganization(access, payload.organizationIds, args),
      description: 'Changes of the petitions the organization handles or handled.',
    },
  ],
);
