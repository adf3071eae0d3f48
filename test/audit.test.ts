import { describe, expect, it } from 'vitest';
import { graphql } from './generated/index.js';
import { gid, makeArea, makeOrganization, makeUser, unique, type TestUser } from './helpers/factories.js';
import { useTestServer } from './helpers/server.js';
import { ok } from './helpers/results.js';
import { Role } from '../server/core/access.js';
import type { AuditChange } from '../server/core/audit.js';
import { toGlobalId } from '../server/core/ids.js';
import { AuditRecord } from '../server/modules/audit/audit-record.entity.js';

const Rename = graphql(`
  mutation AuditRename($input: RenameOrganizationInput!) {
    renameOrganization(input: $input) { organization { id name } }
  }
`);

const GrantRole = graphql(`
  mutation AuditGrantRole($input: GrantRoleInput!) {
    grantRole(input: $input) { grant { id } }
  }
`);

const AuditRecords = graphql(`
  query AuditRecords($filter: AuditRecordFilter, $first: Int, $after: String) {
    auditRecords(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges {
        node {
          id occurredAt operation requestId changes recordIds organizationIds
          actorUser { id } actorApiToken { id }
        }
      }
    }
  }
`);

const ts = useTestServer({
  setUp: async () => {
    admin = await makeUser(ts.orm, { isSystemAdmin: true });
  },
});
let admin: TestUser;

/** A fresh organization of the test's own. */
async function makeOrg() {
  const em = ts.orm.em.fork();
  return makeOrganization(em, { area: await makeArea(em), name: `Ban Dân vận ${unique()}` });
}

const rename = (organization: { id: string }, name: string, token = admin.token) =>
  ts.gql(Rename, { input: { organizationId: gid.org(organization), name } }, token);

const grant = (user: TestUser, organization: { id: string }, role: Role, token = admin.token) =>
  ts.gql(
    GrantRole,
    { input: { userId: toGlobalId('User', user.user.id), organizationId: gid.org(organization), role } },
    token,
  );

type Filter = { organizationId?: string; userId?: string; recordId?: string; from?: string; to?: string };

/** The audit records a viewer sees (first page of 100). */
async function audit(filter: Filter, token = admin.token) {
  return ok(await ts.gql(AuditRecords, { filter, first: 100 }, token)).auditRecords;
}

/** The new name an audit record's first change gave. */
const newName = (node: { changes: unknown }) => (node.changes as AuditChange[])[0].after?.name;

/** Audit rows concerning an organization, read straight from the database. */
const storedFor = (organizationId: string) =>
  ts.orm.em.fork().count(AuditRecord, { organizationIds: { $contains: [organizationId] } });

