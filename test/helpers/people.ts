/**
 * Set-ups shared by the people tests (test/people/): people and positions over the API or straight in
 * the database, organizations to hold them, and the GraphQL documents several of those files use.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { graphql } from '../generated/index.js';
import { unique } from './factories.js';
import { ok } from './results.js';
import { toGlobalId } from '../../server/core/ids.js';
import { foldForSearch } from '../../server/core/text.js';
import { Person } from '../../server/modules/people/person.entity.js';
import { Position } from '../../server/modules/people/position.entity.js';
import { admin, ts } from './module-server.js';

/** This file's server and its administrator; `usePeopleServer()` starts them before the file's tests. */
export { admin, ts, useModuleServer as usePeopleServer } from './module-server.js';

export const CreatePerson = graphql(`
  mutation PeopleCreatePerson($input: CreatePersonInput!) {
    createPerson(input: $input) { person { id fullName email phone } }
  }
`);

export const AppointPosition = graphql(`
  mutation PeopleAppointPosition($input: AppointPositionInput!) {
    appointPosition(input: $input) {
      position { id title isHead startsOn endsOn isCurrent person { id } organization { id } }
    }
  }
`);

export const EndPosition = graphql(`
  mutation PeopleEndPosition($input: EndPositionInput!) {
    endPosition(input: $input) { position { id startsOn endsOn isCurrent } }
  }
`);

export const PersonDetail = graphql(`
  query PeoplePersonDetail($id: ID!, $current: Boolean) {
    person(id: $id) {
      id fullName
      positions(current: $current) {
        id title isHead startsOn endsOn
        organization { id }
        continues { id }
      }
      responsibilities { id field endsOn organization { id } area { id } }
    }
  }
`);

export const OrganizationPeople = graphql(`
  query PeopleOrganizationPeople($id: ID!, $current: Boolean) {
    organization(id: $id) {
      id status
      positions(current: $current) {
        id title isHead startsOn endsOn
        person { id fullName }
        continues { id organization { id } }
      }
      responsibilities { id field endsOn person { id } }
    }
  }
`);

export const HeadOn = graphql(`
  query PeopleHeadOn($id: ID!, $on: LocalDate) {
    organization(id: $id) { id head(on: $on) { id fullName } }
  }
`);

/** Global ID of a position. */
export const positionGid = (p: { id: string }) => toGlobalId('Position', p.id);

/** Creates a person over the API. */
export async function createPerson(fullName: string) {
  const data = ok(await ts.gql(CreatePerson, { input: { fullName } }, admin.token));
  return data.createPerson.person;
}

/** Appoints over the API; `isHead` defaults to false, `endsOn` to open. */
export async function appoint(input: {
  personId: string;
  organizationId: string;
  title?: string;
  isHead?: boolean;
  startsOn: string;
  endsOn?: string | null;
}) {
  const result = await ts.gql(AppointPosition, { input: { title: 'Ủy viên', ...input } }, admin.token);
  return ok(result).appointPosition.position;
}

/** Creates a person directly in the database. */
export function makePerson(em: EntityManager, fullName = `Cán bộ ${unique()}`): Person {
  return em.create(Person, { fullName, searchKey: foldForSearch(fullName) });
}

/** Positions of an organization straight from the database, by start date then title. */
export async function positionsInDb(organizationId: string): Promise<Position[]> {
  return ts.orm.em
    .fork()
    .find(Position, { organization: organizationId }, { orderBy: { startsOn: 'asc', title: 'asc' } });
}
