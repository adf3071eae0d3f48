/**
 * Set-ups shared by the coordination-program tests (test/programs/): a province world of agencies,
 * programs and legal documents over the API or straight in the database, and the GraphQL documents
 * several of those files use.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { graphql } from '../generated/index.js';
import {
  gid,
  makeOrganization,
  makeOutsider,
  makeProvince,
  makeUserWith,
  type TestUser,
  unique,
} from './factories.js';
import { ok, dbId } from './results.js';
import { Role } from '../../server/core/access.js';
import { toGlobalId } from '../../server/core/ids.js';
import { dayBefore, todayInVietnam } from '../../server/core/scalars.js';
import { foldForSearch } from '../../server/core/text.js';
import { LegalDocument } from '../../server/modules/legal-documents/legal-document.entity.js';
import {
  Organization,
  OrganizationKind,
  OrganizationStatus,
} from '../../server/modules/organizations/organization.entity.js';
import { ProgramObjective } from '../../server/modules/programs/objective.entity.js';
import { ProgramParticipant } from '../../server/modules/programs/participant.entity.js';
import { ProgramUpdate } from '../../server/modules/programs/program-update.entity.js';
import { CoordinationProgram, ProgramStatus } from '../../server/modules/programs/program.entity.js';
import { admin, ts } from './module-server.js';

/** This file's server and its administrator; `useProgramsServer()` starts them before the file's tests. */
export { admin, ts, useModuleServer as useProgramsServer } from './module-server.js';

export const Node = graphql(`
  query ProgramsNode($id: ID!) {
    node(id: $id) {
      id
      ... on CoordinationProgram { code }
      ... on LegalDocument { number }
      ... on ProgramParticipant { role }
      ... on ProgramUpdate { body }
      ... on ProgramObjective { key }
    }
  }
`);

export const CreateProgram = graphql(`
  mutation ProgramsCreateProgram($input: CreateProgramInput!) {
    createProgram(input: $input) {
      program {
        id code title description kind status version startsOn endsOn
        owner { id }
        parent { id }
        legalBasis { id number }
        leadOrganization { id }
        participants { role joinedOn leftOn isCurrent organization { id } }
      }
    }
  }
`);

export const UpdateDetails = graphql(`
  mutation ProgramsUpdateDetails($input: UpdateProgramDetailsInput!) {
    updateProgramDetails(input: $input) {
      program { id title description startsOn endsOn version legalBasis { id } }
    }
  }
`);

export const ChangeStatus = graphql(`
  mutation ProgramsChangeStatus($input: ChangeProgramStatusInput!) {
    changeProgramStatus(input: $input) { program { id status statusReason version } }
  }
`);

export const AddParticipant = graphql(`
  mutation ProgramsAddParticipant($input: AddProgramParticipantInput!) {
    addProgramParticipant(input: $input) {
      participant { id role joinedOn leftOn isCurrent organization { id } }
      program { id participants { role organization { id } } }
    }
  }
`);

export const RemoveParticipant = graphql(`
  mutation ProgramsRemoveParticipant($input: RemoveProgramParticipantInput!) {
    removeProgramParticipant(input: $input) {
      participant { id role joinedOn leftOn isCurrent organization { id } }
    }
  }
`);

export const PostUpdate = graphql(`
  mutation ProgramsPostUpdate($input: PostProgramUpdateInput!) {
    postProgramUpdate(input: $input) {
      update { id health body createdAt organization { id } author { id fullName } }
    }
  }
`);

export const ProgramDetail = graphql(`
  query ProgramsDetail($id: ID!, $includeLeft: Boolean, $updates: Int, $after: String) {
    program(id: $id) {
      id code title status statusReason version startsOn endsOn
      owner { id }
      parent { id }
      children { id }
      legalBasis { id number issuedOn }
      leadOrganization { id name }
      participants(includeLeft: $includeLeft) { role joinedOn leftOn isCurrent organization { id } }
      objectives {
        key title unit target targetDate latestValue latestRecordedOn progressPercent
        values { value recordedOn note }
      }
      updates(first: $updates, after: $after) {
        totalCount
        pageInfo { hasNextPage endCursor }
        edges { cursor node { id body health createdAt organization { id } } }
      }
      latestUpdate { body }
      viewerCan { update changeStatus manageParticipants postUpdate createTask }
    }
  }
`);

export const Programs = graphql(`
  query ProgramsList($filter: ProgramFilter, $orderBy: ProgramOrder, $first: Int, $after: String) {
    programs(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id code status } }
    }
  }
`);

export const OrganizationPrograms = graphql(`
  query ProgramsOfOrganization(
    $id: ID!
    $role: ParticipantRole
    $status: [ProgramStatus!]
    $first: Int
    $after: String
  ) {
    organization(id: $id) {
      programs(role: $role, status: $status, first: $first, after: $after) {
        totalCount
        pageInfo { hasNextPage endCursor }
        edges { cursor node { id code startsOn endsOn updatedAt } }
      }
    }
  }
`);

/** Today in Vietnam. */
export const today = todayInVietnam();

/** The day before `today`. */
export const yesterday = dayBefore(today);