describe('audit records of mutations', () => {
  it('records who renamed what, with the values before and after', async () => {
    const org = await makeOrg();
    const oldName = org.name;
    ok(await rename(org, 'Ban Dân vận Tỉnh ủy Lạng Sơn'));
    const { edges, totalCount } = await audit({ recordId: gid.org(org) });
    expect(totalCount).toBe(1);
    const record = edges[0].node;
    expect(record).toMatchObject({
      operation: 'renameOrganization',
      actorUser: { id: toGlobalId('User', admin.user.id) },
      actorApiToken: null,
      recordIds: [gid.org(org)],
      organizationIds: [gid.org(org)],
    });
    expect(record.requestId).toEqual(expect.any(String));
    expect(record.changes).toEqual([
      expect.objectContaining({
        entity: 'Organization',
        id: org.id,
        kind: 'update',
        before: expect.objectContaining({ name: oldName }),
        after: expect.objectContaining({ name: 'Ban Dân vận Tỉnh ủy Lạng Sơn' }),
      }),
    ]);
  });

  it('records a role grant under the organization it concerns', async () => {
    const org = await makeOrg();
    const user = await makeUser(ts.orm);
    const grantId = ok(await grant(user, org, Role.COORDINATOR)).grantRole.grant.id;
    const [record] = (await audit({ organizationId: gid.org(org) })).edges.map((e) => e.node);
    expect(record).toMatchObject({
      operation: 'grantRole',
      recordIds: [grantId],
      organizationIds: [gid.org(org)],
    });
    expect(record.changes).toEqual([
      expect.objectContaining({
        entity: 'RoleGrant',
        kind: 'create',
        before: null,
        after: expect.objectContaining({ role: 'COORDINATOR', user: user.user.id, organization: org.id }),
      }),
    ]);
  });

  it('files a revocation under the organization of the revoked grant', async () => {
    const org = await makeOrg();
    const user = await makeUser(ts.orm);
    const grantId = ok(await grant(user, org, Role.VIEWER)).grantRole.grant.id;
    const revoked = await ts.gql(
      'mutation($i: RevokeRoleInput!) { revokeRole(input: $i) { grant { id } } }',
      { i: { grantId } },
      admin.token,
    );
    expect(revoked.errors).toBeUndefined();
    const [latest] = (await audit({ organizationId: gid.org(org) })).edges.map((e) => e.node);
    expect(latest).toMatchObject({ operation: 'revokeRole', organizationIds: [gid.org(org)] });
  });

  it('writes nothing for a failed mutation', async () => {
    const org = await makeOrg();
    const outsider = await makeUser(ts.orm);
    expect((await rename(org, '   ')).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await rename(org, 'Không có quyền', outsider.token)).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
    expect((await grant(outsider, org, Role.ADMIN, outsider.token)).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
    expect(await storedFor(org.id)).toBe(0);
  });
});

describe('auditRecords', () => {
  it('filters by organization, user, record and time range, newest first with cursors', async () => {
    const [a, b] = [await makeOrg(), await makeOrg()];
    const actor = await makeUser(ts.orm);
    ok(await grant(actor, a, Role.ADMIN));
    const start = new Date();
    ok(await rename(a, 'Tên thứ nhất', actor.token));
    ok(await rename(b, 'Tên của B'));
    const middle = new Date();
    // The next record must be stamped after `middle`: wait for the clock to move on, not a fixed time.
    await expect.poll(() => Date.now()).toBeGreaterThan(middle.getTime());
    ok(await rename(a, 'Tên thứ hai', actor.token));

    const ofA = await audit({ organizationId: gid.org(a) });
    expect(ofA.edges.map((e) => e.node.operation)).toEqual([
      'renameOrganization',
      'renameOrganization',
      'grantRole',
    ]);
    expect(newName(ofA.edges[0].node)).toBe('Tên thứ hai');

    const byActor = await audit({ userId: toGlobalId('User', actor.user.id) });
    expect(byActor.totalCount).toBe(2);
    expect(byActor.edges.every((e) => e.node.actorUser?.id === toGlobalId('User', actor.user.id))).toBe(true);

    const ofB = await audit({ recordId: gid.org(b) });
    expect(ofB.edges.map((e) => newName(e.node))).toEqual(['Tên của B']);

    const range = { organizationId: gid.org(a), from: start.toISOString(), to: middle.toISOString() };
    expect((await audit(range)).edges.map((e) => newName(e.node))).toEqual(['Tên thứ nhất']);
    const since = await audit({ organizationId: gid.org(a), from: middle.toISOString() });
    expect(since.edges.map((e) => newName(e.node))).toEqual(['Tên thứ hai']);

    const page1 = ok(
      await ts.gql(AuditRecords, { filter: { organizationId: gid.org(a) }, first: 2 }, admin.token),
    );
    expect(page1.auditRecords.pageInfo.hasNextPage).toBe(true);
    const page2 = ok(
      await ts.gql(
        AuditRecords,
        { filter: { organizationId: gid.org(a) }, first: 2, after: page1.auditRecords.pageInfo.endCursor },
        admin.token,
      ),
    );
    expect(page2.auditRecords.edges.map((e) => e.node.operation)).toEqual(['grantRole']);
    expect(page2.auditRecords.pageInfo.hasNextPage).toBe(false);
  });

  it("shows an organization's ADMIN only the records of its organizations", async () => {
    const [mine, theirs] = [await makeOrg(), await makeOrg()];
    const head = await makeUser(ts.orm);
    ok(await grant(head, mine, Role.ADMIN));
    ok(await rename(mine, 'Của tôi'));
    ok(await rename(theirs, 'Của người khác'));

    const seen = await audit({}, head.token);
    expect(seen.totalCount).toBe(2);
    expect(seen.edges.every((e) => e.node.organizationIds.includes(gid.org(mine)))).toBe(true);
    expect(await audit({ organizationId: gid.org(theirs) }, head.token)).toMatchObject({
      totalCount: 0,
      edges: [],
    });
    expect((await audit({ recordId: gid.org(theirs) })).totalCount).toBe(1);

    const recordId = (await audit({ recordId: gid.org(theirs) })).edges[0].node.id;
    const node = await ts.gql('query($id: ID!) { node(id: $id) { id } }', { id: recordId }, head.token);
    expect(node.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('refuses users who are ADMIN nowhere', async () => {
    const org = await makeOrg();
    const member = await makeUser(ts.orm);
    ok(await grant(member, org, Role.COORDINATOR));
    for (const user of [member, await makeUser(ts.orm)]) {
      const result = await ts.gql(AuditRecords, {}, user.token);
      expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(result.data ?? null).toBeNull();
    }
  });
});

describe('append-only audit log', () => {
  it("refuses UPDATE, DELETE and TRUNCATE through the application's connection", async () => {
    const org = await makeOrg();
    ok(await rename(org, 'Không thể xóa dấu vết'));
    const em = ts.orm.em.fork();
    const before = await em.findOneOrFail(AuditRecord, { recordIds: { $contains: [org.id] } });
    const connection = ts.orm.em.fork().getConnection();
    await expect(
      connection.execute(`update audit_record set operation = 'forged' where id = ?`, [before.id]),
    ).rejects.toThrow(/append-only/);
    await expect(connection.execute('delete from audit_record where id = ?', [before.id])).rejects.toThrow(
      /append-only/,
    );
    await expect(connection.execute('truncate audit_record')).rejects.toThrow(/append-only/);
    const after = await ts.orm.em.fork().findOneOrFail(AuditRecord, before.id);
    expect(after).toEqual(before);
  });
});
