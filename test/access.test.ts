import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from './generated/index.js';
import { gid, makeArea, makeOrganization, makeUser, unique, type TestUser } from './helpers/factories.js';
import { startTestServer, type TestServer } from './helpers/server.js';
import { Role, ViewerAccess } from '../server/core/access.js';
import { hashPassword } from '../server/core/auth/passwords.js';
import { hashSecret } from '../server/core/auth/tokens.js';
import { toGlobalId } from '../server/core/ids.js';
import { foldForSearch } from '../server/core/text.js';
import { organizationAccessPolicy } from '../server/modules/access/access.policy.js';
import { ApiToken } from '../server/modules/access/api-token.entity.js';
import { Invitation } from '../server/modules/access/invitation.entity.js';
import { RoleGrant } from '../server/modules/access/role-grant.entity.js';
import {
  OrganizationKind,
  OrganizationStatus,
  Organization,
} from '../server/modules/organizations/organization.entity.js';
import { Person } from '../server/modules/people/person.entity.js';
import { User } from '../server/modules/users/user.entity.js';

const GrantRole = graphql(`
  mutation AccessGrantRole($input: GrantRoleInput!) {
    grantRole(input: $input) {
      grant { id role validFrom validTo isActive user { id } organization { id } grantedBy { id } }
    }
  }
`);

const RevokeRole = graphql(`
  mutation AccessRevokeRole($input: RevokeRoleInput!) {
    revokeRole(input: $input) { grant { id validTo isActive revokedBy { id } } }
  }
`);

const Rename = graphql(`
  mutation AccessRename($input: RenameOrganizationInput!) {
    renameOrganization(input: $input) { organization { id name } }
  }
`);

const CreateApiToken = graphql(`
  mutation AccessCreateApiToken($input: CreateApiTokenInput!) {
    createApiToken(input: $input) {
      secret
      apiToken { id name role expiresAt revokedAt isActive organization { id } createdBy { id } }
    }
  }
`);

const RevokeApiToken = graphql(`
  mutation AccessRevokeApiToken($input: RevokeApiTokenInput!) {
    revokeApiToken(input: $input) { apiToken { id revokedAt isActive } }
  }
`);

const InviteUser = graphql(`
  mutation AccessInviteUser($input: InviteUserInput!) {
    inviteUser(input: $input) { invitationToken user { id email } }
  }
`);

const AcceptInvitation = graphql(`
  mutation AccessAcceptInvitation($input: AcceptInvitationInput!) {
    acceptInvitation(input: $input) { accessToken refreshToken }
  }
`);

const ChangePassword = graphql(`
  mutation AccessChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input) { changed }
  }
`);

const SignIn = graphql(`
  mutation AccessSignIn($input: SignInInput!) {
    signIn(input: $input) { accessToken refreshToken }
  }
`);

const Refresh = graphql(`
  mutation AccessRefresh($input: RefreshTokenInput!) {
    refreshTokens(input: $input) { accessToken }
  }
`);

const MyRoles = graphql(`
  query AccessMyRoles($includeEnded: Boolean) {
    viewer { id roles(includeEnded: $includeEnded) { id role isActive organization { id } } }
  }
`);

const OrganizationAccess = graphql(`
  query AccessOrganization($id: ID!, $activeOn: DateTimeISO, $includeEnded: Boolean, $inherited: Boolean) {
    organization(id: $id) {
      roleGrants(activeOn: $activeOn, includeEnded: $includeEnded, inherited: $inherited) {
        id role user { id roles(includeEnded: true) { id organization { id } } }
      }
      apiTokens(includeRevoked: true) { id name revokedAt }
    }
  }
`);

const AuditOf = graphql(`
  query AccessAuditOf($filter: AuditRecordFilter) {
    auditRecords(filter: $filter, first: 5) { totalCount edges { node { operation actorApiToken { id } } } }
  }
`);

let ts: TestServer;
let admin: TestUser;

beforeAll(async () => {
  ts = await startTestServer();
  admin = await makeUser(ts.orm, { isSystemAdmin: true });
});
afterAll(() => ts?.stop());

type Result = { status: number; data?: unknown; errors?: { extensions?: Record<string, unknown> }[] };

/** The error code of a result (undefined when it succeeded). */
const codeOf = (result: Result) => result.errors?.[0]?.extensions?.code;

