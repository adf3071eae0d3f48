/** Shared set-up of the access tests (test/access/*): their operations, a server, an administrator, chains. */
import { graphql } from '../generated/index.js';
import { gid, makeArea, makeOrganization, makeUser, unique, type TestUser } from './factories.js';
import { ok } from './results.js';
import { Role } from '../../server/core/access.js';
import { toGlobalId } from '../../server/core/ids.js';
import { foldForSearch } from '../../server/core/text.js';
import { OrganizationKind } from '../../server/modules/organizations/organization.entity.js';
import { Person } from '../../server/modules/people/person.entity.js';
import { admin, ts } from './module-server.js';

/** This file's server and its administrator; `useAccessServer()` starts them before the file's tests. */
export { admin, ts, useModuleServer as useAccessServer } from './module-server.js';

export const GrantRole = graphql(`
  mutation AccessGrantRole($input: GrantRoleInput!) {
    grantRole(input: $input) {
      grant { id role validFrom validTo isActive user { id } organization { id } grantedBy { id } }
    }
  }
`);

export const RevokeRole = graphql(`
  mutation AccessRevokeRole($input: RevokeRoleInput!) {
    revokeRole(input: $input) { grant { id validTo isActive revokedBy { id } } }
  }
`);

export const Rename = graphql(`
  mutation AccessRename($input: RenameOrganizationInput!) {
    renameOrganization(input: $input) { organization { id name } }
  }
`);

export const CreateApiToken = graphql(`
  mutation AccessCreateApiToken($input: CreateApiTokenInput!) {
    createApiToken(input: $input) {
      secret
      apiToken { id name role expiresAt revokedAt isActive organization { id } createdBy { id } }
    }
  }
`);

export const RevokeApiToken = graphql(`
  mutation AccessRevokeApiToken($input: RevokeApiTokenInput!) {
    revokeApiToken(input: $input) { apiToken { id revokedAt isActive } }
  }
`);

export const InviteUser = graphql(`
  mutation AccessInviteUser($input: InviteUserInput!) {
    inviteUser(input: $input) { invitationToken user { id email } }
  }
`);

export const AcceptInvitation = graphql(`
  mutation AccessAcceptInvitation($input: AcceptInvitationInput!) {
    acceptInvitation(input: $input) { accessToken refreshToken }
  }
`);

export const ChangePassword = graphql(`
  mutation AccessChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input) { changed }
  }
`);

export const SignIn = graphql(`
  mutation AccessSignIn($input: SignInInput!) {
    signIn(input: $input) { accessToken refreshToken }
  }
`);

export const Refresh = graphql(`
  mutation AccessRefresh($input: RefreshTokenInput!) {
    refreshTokens(input: $input) { accessToken }
  }
`);

export const MyRoles = graphql(`
  query AccessMyRoles($includeEnded: Boolean) {
    viewer { id roles(includeEnded: $includeEnded) { id role isActive organization { id } } }
  }
`);

export const OrganizationAccess = graphql(`
  query AccessOrganization($id: ID!, $activeOn: DateTimeISO, $includeEnded: Boolean, $inherited: Boolean) {
    organization(id: $id) {
      roleGrants(activeOn: $activeOn, includeEnded: $includeEnded, inherited: $inherited) {
        id role user { id roles(includeEnded: true) { id organization { id } } }
      }
      apiTokens(includeRevoked: true) { id name revokedAt }
    }
  }
`);

export const AuditOf = graphql(`
  query AccessAuditOf($filter: AuditRecordFilter) {
    auditRecords(filter: $filter, first: 5) { totalCount edges { node { operation actorApiToken { id } } } }
  }
`);

/** A province Ban Dân vận with a district Ban Dân vận under it, and an unrelated organization. */
export async function makeChain() {
  const em = ts.orm.em.fork();
  const area = await makeArea(em);
  const province = await makeOrganization(em, { area, name: `Ban Dân vận Tỉnh ủy ${unique()}` });
  const district = await makeOrganization(em, {
    area,
    name: `Ban Dân vận Huyện ủy ${unique()}`,
    parent: province,
  });
  const other = await makeOrganization(em, { area, kind: OrganizationKind.PEOPLES_COMMITTEE });
  return { area, province, district, other };
}

/** Grants `role` through the API as the system administrator. */
export async function grant(
  user: TestUser,
  organization: { id: string },
  role: Role,
  term: { validFrom?: Date; validTo?: Date } = {},
) {
  const result = await ts.gql(
    GrantRole,
    {
      input: {
        userId: toGlobalId('User', user.user.id),
        organizationId: gid.org(organization),
        role,
        validFrom: term.validFrom?.toISOString(),
        validTo: term.validTo?.toISOString(),
      },
    },
    admin.token,
  );
  return ok(result).grantRole.grant;
}

/** grantRole as `token` (default: VIEWER for a fresh user). */
export const grantAs = (
  token: string,
  organization: { id: string },
  role: Role = Role.VIEWER,
  userId?: string,
) =>
  makeUser(ts.orm).then((target) =>
    ts.gql(
      GrantRole,
      {
        input: {
          userId: userId ?? toGlobalId('User', target.user.id),
          organizationId: gid.org(organization),
          role,
        },
      },
      token,
    ),
  );

/** A person without an account. */
/** A person without an account. */
export async function makePerson() {
  const em = ts.orm.em.fork();
  const fullName = `Trần Văn ${unique()}`;
  const person = em.create(Person, { fullName, searchKey: foldForSearch(fullName) });
  await em.flush();
  return person;
}