/** A well-formed id that names nothing. */
export const MISSING = '00000000-0000-4000-8000-000000000000';

/** Global ID of a program. */
export const programGid = (p: { id: string }) => toGlobalId('CoordinationProgram', p.id);

/** Global ID of a legal document. */
export const documentGid = (d: { id: string }) => toGlobalId('LegalDocument', d.id);

/** A user with one role on one organization. */
export const userWith = (role: Role, organization: Organization): Promise<TestUser> =>
  makeUserWith(ts.orm, organization.id, role);

/**
 * A province with the agencies of a coordination regulation: the Ban Dân vận
 * (owner) under the provincial party committee, the Fatherland Front and the
 * People's Committee as partners, and an unrelated agency elsewhere; a
 * coordinator on the owner, and users of each side.
 */
export async function makeWorld() {
  const em = ts.orm.em.fork();
  const { province: area, committee } = await makeProvince(em);
  const owner = await makeOrganization(em, { area, name: `Ban Dân vận ${unique()}`, parent: committee });
  const frontAbove = await makeOrganization(em, {
    area,
    name: `Ủy ban MTTQ Trung ương ${unique()}`,
    kind: OrganizationKind.FATHERLAND_FRONT,
  });
  const front = await makeOrganization(em, {
    area,
    name: `Ủy ban MTTQ ${unique()}`,
    kind: OrganizationKind.FATHERLAND_FRONT,
    parent: frontAbove,
  });
  const government = await makeOrganization(em, {
    area,
    name: `UBND tỉnh ${unique()}`,
    kind: OrganizationKind.PEOPLES_COMMITTEE,
  });
  const outsider = await makeOutsider(em);
  await em.flush();
  const coordinator = await userWith(Role.COORDINATOR, owner);
  return {
    area,
    committee,
    owner,
    front,
    frontAbove,
    government,
    outsider,
    coordinator,
    frontViewer: await userWith(Role.VIEWER, front),
    frontCoordinator: await userWith(Role.COORDINATOR, front),
    frontAboveViewer: await userWith(Role.VIEWER, frontAbove),
    outsiderCoordinator: await userWith(Role.COORDINATOR, outsider),
    ownerViewer: await userWith(Role.VIEWER, owner),
  };
}

/** The province made by `makeWorld`. */
export type World = Awaited<ReturnType<typeof makeWorld>>;

/** Creates a program over the API as the world's coordinator: owner LEAD, the Front PARTNER by default. */
export async function createProgram(
  w: World,
  input: Partial<{
    kind: string;
    code: string;
    title: string;
    description: string | null;
    startsOn: string | null;
    endsOn: string | null;
    parentId: string | null;
    legalBasisIds: string[];
    participants: { organizationId: string; role: string }[];
  }> = {},
  token = w.coordinator.token,
) {
  const result = await ts.gql(
    CreateProgram,
    {
      input: {
        kind: 'COORDINATION_REGULATION',
        code: unique('QCPH-'),
        title: 'Quy chế phối hợp giữa UBND tỉnh và Ủy ban MTTQ tỉnh',
        startsOn: '2024-01-01',
        endsOn: '2026-12-31',
        ownerOrganizationId: gid.org(w.owner),
        participants: [
          { organizationId: gid.org(w.owner), role: 'LEAD' },
          { organizationId: gid.org(w.front), role: 'PARTNER' },
        ],
        ...input,
      } as never,
    },
    token,
  );
  return ok(result).createProgram.program;
}

/** Reads a program as the admin. */
export async function detail(
  id: string,
  variables: { includeLeft?: boolean; updates?: number; after?: string } = {},
) {
  return ok(await ts.gql(ProgramDetail, { id, ...variables }, admin.token)).program;
}

/** Moves a program straight to `status` in the database (test setup only). */
export async function forceStatus(id: string, status: ProgramStatus): Promise<void> {
  const em = ts.orm.em.fork();
  const program = await em.findOneOrFail(CoordinationProgram, dbId(id));
  program.status = status;
  await em.flush();
}

/** Stored rows of a program's tables, for "nothing partly written" checks. */
export async function storedCounts(programDbId: string) {
  const em = ts.orm.em.fork();
  return {
    participants: await em.count(ProgramParticipant, { program: programDbId }),
    objectives: await em.count(ProgramObjective, { program: programDbId }),
    updates: await em.count(ProgramUpdate, { program: programDbId }),
  };
}

/** Creates a legal document straight in the database. */
export async function makeDocument(em: EntityManager, issuer: Organization, number = unique('QĐ-')) {
  const title = `Quyết định ${number}`;
  const document = em.create(LegalDocument, {
    number,
    kind: 'DECISION' as never,
    title,
    searchKey: foldForSearch(`${number} ${title}`),
    issuingOrganization: issuer,
    issuedOn: '2023-03-15',
  });
  await em.flush();
  return document;
}

/** Marks an organization merged or dissolved in the database. */
export async function endOrganization(organization: Organization, status: OrganizationStatus): Promise<void> {
  const em = ts.orm.em.fork();
  const org = await em.findOneOrFail(Organization, organization.id);
  org.status = status;
  org.endedOn = '2025-07-01';
  await em.flush();
}
