/**
 * Responsibilities (phân công phụ trách): mass-mobilization work for an organization or an area, and
 * its end.
 */
import { describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { gid, makeArea, makeOrganization, unique } from '../helpers/factories.js';
import { AreaLevel } from '../../server/modules/areas/area.entity.js';
import { OrganizationKind } from '../../server/modules/organizations/organization.entity.js';
import { codeOf, ok } from '../helpers/results.js';
import {
  OrganizationPeople,
  PersonDetail,
  admin,
  createPerson,
  ts,
  usePeopleServer,
} from '../helpers/people.js';

usePeopleServer();

const AssignResponsibility = graphql(`
  mutation PeopleAssignResponsibility($input: AssignResponsibilityInput!) {
    assignResponsibility(input: $input) {
      responsibility {
        id field note startsOn endsOn isCurrent
        person { id }
        organization { id }
        area { id }
      }
    }
  }
`);

const EndResponsibility = graphql(`
  mutation PeopleEndResponsibility($input: EndResponsibilityInput!) {
    endResponsibility(input: $input) { responsibility { id endsOn isCurrent } }
  }
`);

describe('responsibilities (phân công phụ trách)', () => {
  it('assigns mass-mobilization work for an organization and for an area, and ends it', async () => {
    const em = ts.orm.em.fork();
    const province = await makeArea(em);
    const commune = await makeArea(em, { level: AreaLevel.COMMUNE, parent: province });
    const committee = await makeOrganization(em, { area: province, kind: OrganizationKind.PARTY_COMMITTEE });
    const person = await createPerson(`Hà Văn Phụ ${unique()}`);
    const note = 'Trực tiếp phụ trách công tác dân vận'.normalize('NFD');

    const forOrg = ok(
      await ts.gql(
        AssignResponsibility,
        {
          input: {
            personId: person.id,
            field: 'MASS_MOBILIZATION',
            organizationId: gid.org(committee),
            note,
            startsOn: '2021-01-01',
          },
        },
        admin.token,
      ),
    ).assignResponsibility.responsibility;
    expect(forOrg).toMatchObject({
      field: 'MASS_MOBILIZATION',
      note: note.normalize('NFC'),
      startsOn: '2021-01-01',
      endsOn: null,
      isCurrent: true,
      person: { id: person.id },
      organization: { id: gid.org(committee) },
      area: null,
    });

    const forArea = ok(
      await ts.gql(
        AssignResponsibility,
        {
          input: {
            personId: person.id,
            field: 'MASS_MOBILIZATION',
            areaId: gid.area(commune),
            startsOn: '2022-01-01',
          },
        },
        admin.token,
      ),
    ).assignResponsibility.responsibility;
    expect(forArea).toMatchObject({ organization: null, area: { id: gid.area(commune) }, note: null });

    const before = ok(await ts.gql(PersonDetail, { id: person.id }, admin.token)).person.responsibilities;
    // Most recent start first.
    expect(before.map((r) => r.id)).toEqual([forArea.id, forOrg.id]);
    const ofCommittee = ok(await ts.gql(OrganizationPeople, { id: gid.org(committee) }, admin.token));
    expect(ofCommittee.organization.responsibilities).toEqual([
      { id: forOrg.id, field: 'MASS_MOBILIZATION', endsOn: null, person: { id: person.id } },
    ]);

    const earlyEnd = await ts.gql(
      EndResponsibility,
      { input: { responsibilityId: forArea.id, endsOn: '2021-12-31' } },
      admin.token,
    );
    expect(codeOf(earlyEnd)).toBe('BAD_USER_INPUT');
    const ended = ok(
      await ts.gql(
        EndResponsibility,
        { input: { responsibilityId: forOrg.id, endsOn: '2023-06-30' } },
        admin.token,
      ),
    );
    expect(ended.endResponsibility.responsibility).toEqual({
      id: forOrg.id,
      endsOn: '2023-06-30',
      isCurrent: false,
    });
    const again = await ts.gql(
      EndResponsibility,
      { input: { responsibilityId: forOrg.id, endsOn: '2023-07-31' } },
      admin.token,
    );
    expect(codeOf(again)).toBe('CONFLICT');
    const after = ok(await ts.gql(PersonDetail, { id: person.id }, admin.token)).person.responsibilities;
    expect(after).toEqual([
      {
        id: forArea.id,
        field: 'MASS_MOBILIZATION',
        endsOn: null,
        organization: null,
        area: { id: gid.area(commune) },
      },
      {
        id: forOrg.id,
        field: 'MASS_MOBILIZATION',
        endsOn: '2023-06-30',
        organization: { id: gid.org(committee) },
        area: null,
      },
    ]);
  });

  it('takes exactly one of an organization and an area, and stores nothing otherwise', async () => {
    const em = ts.orm.em.fork();
    const province = await makeArea(em);
    const commune = await makeArea(em, { level: AreaLevel.COMMUNE, parent: province });
    const committee = await makeOrganization(em, { area: province, kind: OrganizationKind.PARTY_COMMITTEE });
    const person = await createPerson(`Hà Văn Phụ ${unique()}`);

    const both = await ts.gql(
      AssignResponsibility,
      {
        input: {
          personId: person.id,
          field: 'MASS_MOBILIZATION',
          organizationId: gid.org(committee),
          areaId: gid.area(commune),
          startsOn: '2022-01-01',
        },
      },
      admin.token,
    );
    expect(codeOf(both)).toBe('BAD_USER_INPUT');
    const neither = await ts.gql(
      AssignResponsibility,
      { input: { personId: person.id, field: 'MASS_MOBILIZATION', startsOn: '2022-01-01' } },
      admin.token,
    );
    expect(codeOf(neither)).toBe('BAD_USER_INPUT');
    const areaAsOrg = await ts.gql(
      AssignResponsibility,
      {
        input: {
          personId: person.id,
          field: 'MASS_MOBILIZATION',
          organizationId: gid.area(commune),
          startsOn: '2022-01-01',
        },
      },
      admin.token,
    );
    expect(codeOf(areaAsOrg)).toBe('BAD_USER_INPUT');

    // The refused ones were not stored.
    expect(ok(await ts.gql(PersonDetail, { id: person.id }, admin.token)).person.responsibilities).toEqual(
      [],
    );
  });
});
