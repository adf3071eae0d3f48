/** Granting, revoking and reading roles on organizations. */
import { describe, expect, it } from 'vitest';
import { gid, makeOrganization, makeUser } from '../helpers/factories.js';
import { codeOf, ok } from '../helpers/results.js';
import { Role, ViewerAccess } from '../../server/core/access.js';
import { toGlobalId } from '../../server/core/ids.js';
import { organizationAccessPolicy } from '../../server/modules/access/access.policy.js';
import { RoleGrant } from '../../server/modules/access/role-grant.entity.js';
import { OrganizationStatus, Organization } from '../../server/modules/organizations/organization.entity.js';
import {
  admin,
  grant,
  grantAs,
  GrantRole,
  makeChain,
  MyRoles,
  OrganizationAccess,
  Rename,
  RevokeRole,
  ts,
  useAccessServer,
} from '../helpers/access.js';

useAccessServer();

/** The `node` query for a global ID. */
const node = (id: string, token: string) => ts.gql('query($id: ID!) { node(id: $id) { id } }', { id }, token);

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
