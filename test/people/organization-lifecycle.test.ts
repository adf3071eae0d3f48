/**
 * Organization lifecycle: positions move to the successor on a merger; a dissolution ends running
 * positions.
 */
import { describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { gid, makeArea, makeOrganization, unique } from '../helpers/factories.js';
import { Organization, OrganizationKind } from '../../server/modules/organizations/organization.entity.js';
import { codeOf, ok } from '../helpers/results.js';
import {
  AppointPosition,
  HeadOn,
  OrganizationPeople,
  PersonDetail,
  admin,
  appoint,
  createPerson,
  positionGid,
  positionsInDb,
  ts,
  usePeopleServer,
} from '../helpers/people.js';

usePeopleServer();

const MergeOrganizations = graphql(`
  mutation PeopleMergeOrganizations($input: MergeOrganizationsInput!) {
    mergeOrganizations(input: $input) { successor { id } merged { id status endedOn } }
  }
`);

const DissolveOrganization = graphql(`
  mutation PeopleDissolveOrganization($input: DissolveOrganizationInput!) {
    dissolveOrganization(input: $input) { organization { id status endedOn } }
  }
`);

describe('organization lifecycle', () => {
  it('moves current positions to the successor on a merger and keeps who headed what', async () => {
    const em = ts.orm.em.fork();
    const area = await makeArea(em);
    const merged = await makeOrganization(em, {
      area,
      name: 'Huyện ủy Hữu Lũng',
      kind: OrganizationKind.PARTY_COMMITTEE,
    });
    const successor = await makeOrganization(em, {
      area,
      name: 'Đảng ủy xã Hữu Lũng',
      kind: OrganizationKind.PARTY_COMMITTEE,
    });
    const oldHead = await createPerson(`Bí thư huyện ${unique()}`);
    const deputy = await createPerson(`Phó Bí thư huyện ${unique()}`);
    const retired = await createPerson(`Nguyên Bí thư ${unique()}`);
    const incoming = await createPerson(`Bí thư dự kiến ${unique()}`);
    const newHead = await createPerson(`Bí thư xã ${unique()}`);
    const retiredTerm = await appoint({
      personId: retired.id,
      organizationId: gid.org(merged),
      title: 'Bí thư',
      isHead: true,
      startsOn: '2010-01-01',
      endsOn: '2017-12-31',
    });
    const headTerm = await appoint({
      personId: oldHead.id,
      organizationId: gid.org(merged),
      title: 'Bí thư',
      isHead: true,
      startsOn: '2018-01-01',
    });
    const deputyTerm = await appoint({
      personId: deputy.id,
      organizationId: gid.org(merged),
      title: 'Phó Bí thư',
      startsOn: '2020-01-01',
      endsOn: '2026-12-31',
    });
    // Appointed head before the merger was decided, to start after it: it moves, as a member.
    const futureTerm = await appoint({
      personId: incoming.id,
      organizationId: gid.org(merged),
      title: 'Bí thư',
      isHead: true,
      startsOn: '2025-08-01',
    });
    await appoint({
      personId: newHead.id,
      organizationId: gid.org(successor),
      title: 'Bí thư',
      isHead: true,
      startsOn: '2025-07-01',
    });

    const result = await ts.gql(
      MergeOrganizations,
      { input: { mergedIds: [gid.org(merged)], successorId: gid.org(successor), effectiveOn: '2025-07-01' } },
      admin.token,
    );
    expect(ok(result).mergeOrganizations.merged).toEqual([
      { id: gid.org(merged), status: 'MERGED', endedOn: '2025-07-01' },
    ]);

    // The old terms end the day before the merger; the finished one is untouched.
    const oldSide = ok(await ts.gql(OrganizationPeople, { id: gid.org(merged) }, admin.token)).organization;
    const byId = new Map(oldSide.positions.map((p) => [p.id, p]));
    expect(byId.get(retiredTerm.id)).toMatchObject({ endsOn: '2017-12-31', isHead: true });
    expect(byId.get(headTerm.id)).toMatchObject({
      startsOn: '2018-01-01',
      endsOn: '2025-06-30',
      isHead: true,
    });
    expect(byId.get(deputyTerm.id)).toMatchObject({ startsOn: '2020-01-01', endsOn: '2025-06-30' });
    expect(byId.has(futureTerm.id)).toBe(false);
    expect(oldSide.positions).toHaveLength(3);

    // New terms at the successor start on the merger date and continue the old ones.
    const newSide = ok(
      await ts.gql(OrganizationPeople, { id: gid.org(successor) }, admin.token),
    ).organization;
    const continuing = (personId: string) => newSide.positions.filter((p) => p.person.id === personId);
    expect(continuing(oldHead.id)).toEqual([
      expect.objectContaining({
        title: 'Bí thư',
        isHead: false,
        startsOn: '2025-07-01',
        endsOn: null,
        continues: { id: headTerm.id, organization: { id: gid.org(merged) } },
      }),
    ]);
    expect(continuing(deputy.id)).toEqual([
      expect.objectContaining({
        title: 'Phó Bí thư',
        startsOn: '2025-07-01',
        endsOn: '2026-12-31',
        continues: { id: deputyTerm.id, organization: { id: gid.org(merged) } },
      }),
    ]);
    expect(continuing(incoming.id)).toEqual([
      expect.objectContaining({ id: futureTerm.id, startsOn: '2025-08-01', isHead: false, continues: null }),
    ]);
    expect(continuing(retired.id)).toEqual([]);
    expect(newSide.positions).toHaveLength(4);

    // The person's own history shows both terms.
    const history = ok(await ts.gql(PersonDetail, { id: oldHead.id }, admin.token)).person.positions;
    expect(history.map((p) => [p.organization.id, p.startsOn, p.endsOn])).toEqual([
      [gid.org(successor), '2025-07-01', null],
      [gid.org(merged), '2018-01-01', '2025-06-30'],
    ]);

    // Who headed what stays true for the past; the successor keeps its own head.
    const headOf = async (org: Organization, on: string) =>
      ok(await ts.gql(HeadOn, { id: gid.org(org), on }, admin.token)).organization.head?.id ?? null;
    expect(await headOf(merged, '2024-01-01')).toBe(oldHead.id);
    expect(await headOf(merged, '2015-06-01')).toBe(retired.id);
    expect(await headOf(merged, '2025-06-30')).toBe(oldHead.id);
    expect(await headOf(merged, '2025-07-01')).toBeNull();
    expect(await headOf(successor, '2025-07-15')).toBe(newHead.id);
    expect(await headOf(successor, '2025-09-01')).toBe(newHead.id);
  });

  it('ends running positions when an organization is dissolved', async () => {
    const em = ts.orm.em.fork();
    const area = await makeArea(em);
    const org = await makeOrganization(em, { area, kind: OrganizationKind.GRASSROOTS_BODY });
    const head = await createPerson(`Trưởng ban ${unique()}`);
    const member = await createPerson(`Thành viên ${unique()}`);
    const former = await createPerson(`Thành viên cũ ${unique()}`);
    const headTerm = await appoint({
      personId: head.id,
      organizationId: gid.org(org),
      title: 'Trưởng ban',
      isHead: true,
      startsOn: '2021-01-01',
    });
    const plannedTerm = await appoint({
      personId: member.id,
      organizationId: gid.org(org),
      startsOn: '2022-01-01',
      endsOn: '2027-12-31',
    });
    const pastTerm = await appoint({
      personId: former.id,
      organizationId: gid.org(org),
      startsOn: '2015-01-01',
      endsOn: '2019-12-31',
    });

    const result = await ts.gql(
      DissolveOrganization,
      { input: { organizationId: gid.org(org), effectiveOn: '2025-03-31' } },
      admin.token,
    );
    expect(ok(result).dissolveOrganization.organization).toMatchObject({
      status: 'DISSOLVED',
      endedOn: '2025-03-31',
    });

    const stored = new Map((await positionsInDb(org.id)).map((p) => [positionGid(p), p]));
    expect(stored.get(headTerm.id)?.endsOn).toBe('2025-03-31');
    expect(stored.get(plannedTerm.id)?.endsOn).toBe('2025-03-31');
    expect(stored.get(pastTerm.id)?.endsOn).toBe('2019-12-31');

    const current = ok(await ts.gql(OrganizationPeople, { id: gid.org(org), current: true }, admin.token));
    expect(current.organization.positions).toEqual([]);
    const headOn = async (on: string) =>
      ok(await ts.gql(HeadOn, { id: gid.org(org), on }, admin.token)).organization.head?.id ?? null;
    expect(await headOn('2024-01-01')).toBe(head.id);
    expect(await headOn('2025-04-01')).toBeNull();
    // No new appointment into it.
    const late = await ts.gql(
      AppointPosition,
      {
        input: {
          personId: member.id,
          organizationId: gid.org(org),
          title: 'Ủy viên',
          startsOn: '2025-05-01',
        },
      },
      admin.token,
    );
    expect(codeOf(late)).toBe('CONFLICT');
  });
});
