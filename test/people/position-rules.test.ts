/**
 * Position rules: ends before starts refused, typed errors for the wrong organization or person, sign-
 * in required.
 */
import { describe, expect, it } from 'vitest';
import { gid, makeArea, makeOrganization, unique } from '../helpers/factories.js';
import { OrganizationStatus } from '../../server/modules/organizations/organization.entity.js';
import { Position } from '../../server/modules/people/position.entity.js';
import { codeOf, dbId, ok } from '../helpers/results.js';
import {
  AppointPosition,
  EndPosition,
  admin,
  appoint,
  createPerson,
  makePerson,
  positionGid,
  positionsInDb,
  ts,
  usePeopleServer,
} from '../helpers/people.js';

usePeopleServer();

describe('position rules', () => {
  it('refuses an end before the start and leaves the position unchanged', async () => {
    const em = ts.orm.em.fork();
    const org = await makeOrganization(em, { area: await makeArea(em) });
    const person = await createPerson(`Lê Văn Định ${unique()}`);
    const position = await appoint({
      personId: person.id,
      organizationId: gid.org(org),
      startsOn: '2022-05-01',
    });
    const result = await ts.gql(
      EndPosition,
      { input: { positionId: position.id, endsOn: '2022-04-30' } },
      admin.token,
    );
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0].extensions?.field).toBe('endsOn');
    const stored = await ts.orm.em.fork().findOneOrFail(Position, dbId(position.id));
    expect(stored.startsOn).toBe('2022-05-01');
    expect(stored.endsOn).toBeNull();

    // Appointing with the same mistake is refused too, and creates nothing.
    const badAppoint = await ts.gql(
      AppointPosition,
      {
        input: {
          personId: person.id,
          organizationId: gid.org(org),
          title: 'Ủy viên',
          startsOn: '2022-05-01',
          endsOn: '2022-01-01',
        },
      },
      admin.token,
    );
    expect(codeOf(badAppoint)).toBe('BAD_USER_INPUT');
    expect(await positionsInDb(org.id)).toHaveLength(1);

    // Ending on the start day itself is allowed (a one-day term).
    const sameDay = ok(
      await ts.gql(EndPosition, { input: { positionId: position.id, endsOn: '2022-05-01' } }, admin.token),
    );
    expect(sameDay.endPosition.position.endsOn).toBe('2022-05-01');
    // Once over, it cannot be ended again.
    const again = await ts.gql(
      EndPosition,
      { input: { positionId: position.id, endsOn: '2022-06-01' } },
      admin.token,
    );
    expect(codeOf(again)).toBe('CONFLICT');
  });

  it('answers CONFLICT, NOT_FOUND and BAD_USER_INPUT for the wrong organization or person', async () => {
    const em = ts.orm.em.fork();
    const area = await makeArea(em);
    const active = await makeOrganization(em, { area });
    const dissolved = await makeOrganization(em, { area });
    dissolved.status = OrganizationStatus.DISSOLVED;
    dissolved.endedOn = '2024-01-01';
    await em.flush();
    const person = await createPerson(`Nông Thị Duyên ${unique()}`);
    const base = { title: 'Ủy viên', startsOn: '2024-06-01' };
    const missingId = '00000000-0000-4000-8000-000000000000';
    const cases = [
      { input: { ...base, personId: person.id, organizationId: gid.org(dissolved) }, code: 'CONFLICT' },
      {
        input: { ...base, personId: gid.person({ id: missingId }), organizationId: gid.org(active) },
        code: 'NOT_FOUND',
      },
      {
        input: { ...base, personId: person.id, organizationId: gid.org({ id: missingId }) },
        code: 'NOT_FOUND',
      },
      {
        input: { ...base, personId: gid.org(active), organizationId: gid.org(active) },
        code: 'BAD_USER_INPUT',
      },
      { input: { ...base, personId: person.id, organizationId: person.id }, code: 'BAD_USER_INPUT' },
      {
        input: { ...base, personId: 'not-a-global-id', organizationId: gid.org(active) },
        code: 'BAD_USER_INPUT',
      },
      {
        input: { ...base, personId: person.id, organizationId: gid.org(active), title: '  ' },
        code: 'BAD_USER_INPUT',
      },
    ];
    for (const c of cases) {
      const result = await ts.gql(AppointPosition, { input: c.input }, admin.token);
      expect(result.status).toBeLessThan(500);
      expect(codeOf(result), JSON.stringify(c.input).slice(0, 120)).toBe(c.code);
    }
    expect(await positionsInDb(dissolved.id)).toEqual([]);
    expect(await positionsInDb(active.id)).toEqual([]);
    const unknownPosition = await ts.gql(
      EndPosition,
      { input: { positionId: positionGid({ id: missingId }), endsOn: '2024-01-01' } },
      admin.token,
    );
    expect(codeOf(unknownPosition)).toBe('NOT_FOUND');
    const notAPosition = await ts.gql(
      EndPosition,
      { input: { positionId: person.id, endsOn: '2024-01-01' } },
      admin.token,
    );
    expect(codeOf(notAPosition)).toBe('BAD_USER_INPUT');
  });

  it('requires sign-in', async () => {
    const em = ts.orm.em.fork();
    const org = await makeOrganization(em, { area: await makeArea(em) });
    const person = makePerson(em);
    await em.flush();
    const result = await ts.gql(AppointPosition, {
      input: {
        personId: gid.person(person),
        organizationId: gid.org(org),
        title: 'Ủy viên',
        startsOn: '2024-01-01',
      },
    });
    expect(codeOf(result)).toBe('UNAUTHENTICATED');
    expect(await positionsInDb(org.id)).toEqual([]);
  });
});