/** Expects success and returns the data. */
function ok<T>(result: { data?: T | null; errors?: unknown[] }): T {
  expect(result.errors).toBeUndefined();
  return result.data!;
}

/** A province Ban Dân vận with a district Ban Dân vận under it, and an unrelated organization. */
async function makeChain() {
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
async function grant(
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
const grantAs = (token: string, organization: { id: string }, role: Role = Role.VIEWER, userId?: string) =>
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

describe('grantRole and revokeRole', () => {
  it('grants a role for a term and revokes it, keeping the grant as history', async () => {
    const { province } = await makeChain();
    const user = await makeUser(ts.orm);
    const granted = await grant(user, province, Role.COORDINATOR);
    expect(granted).toMatchObject({
      role: 'COORDINATOR',
      validTo: null,
      isActive: true,
      user: { id: toGlobalId('User', user.user.id) },
      organization: { id: gid.org(province) },
      grantedBy: { id: toGlobalId('User', admin.user.id) },
    });
    expect(ok(await ts.gql(MyRoles, {}, user.token)).viewer.roles.map((r) => r.id)).toEqual([granted.id]);

    const revoked = ok(await ts.gql(RevokeRole, { input: { grantId: granted.id } }, admin.token)).revokeRole
      .grant;
    expect(revoked.isActive).toBe(false);
    expect(new Date(revoked.validTo!).getTime()).toBeLessThanOrEqual(Date.now());
    expect(revoked.revokedBy).toEqual({ id: toGlobalId('User', admin.user.id) });
    expect(codeOf(await ts.gql(RevokeRole, { input: { grantId: granted.id } }, admin.token))).toBe(
      'CONFLICT',
    );

    expect(ok(await ts.gql(MyRoles, {}, user.token)).viewer.roles).toEqual([]);
    const history = ok(await ts.gql(MyRoles, { includeEnded: true }, user.token)).viewer.roles;
    expect(history).toEqual([expect.objectContaining({ id: granted.id, isActive: false })]);
    expect(await ts.orm.em.fork().count(RoleGrant, { user: user.user.id })).toBe(1);
  });

  it('refuses bad terms, unknown users and organizations that are not active', async () => {
    const { province, other } = await makeChain();
    const user = await makeUser(ts.orm);
    const input = {
      userId: toGlobalId('User', user.user.id),
      organizationId: gid.org(province),
      role: Role.MEMBER,
    };
    const backwards = await ts.gql(
      GrantRole,
      { input: { ...input, validFrom: '2025-06-01T00:00:00Z', validTo: '2025-05-01T00:00:00Z' } },
      admin.token,
    );
    expect(codeOf(backwards)).toBe('BAD_USER_INPUT');
    const nobody = await ts.gql(
      GrantRole,
      { input: { ...input, userId: toGlobalId('User', '00000000-0000-4000-8000-000000000000') } },
      admin.token,
    );
    expect(codeOf(nobody)).toBe('NOT_FOUND');
    const em = ts.orm.em.fork();
    await em.nativeUpdate(Organization, other.id, { status: OrganizationStatus.DISSOLVED });
    const dissolved = await ts.gql(
      GrantRole,
      { input: { ...input, organizationId: gid.org(other) } },
      admin.token,
    );
    expect(codeOf(dissolved)).toBe('CONFLICT');
    expect(await em.count(RoleGrant, { user: user.user.id })).toBe(0);
  });

  it('lets an ADMIN role reach down the chain of command, never up or sideways', async () => {
    const { province, district, other } = await makeChain();
    const head = await makeUser(ts.orm);
    await grant(head, province, Role.ADMIN);

    expect(codeOf(await grantAs(head.token, district, Role.COORDINATOR))).toBeUndefined();
    const renamed = await ts.gql(
      Rename,
      { input: { organizationId: gid.org(district), name: 'Ban Dân vận Huyện ủy mới' } },
      head.token,
    );
    expect(ok(renamed).renameOrganization.organization.name).toBe('Ban Dân vận Huyện ủy mới');
    expect(codeOf(await grantAs(head.token, other))).toBe('FORBIDDEN');

    const deputy = await makeUser(ts.orm);
    await grant(deputy, district, Role.ADMIN);
    expect(codeOf(await grantAs(deputy.token, district))).toBeUndefined();
    expect(codeOf(await grantAs(deputy.token, province))).toBe('FORBIDDEN');
  });

  it('stops a grant once its term has ended or it is revoked', async () => {
    const { province } = await makeChain();
    const former = await makeUser(ts.orm);
    await grant(former, province, Role.ADMIN, {
      validFrom: new Date(Date.now() - 86_400_000),
      validTo: new Date(Date.now() - 1000),
    });
    expect(codeOf(await grantAs(former.token, province))).toBe('FORBIDDEN');

    const current = await makeUser(ts.orm);
    const granted = await grant(current, province, Role.ADMIN);
    expect(codeOf(await grantAs(current.token, province))).toBeUndefined();
    ok(await ts.gql(RevokeRole, { input: { grantId: granted.id } }, admin.token));
    expect(codeOf(await grantAs(current.token, province))).toBe('FORBIDDEN');
  });

  it('never confers a role stronger than the one held', async () => {
    const { province } = await makeChain();
    const coordinator = await makeUser(ts.orm);
    await grant(coordinator, province, Role.COORDINATOR);
    const target = await makeUser(ts.orm);
    const refused = await grantAs(
      coordinator.token,
      province,
      Role.ADMIN,
      toGlobalId('User', target.user.id),
    );
    expect(codeOf(refused)).toBe('FORBIDDEN');
    expect(await ts.orm.em.fork().count(RoleGrant, { user: target.user.id })).toBe(0);

    // The cap on its own, apart from the ADMIN requirement.
    const confer = organizationAccessPolicy.actions.confer;
    const held = new ViewerAccess(false, new Map([[province.id, Role.COORDINATOR]]));
    expect(confer(held, { id: province.id, role: Role.COORDINATOR })).toBe(true);
    expect(confer(held, { id: province.id, role: Role.MEMBER })).toBe(true);
    expect(confer(held, { id: province.id, role: Role.ADMIN })).toBe(false);
    expect(confer(new ViewerAccess(true, new Map()), { id: province.id, role: Role.ADMIN })).toBe(true);
  });
});

describe('reading grants', () => {
  it("shows an organization's grants to its ADMINs only, on any date, inherited on request", async () => {
    const { province, district } = await makeChain();
    const head = await makeUser(ts.orm);
    const headGrant = await grant(head, province, Role.ADMIN);
    const member = await makeUser(ts.orm);
    const past = await grant(member, district, Role.MEMBER, {
      validFrom: new Date('2024-01-01T00:00:00Z'),
      validTo: new Date('2025-01-01T00:00:00Z'),
    });
    const elsewhere = await makeChain();
    await grant(member, elsewhere.province, Role.VIEWER);

    const read = (token: string, variables: Record<string, unknown> = {}) =>
      ts.gql(OrganizationAccess, { id: gid.org(district), ...variables }, token);
    const current = ok(await read(head.token)).organization;
    expect(current.roleGrants).toEqual([]);
    const inherited = ok(await read(head.token, { inherited: true })).organization.roleGrants;
    expect(inherited.map((g) => g.id)).toEqual([headGrant.id]);
    const onDate = ok(await read(head.token, { activeOn: '2024-06-01T00:00:00Z' })).organization.roleGrants;
    expect(onDate.map((g) => g.id)).toEqual([past.id]);
    // The member's grants elsewhere stay hidden from this ADMIN.
    expect(onDate[0].user.roles.map((g) => g.id)).toEqual([past.id]);
    expect(ok(await read(head.token, { activeOn: '2025-06-01T00:00:00Z' })).organization.roleGrants).toEqual(
      [],
    );
    expect(
      ok(await read(head.token, { includeEnded: true })).organization.roleGrants.map((g) => g.id),
    ).toEqual([past.id]);

    const outsider = ok(await read(member.token, { includeEnded: true })).organization;
    expect(outsider).toEqual({ roleGrants: [], apiTokens: [] });

    // By global ID: a grant is seen by its own user and the organization's ADMINs, missing to others.
    const node = (id: string, token: string) =>
      ts.gql('query($id: ID!) { node(id: $id) { id } }', { id }, token);
    expect(ok(await node(past.id, member.token)).node).toEqual({ id: past.id });
    expect(ok(await node(past.id, head.token)).node).toEqual({ id: past.id });
    expect(codeOf(await node(past.id, (await makeUser(ts.orm)).token))).toBe('NOT_FOUND');
    expect(codeOf(await node(headGrant.id, member.token))).toBe('NOT_FOUND');
  });

  it('loads grants of many organizations in a constant number of statements', async () => {
    const { area, province } = await makeChain();
    const em = ts.orm.em.fork();
    for (let i = 0; i < 4; i++) await makeOrganization(em, { area, parent: province });
    const query = `query($id: ID!) { organization(id: $id) { children(first: 50) { edges { node {
      roleGrants(includeEnded: true) { id user { email } organization { id } grantedBy { id } } } } } } }`;
    const children = await em.find(Organization, { parent: province.id });
    for (const child of children) await grant(await makeUser(ts.orm), child, Role.MEMBER);
    ts.sql.reset();
    const result = await ts.gql(query, { id: gid.org(province) }, admin.token);
    expect(result.errors).toBeUndefined();
    expect(ts.sql.count).toBeLessThanOrEqual(10);
  });
});

describe('API tokens', () => {
  it('acts for its organization within its role, and stops at once when revoked', async () => {
    const { province, district, other } = await makeChain();
    const head = await makeUser(ts.orm);
    await grant(head, province, Role.ADMIN);
    const created = ok(
      await ts.gql(
        CreateApiToken,
        { input: { organizationId: gid.org(province), role: Role.ADMIN, name: ' Cổng tích hợp ' } },
        head.token,
      ),
    ).createApiToken;
    expect(created.secret).toMatch(/^pht_/);
    expect(created.apiToken).toMatchObject({
      name: 'Cổng tích hợp',
      role: 'ADMIN',
      revokedAt: null,
      isActive: true,
      organization: { id: gid.org(province) },
      createdBy: { id: toGlobalId('User', head.user.id) },
    });
    const stored = await ts.orm.em.fork().findOneOrFail(ApiToken, { tokenHash: hashSecret(created.secret) });
    expect(stored.tokenHash).not.toContain(created.secret);

    const secret = created.secret;
    const renamed = await ts.gql(
      Rename,
      { input: { organizationId: gid.org(district), name: 'Đổi tên bằng token' } },
      secret,
    );
    expect(ok(renamed).renameOrganization.organization.name).toBe('Đổi tên bằng token');
    expect(
      codeOf(await ts.gql(Rename, { input: { organizationId: gid.org(other), name: 'Không được' } }, secret)),
    ).toBe('FORBIDDEN');
    const audit = ok(await ts.gql(AuditOf, { filter: { recordId: gid.org(district) } }, secret)).auditRecords;
    expect(audit.edges[0].node).toEqual({
      operation: 'renameOrganization',
      actorApiToken: { id: created.apiToken.id },
    });

    const listed = ok(await ts.gql(OrganizationAccess, { id: gid.org(province) }, head.token)).organization
      .apiTokens;
    expect(listed.map((t) => t.id)).toEqual([created.apiToken.id]);

    const revoked = ok(
      await ts.gql(RevokeApiToken, { input: { apiTokenId: created.apiToken.id } }, head.token),
    );
    expect(revoked.revokeApiToken.apiToken.isActive).toBe(false);
    expect(
      codeOf(
        await ts.gql(
          Rename,
          { input: { organizationId: gid.org(district), name: 'Sau khi thu hồi' } },
          secret,
        ),
      ),
    ).toBe('UNAUTHENTICATED');
    expect(
      codeOf(await ts.gql(RevokeApiToken, { input: { apiTokenId: created.apiToken.id } }, head.token)),
    ).toBe('CONFLICT');
  });

  it('keeps a VIEWER token to reading, and refuses expired tokens', async () => {
    const { province } = await makeChain();
    const created = ok(
      await ts.gql(
        CreateApiToken,
        { input: { organizationId: gid.org(province), role: Role.VIEWER, name: 'Báo cáo' } },
        admin.token,
      ),
    ).createApiToken;
    const rename = { input: { organizationId: gid.org(province), name: 'Không được đổi' } };
    expect(codeOf(await ts.gql(Rename, rename, created.secret))).toBe('FORBIDDEN');
    expect(codeOf(await ts.gql(AuditOf, {}, created.secret))).toBe('FORBIDDEN');
    expect(ok(await ts.gql('{ organizations(first: 1) { totalCount } }', {}, created.secret))).toBeTruthy();

    await ts.orm.em
      .fork()
      .nativeUpdate(
        ApiToken,
        { tokenHash: hashSecret(created.secret) },
        { expiresAt: new Date(Date.now() - 1000) },
      );
    expect(codeOf(await ts.gql('{ organizations(first: 1) { totalCount } }', {}, created.secret))).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('cannot manage users, roles or tokens, even with ADMIN', async () => {
    const { province } = await makeChain();
    const { secret, apiToken } = ok(
      await ts.gql(
        CreateApiToken,
        { input: { organizationId: gid.org(province), role: Role.ADMIN, name: 'Quản trị' } },
        admin.token,
      ),
    ).createApiToken;
    expect(codeOf(await grantAs(secret, province))).toBe('FORBIDDEN');
    const another = { input: { organizationId: gid.org(province), role: Role.VIEWER, name: 'Thêm' } };
    expect(codeOf(await ts.gql(CreateApiToken, another, secret))).toBe('FORBIDDEN');
    expect(codeOf(await ts.gql(RevokeApiToken, { input: { apiTokenId: apiToken.id } }, secret))).toBe(
      'FORBIDDEN',
    );
    const person = await makeUser(ts.orm);
    const invite = {
      email: `${unique('t-')}@test.phoihop.vn`,
      personId: gid.person(person.person),
      organizationId: gid.org(province),
      role: Role.VIEWER,
    };
    expect(codeOf(await ts.gql(InviteUser, { input: invite }, secret))).toBe('FORBIDDEN');
    expect(codeOf(await ts.gql(MyRoles, {}, secret))).toBe('FORBIDDEN');
    expect(ok(await ts.gql(OrganizationAccess, { id: gid.org(province) }, secret)).organization).toEqual({
      roleGrants: [],
      apiTokens: [],
    });
    expect(await ts.orm.em.fork().count(ApiToken, { organization: province.id })).toBe(1);
  });

  it('refuses a role stronger than the creator holds and a past expiry', async () => {
    const { province } = await makeChain();
    const coordinator = await makeUser(ts.orm);
    await grant(coordinator, province, Role.COORDINATOR);
    const input = { organizationId: gid.org(province), role: Role.ADMIN, name: 'Mạnh hơn' };
    expect(codeOf(await ts.gql(CreateApiToken, { input }, coordinator.token))).toBe('FORBIDDEN');
    const past = { ...input, role: Role.VIEWER, expiresAt: new Date(Date.now() - 1000).toISOString() };
    expect(codeOf(await ts.gql(CreateApiToken, { input: past }, admin.token))).toBe('BAD_USER_INPUT');
  });
});

/** A person without an account. */
async function makePerson() {
  const em = ts.orm.em.fork();
  const fullName = `Trần Văn ${unique()}`;
  const person = em.create(Person, { fullName, searchKey: foldForSearch(fullName) });
  await em.flush();
  return person;
}

describe('invitations', () => {
  it('invites, accepts once, then signs in with the chosen password', async () => {
    const { province, district } = await makeChain();
    const head = await makeUser(ts.orm);
    await grant(head, province, Role.ADMIN);
    const person = await makePerson();
    const email = `${unique('moi-')}@test.phoihop.vn`;
    const input = {
      email: ` ${email.toUpperCase()} `,
      personId: gid.person(person),
      organizationId: gid.org(district),
      role: Role.MEMBER,
    };
    const invited = ok(await ts.gql(InviteUser, { input }, head.token)).inviteUser;
    expect(invited.user.email).toBe(email);
    const em = ts.orm.em.fork();
    const user = await em.findOneOrFail(User, { email });
    expect(user.disabled).toBe(true);
    const invitation = await em.findOneOrFail(Invitation, { user: user.id });
    expect(invitation.tokenHash).toBe(hashSecret(invited.invitationToken));

    const password = 'mật khẩu mới 2025';
    expect(codeOf(await ts.gql(SignIn, { input: { email, password } }))).toBe('UNAUTHENTICATED');
    const short = await ts.gql(AcceptInvitation, {
      input: { invitationToken: invited.invitationToken, password: 'ngắn' },
    });
    expect(codeOf(short)).toBe('BAD_USER_INPUT');
    const accepted = ok(
      await ts.gql(AcceptInvitation, { input: { invitationToken: invited.invitationToken, password } }),
    );
    const roles = ok(await ts.gql(MyRoles, {}, accepted.acceptInvitation.accessToken)).viewer.roles;
    expect(roles).toEqual([
      expect.objectContaining({ role: 'MEMBER', organization: { id: gid.org(district) } }),
    ]);
    expect(
      codeOf(
        await ts.gql(AcceptInvitation, { input: { invitationToken: invited.invitationToken, password } }),
      ),
    ).toBe('UNAUTHENTICATED');
    expect(ok(await ts.gql(SignIn, { input: { email, password } })).signIn.accessToken).toBeTruthy();

    expect(
      codeOf(
        await ts.gql(
          InviteUser,
          { input: { ...input, personId: gid.person(await makePerson()) } },
          head.token,
        ),
      ),
    ).toBe('CONFLICT');
    const again = { ...input, email: `${unique('khac-')}@test.phoihop.vn` };
    expect(codeOf(await ts.gql(InviteUser, { input: again }, head.token))).toBe('CONFLICT');
  });

  it('refuses unknown and expired invitations, and inviters without ADMIN', async () => {
    const { province } = await makeChain();
    const invite = async () =>
      ok(
        await ts.gql(
          InviteUser,
          {
            input: {
              email: `${unique('het-')}@test.phoihop.vn`,
              personId: gid.person(await makePerson()),
              organizationId: gid.org(province),
              role: Role.VIEWER,
            },
          },
          admin.token,
        ),
      ).inviteUser;
    const invited = await invite();
    await ts.orm.em
      .fork()
      .nativeUpdate(
        Invitation,
        { tokenHash: hashSecret(invited.invitationToken) },
        { expiresAt: new Date(Date.now() - 1000) },
      );
    const password = 'đủ mười ký tự rồi';
    expect(
      codeOf(
        await ts.gql(AcceptInvitation, { input: { invitationToken: invited.invitationToken, password } }),
      ),
    ).toBe('UNAUTHENTICATED');
    expect(
      codeOf(await ts.gql(AcceptInvitation, { input: { invitationToken: 'inv_khong-co', password } })),
    ).toBe('UNAUTHENTICATED');

    const member = await makeUser(ts.orm);
    await grant(member, province, Role.MEMBER);
    const input = {
      email: `${unique('x-')}@test.phoihop.vn`,
      personId: gid.person(await makePerson()),
      organizationId: gid.org(province),
      role: Role.VIEWER,
    };
    expect(codeOf(await ts.gql(InviteUser, { input }, member.token))).toBe('FORBIDDEN');
    expect(await ts.orm.em.fork().count(User, { email: input.email })).toBe(0);
  });
});

describe('changePassword', () => {
  it('needs the current password and signs out the other sessions only', async () => {
    const em = ts.orm.em.fork();
    const person = await makePerson();
    const oldPassword = 'mật khẩu cũ 2024';
    const user = em.create(User, {
      email: `${unique('doi-')}@test.phoihop.vn`,
      passwordHash: await hashPassword(oldPassword),
      person: em.getReference(Person, person.id),
    });
    await em.flush();
    const signIn = async (password: string) => ts.gql(SignIn, { input: { email: user.email, password } });
    const laptop = ok(await signIn(oldPassword)).signIn;
    const phone = ok(await signIn(oldPassword)).signIn;

    const newPassword = 'mật khẩu mới 2025';
    const wrong = await ts.gql(
      ChangePassword,
      { input: { currentPassword: 'sai rồi đấy bạn', newPassword } },
      laptop.accessToken,
    );
    expect(codeOf(wrong)).toBe('UNAUTHENTICATED');
    const short = await ts.gql(
      ChangePassword,
      { input: { currentPassword: oldPassword, newPassword: 'ngắn' } },
      laptop.accessToken,
    );
    expect(codeOf(short)).toBe('BAD_USER_INPUT');
    const changed = await ts.gql(
      ChangePassword,
      { input: { currentPassword: oldPassword, newPassword } },
      laptop.accessToken,
    );
    expect(ok(changed).changePassword.changed).toBe(true);

    expect(codeOf(await ts.gql(MyRoles, {}, phone.accessToken))).toBe('UNAUTHENTICATED');
    expect(codeOf(await ts.gql(Refresh, { input: { refreshToken: phone.refreshToken } }))).toBe(
      'UNAUTHENTICATED',
    );
    expect(codeOf(await ts.gql(MyRoles, {}, laptop.accessToken))).toBeUndefined();
    expect(codeOf(await ts.gql(Refresh, { input: { refreshToken: laptop.refreshToken } }))).toBeUndefined();
    expect(codeOf(await signIn(oldPassword))).toBe('UNAUTHENTICATED');
    expect(codeOf(await signIn(newPassword))).toBeUndefined();
  });
});
