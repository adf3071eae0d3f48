/**
 * Positions (kiêm nhiệm): one person in several organizations at once, and who headed an organization
 * on a date.
 */
import { describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { gid, makeArea, makeOrganization, unique } from '../helpers/factories.js';
import { OrganizationKind } from '../../server/modules/organizations/organization.entity.js';
import { ok } from '../helpers/results.js';
import {
  EndPosition,
  HeadOn,
  OrganizationPeople,
  PersonDetail,
  admin,
  appoint,
  createPerson,
  ts,
  usePeopleServer,
} from '../helpers/people.js';

usePeopleServer();

const HeadsOn = graphql(`
  query PeopleHeadsOn($id: ID!, $d1: LocalDate!, $d2: LocalDate!, $d3: LocalDate!) {
    organization(id: $id) {
      first: head(on: $d1) { id fullName }
      second: head(on: $d2) { id fullName }
      third: head(on: $d3) { id fullName }
    }
  }
`);

describe('positions (kiêm nhiệm)', () => {
  it('lets one person hold positions in three organizations at once, and filters the current ones', async () => {
    const em = ts.orm.em.fork();
    const area = await makeArea(em, { name: `Tỉnh Lạng Sơn ${unique()}` });
    const standing = await makeOrganization(em, {
      area,
      name: 'Ban Thường vụ Tỉnh ủy',
      kind: OrganizationKind.PARTY_STANDING_COMMITTEE,
    });
    const commission = await makeOrganization(em, { area, name: 'Ban Dân vận Tỉnh ủy' });
    const front = await makeOrganization(em, {
      area,
      name: 'Ủy ban MTTQ tỉnh',
      kind: OrganizationKind.FATHERLAND_FRONT,
    });
    const person = await createPerson(`Hoàng Văn Nghiệm ${unique()}`);
    const member = await appoint({
      personId: person.id,
      organizationId: gid.org(standing),
      title: 'Ủy viên Ban Thường vụ',
      startsOn: '2020-10-01',
    });
    const head = await appoint({
      personId: person.id,
      organizationId: gid.org(commission),
      title: 'Trưởng ban',
      isHead: true,
      startsOn: '2021-01-15',
    });
    const chair = await appoint({
      personId: person.id,
      organizationId: gid.org(front),
      title: 'Chủ tịch',
      startsOn: '2022-03-01',
    });
    expect(head).toMatchObject({ isHead: true, isCurrent: true, endsOn: null, person: { id: person.id } });
    expect(member.isHead).toBe(false);

    const all = ok(await ts.gql(PersonDetail, { id: person.id }, admin.token)).person.positions;
    // Most recent start first.
    expect(all.map((p) => [p.id, p.title, p.organization.id])).toEqual([
      [chair.id, 'Chủ tịch', gid.org(front)],
      [head.id, 'Trưởng ban', gid.org(commission)],
      [member.id, 'Ủy viên Ban Thường vụ', gid.org(standing)],
    ]);
    expect(all.filter((p) => p.isHead).map((p) => p.id)).toEqual([head.id]);

    const ended = ok(
      await ts.gql(EndPosition, { input: { positionId: member.id, endsOn: '2023-12-31' } }, admin.token),
    );
    expect(ended.endPosition.position).toMatchObject({ endsOn: '2023-12-31', isCurrent: false });

    const current = ok(await ts.gql(PersonDetail, { id: person.id, current: true }, admin.token));
    expect(current.person.positions.map((p) => p.id)).toEqual([chair.id, head.id]);
    const past = ok(await ts.gql(PersonDetail, { id: person.id, current: false }, admin.token));
    expect(past.person.positions.map((p) => p.id)).toEqual([member.id]);

    // The organization side agrees: the commission is headed by that person today.
    const commissionHead = ok(await ts.gql(HeadOn, { id: gid.org(commission) }, admin.token));
    expect(commissionHead.organization.head?.id).toBe(person.id);
    const standingNow = ok(
      await ts.gql(OrganizationPeople, { id: gid.org(standing), current: true }, admin.token),
    );
    expect(standingNow.organization.positions).toEqual([]);
  });
});

describe('Organization.head(on:)', () => {
  it('answers who headed the organization on a given date', async () => {
    const em = ts.orm.em.fork();
    const area = await makeArea(em);
    const org = await makeOrganization(em, { area, kind: OrganizationKind.PARTY_COMMITTEE });
    const a = await createPerson(`Lý Văn An ${unique()}`);
    const b = await createPerson(`Đinh Thị Bình ${unique()}`);
    const member = await createPerson(`Vi Văn Cường ${unique()}`);
    await appoint({
      personId: a.id,
      organizationId: gid.org(org),
      title: 'Bí thư',
      isHead: true,
      startsOn: '2016-01-01',
      endsOn: '2020-12-31',
    });
    await appoint({
      personId: b.id,
      organizationId: gid.org(org),
      title: 'Bí thư',
      isHead: true,
      startsOn: '2021-01-01',
    });
    // A non-head member running over the whole period must never be answered.
    await appoint({
      personId: member.id,
      organizationId: gid.org(org),
      title: 'Phó Bí thư',
      startsOn: '2010-01-01',
    });

    const headOn = async (on: string) =>
      ok(await ts.gql(HeadOn, { id: gid.org(org), on }, admin.token)).organization.head?.id ?? null;
    expect(await headOn('2019-06-01')).toBe(a.id);
    expect(await headOn('2022-01-01')).toBe(b.id);
    expect(await headOn('2015-01-01')).toBeNull();
    // Both ends of a term are included.
    expect(await headOn('2016-01-01')).toBe(a.id);
    expect(await headOn('2020-12-31')).toBe(a.id);
    expect(await headOn('2021-01-01')).toBe(b.id);

    // Several dates in one request are batched into one loader call and still answered each.
    const batched = ok(
      await ts.gql(
        HeadsOn,
        { id: gid.org(org), d1: '2019-06-01', d2: '2022-01-01', d3: '2015-01-01' },
        admin.token,
      ),
    ).organization;
    expect(batched.first?.id).toBe(a.id);
    expect(batched.second?.id).toBe(b.id);
    expect(batched.third).toBeNull();

    // Heads first in the organization's positions.
    const positions = ok(await ts.gql(OrganizationPeople, { id: gid.org(org) }, admin.token)).organization
      .positions;
    expect(positions.map((p) => [p.person.id, p.isHead])).toEqual([
      [a.id, true],
      [b.id, true],
      [member.id, false],
    ]);
  });
});
