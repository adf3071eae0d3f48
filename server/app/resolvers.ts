import type { NonEmptyArray } from 'type-graphql';
// Modules' parts in organization mergers and dissolutions (registered at load).
import '../modules/people/people.lifecycle.js';
import { AreaResolver } from '../modules/areas/area.resolver.js';
import { NodeResolver } from './node.resolver.js';
import { NotificationResolver } from '../modules/notifications/notification.resolver.js';
import { OrganizationResolver } from '../modules/organizations/organization.resolver.js';
import { OrganizationSubscriptionResolver } from '../modules/organizations/organization.subscription.js';
import { OrganizationPeopleResolver } from '../modules/people/organization-people.resolver.js';
import { PersonContactResolver } from '../modules/people/person-contact.resolver.js';
import { OrganizationPermissionsResolver } from '../modules/organizations/organization-permissions.resolver.js';
import { PersonResolver } from '../modules/people/person.resolver.js';
import { PositionResolver } from '../modules/people/position.resolver.js';
import { ResponsibilityResolver } from '../modules/people/responsibility.resolver.js';
import { AuthResolver } from '../modules/users/auth.resolver.js';
import { AccountResolver } from '../modules/access/account.resolver.js';
import { ApiTokenResolver } from '../modules/access/api-token.resolver.js';
import { OrganizationAccessResolver } from '../modules/access/organization-access.resolver.js';
import { RoleGrantResolver } from '../modules/access/role-grant.resolver.js';
import { AuditResolver } from '../modules/audit/audit.resolver.js';

/** Every resolver class of the schema. */
export const resolvers: NonEmptyArray<Function> = [
  NodeResolver,
  NotificationResolver,
  AreaResolver,
  OrganizationResolver,
  OrganizationSubscriptionResolver,
  PersonResolver,
  PersonContactResolver,
  OrganizationPermissionsResolver,
  OrganizationPeopleResolver,
  PositionResolver,
  ResponsibilityResolver,
  AuthResolver,
  AccountResolver,
  RoleGrantResolver,
  ApiTokenResolver,
  OrganizationAccessResolver,
  AuditResolver,
];
