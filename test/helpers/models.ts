/**
 * Set-ups shared by the mass-mobilization model tests (test/models/): a province with its Ban Dân vận
 * (which registers models) under the provincial party committee, communes with their people's
 * committees, users on each side, and the GraphQL documents several files use.
 */
import { graphql } from '../generated/index.js';
import {
  gid,
  makeCommunes,
  makeOrganization,
  makeOutsider,
  makeProvince,
  makeUserWith,
  unique,
} from './factories.js';
import { ok } from './results.js';
import { Role } from '../../server/core/access.js';
import { OrganizationKind } from '../../server/modules/organizations/organization.entity.js';
import { ts } from './module-server.js';

/** This file's server and its administrator; `useModelsServer()` starts them before the file's tests. */
export { admin, ts, useModuleServer as useModelsServer } from './module-server.js';

export const RegisterModel = graphql(`
  mutation ModelsRegister($input: RegisterModelInput!) {
    registerModel(input: $input) {
      model {
        id name level field yearRegistered description latestStatus latestYear version
        owner { id } area { id }
        statuses { year status note }
        viewerCan { recordStatus addEvidence commend adopt }
      }
    }
  }
`);

export const RecordStatus = graphql(`
  mutation ModelsRecordStatus($input: RecordModelStatusInput!) {
    recordModelStatus(input: $input) {
      model { id latestStatus latestYear version }
      status { year status note replica { id name } }
    }
  }
`);

export const AdoptModel = graphql(`
  mutation ModelsAdopt($input: AdoptModelInput!) {
    adoptModel(input: $input) {
      adoption { adoptedOn organization { id } }
      model { id adoptionCount }
    }
  }
`);

export const ModelDetail = graphql(`
  query ModelsDetail($id: ID!, $adoptedBy: LocalDate, $first: Int, $after: String) {
    model(id: $id) {
      id name latestStatus version adoptionCount
      statuses { year status replica { id } }
      evidence { recordedOn note }
      commendations { commendedBy commendedOn decisionNumber decisionDocument { id number } }
      adoptions(adoptedBy: $adoptedBy, first: $first, after: $after) {
        totalCount
        pageInfo { hasNextPage endCursor }
        edges { node { adoptedOn organization { id name } } }
      }
      viewerCan { recordStatus adopt }
    }
  }
`);

export const Models = graphql(`
  query ModelsList($filter: ModelFilter, $first: Int, $after: String) {
    models(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id name latestStatus } }
    }
  }
`);

/**
 * A province: the provincial party committee, its Ban Dân vận (registers models), the provincial
 * people's committee with `communes` commune people's committees below it (each in its commune
 * area), an agency elsewhere; a coordinator on the Ban Dân vận and viewers around.
 */
export async function makeWorld(communes = 3) {
  const em = ts.orm.em.fork();
  const { province, committee } = await makeProvince(em);
  const owner = await makeOrganization(em, {
    area: province,
    name: `Ban Dân vận ${unique()}`,
    parent: committee,
  });
  const government = await makeOrganization(em, {
    area: province,
    name: `UBND tỉnh ${unique()}`,
    kind: OrganizationKind.PEOPLES_COMMITTEE,
  });
  const { areas: communeAreas, organizations: communeOrgs } = await makeCommunes(em, {
    province,
    parent: government,
    kind: OrganizationKind.PEOPLES_COMMITTEE,
    count: communes,
    nameOf: (i) => `UBND xã ${i} ${unique()}`,
  });
  const outsider = await makeOutsider(em);
  return {
    province,
    committee,
    owner,
    government,
    communeAreas,
    communeOrgs,
    outsider,
    coordinator: await makeUserWith(ts.orm, owner.id, Role.COORDINATOR),
    ownerViewer: await makeUserWith(ts.orm, owner.id, Role.VIEWER),
    committeeViewer: await makeUserWith(ts.orm, committee.id, Role.VIEWER),
    communeViewer: await makeUserWith(ts.orm, communeOrgs[0].id, Role.VIEWER),
    outsiderCoordinator: await makeUserWith(ts.orm, outsider.id, Role.COORDINATOR),
  };
}

/** The province made by `makeWorld`. */
export type World = Awaited<ReturnType<typeof makeWorld>>;

/** Registers a model over the API as the world's coordinator (a provincial one, registered 2023, by default). */
export async function registerModel(
  w: World,
  input: Partial<{ name: string; level: string; field: string; yearRegistered: number; areaId: string }> = {},
  token = w.coordinator.token,
) {
  const result = await ts.gql(
    RegisterModel,
    {
      input: {
        ownerOrganizationId: gid.org(w.owner),
        name: input.name ?? `Chính quyền thân thiện ${unique()}`,
        areaId: input.areaId ?? gid.area(w.province),
        level: (input.level ?? 'PROVINCE') as never,
        field: (input.field ?? 'PARTY_BUILDING') as never,
        yearRegistered: input.yearRegistered ?? 2023,
        description: 'Mô hình xây dựng chính quyền thân thiện, vì nhân dân phục vụ',
      },
    },
    token,
  );
  return ok(result).registerModel.model;
}
