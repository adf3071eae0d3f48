/** API tokens: acting for an organization within a role. */
import { describe, expect, it } from 'vitest';
import { gid, makeUser, unique } from '../helpers/factories.js';
import { codeOf, ok } from '../helpers/results.js';
import { Role } from '../../server/core/access.js';
import { hashSecret } from '../../server/core/auth/tokens.js';
import { toGlobalId } from '../../server/core/ids.js';
import { ApiToken } from '../../server/modules/access/api-token.entity.js';
import {
  admin,
  AuditOf,
  CreateApiToken,
  grant,
  grantAs,
  InviteUser,
  makeChain,
  MyRoles,
  OrganizationAccess,
  Rename,
  RevokeApiToken,
  ts,
  useAccessServer,
} from '../helpers/access.js';

useAccessServer();

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
