/**
 * Matrix cases of the programs and legal-documents modules (README "Who may
 * do what": shared records). Programs are owned by A (A LEAD, plus a PARTNER
 * agency no actor holds a role on) or by B. Reading one needs a role on an
 * organization taking part or above one (VIEWER over the owner here, since
 * the partner is nobody's); running it needs COORDINATOR on the owner or a
 * current LEAD / CO_LEAD. Legal documents are public acts; recording one
 * needs COORDINATOR on the issuer.
 */
import { Role } from '../../server/core/access.js';
import { toGlobalId } from '../../server/core/ids.js';
import { foldForSearch } from '../../server/core/text.js';
import type { Organization } from '../../server/modules/organizations/organization.entity.js';
import { ProgramObjective } from '../../server/modules/programs/objective.entity.js';
import { ParticipantRole, ProgramParticipant } from '../../server/modules/programs/participant.entity.js';
import { CoordinationProgram, ProgramKind } from '../../server/modules/programs/program.entity.js';
import { gid, makeOrganization, unique } from '../helpers/factories.js';
import { holds, world, type Actor, type MutationCase, type Owner, type ReadCase } from './world.js';

/** COORDINATOR over the owner: may create and run its programs and record its documents. */
const runs = (actor: Actor, owner: Owner): boolean => holds(actor, Role.COORDINATOR, owner);
/** VIEWER over the owner: may read its programs. */
const reads = (actor: Actor, owner: Owner): boolean => holds(actor, Role.VIEWER, owner);

let partnerAgency: Organization | undefined;
/** The PARTNER of every program: an agency of the province outside every actor's chain of command. */
async function partner(): Promise<Organization> {
  partnerAgency ??= await makeOrganization(world.ts.orm.em.fork(), {
    area: world.province,
    name: 'Hội Nông dân tỉnh (đối tác)',
  });
  return partnerAgency;
}

/** A fresh DRAFT program of `owner`: the owner LEAD, the partner agency PARTNER, objective `k`. */
async function program(owner: Owner): Promise<CoordinationProgram> {
  const em = world.ts.orm.em.fork();
  const code = unique(`CT-${owner}-`);
  const created = em.create(CoordinationProgram, {
    kind: ProgramKind.COORDINATION_PROGRAM,
    code,
    title: `Chương trình phối hợp ${code}`,
    searchKey: foldForSearch(`${code} chuong trinh phoi hop`),
    owner: world.org[owner].id,
    startsOn: '2024-01-01',
  });
  em.create(ProgramParticipant, {
    program: created,
    organization: world.org[owner].id,
    role: ParticipantRole.LEAD,
    joinedOn: '2024-01-01',
  });
  em.create(ProgramParticipant, {
    program: created,
    organization: (await partner()).id,
    role: ParticipantRole.PARTNER,
    joinedOn: '2024-01-01',
  });
  em.create(ProgramObjective, { program: created, key: 'k', title: 'Mục tiêu', unit: 'xã', target: 10 });
  await em.flush();
  return created;
}

const programGid = (p: { id: string }): string => toGlobalId('CoordinationProgram', p.id);

/** One case per root mutation of the two modules. */
export const programMutations: Record<string, MutationCase> = {
  createLegalDocument: {
    owners: ['A', 'B'],
    prepare: async (owner) => ({
      query:
        'mutation($i: CreateLegalDocumentInput!) { createLegalDocument(input: $i) { legalDocument { id } } }',
      variables: {
        i: {
          number: unique('593-QĐ/TU-'),
          kind: 'DECISION',
          title: 'Quyết định ban hành quy chế',
          issuingOrganizationId: gid.org(world.org[owner]),
          issuedOn: '2021-05-20',
        },
      },
    }),
    allowed: runs,
  },
  createProgram: {
    owners: ['A', 'B'],
    prepare: async (owner) => ({
      query: 'mutation($i: CreateProgramInput!) { createProgram(input: $i) { program { id } } }',
      variables: {
        i: {
          kind: 'PLAN',
          code: unique('KH-'),
          title: 'Kế hoạch phối hợp',
          ownerOrganizationId: gid.org(world.org[owner]),
          participants: [
            { organizationId: gid.org(world.org[owner]), role: 'LEAD' },
            { organizationId: gid.org(await partner()), role: 'PARTNER' },
          ],
        },
      },
    }),
    allowed: runs,
  },
  updateProgramDetails: {
    owners: ['A', 'B'],
    prepare: async (owner) => ({
      query:
        'mutation($i: UpdateProgramDetailsInput!) { updateProgramDetails(input: $i) { program { id } } }',
      variables: { i: { programId: programGid(await program(owner)), expectedVersion: 1, title: 'Tên mới' } },
    }),
    allowed: runs,
  },
  changeProgramStatus: {
    owners: ['A', 'B'],
    prepare: async (owner) => ({
      query: 'mutation($i: ChangeProgramStatusInput!) { changeProgramStatus(input: $i) { program { id } } }',
      variables: { i: { programId: programGid(await program(owner)), expectedVersion: 1, status: 'ACTIVE' } },
    }),
    allowed: runs,
  },
  addProgramParticipant: {
    owners: ['A', 'B'],
    prepare: async (owner) => ({
      query:
        'mutation($i: AddProgramParticipantInput!) { addProgramParticipant(input: $i) { participant { id } } }',
      variables: {
        i: {
          programId: programGid(await program(owner)),
          organizationId: gid.org(await makeOrganization(world.ts.orm.em.fork(), { area: world.province })),
          role: 'OBSERVER',
        },
      },
    }),
    allowed: runs,
  },
  removeProgramParticipant: {
    owners: ['A', 'B'],
    prepare: async (owner) => ({
      query:
        'mutation($i: RemoveProgramParticipantInput!) { removeProgramParticipant(input: $i) { participant { id } } }',
      variables: {
        i: { programId: programGid(await program(owner)), organizationId: gid.org(await partner()) },
      },
    }),
    allowed: runs,
  },
  setProgramObjective: {
    owners: ['A', 'B'],
    prepare: async (owner) => ({
      query:
        'mutation($i: SetProgramObjectiveInput!) { setProgramObjective(input: $i) { objective { id } } }',
      variables: {
        i: {
          programId: programGid(await program(owner)),
          key: 'moi',
          title: 'Mục tiêu mới',
          unit: 'lượt',
          target: 5,
        },
      },
    }),
    allowed: runs,
  },
  recordObjectiveValue: {
    owners: ['A', 'B'],
    prepare: async (owner) => ({
      query:
        'mutation($i: RecordObjectiveValueInput!) { recordObjectiveValue(input: $i) { value { value } } }',
      variables: { i: { programId: programGid(await program(owner)), objectiveKey: 'k', value: 3 } },
    }),
    allowed: runs,
  },
  postProgramUpdate: {
    owners: ['A', 'B'],
    prepare: async (owner) => ({
      query: 'mutation($i: PostProgramUpdateInput!) { postProgramUpdate(input: $i) { update { id } } }',
      variables: {
        i: {
          programId: programGid(await program(owner)),
          organizationId: gid.org(world.org[owner]),
          health: 'ON_TRACK',
          body: 'Đúng tiến độ',
        },
      },
    }),
    allowed: runs,
  },
};

/** One program per owner for the read cases, made on first use. */
const readable: Partial<Record<Owner, Promise<CoordinationProgram>>> = {};
const readProgram = (owner: Owner): Promise<CoordinationProgram> => (readable[owner] ??= program(owner));

/** The program the current read cell is about (cells run one at a time). */
let expectedId = '';

/** Read cases: the owner's program is data to those who may read it, NOT_FOUND or absent to the others. */
export const programReads: Record<string, ReadCase> = {
  legalDocuments: { call: () => ({ query: '{ legalDocuments(first: 5) { totalCount } }' }) },
  programs: {
    call: async (owner) => ({
      query: 'query($s: String) { programs(first: 5, filter: { search: $s }) { edges { node { id } } } }',
      variables: { s: (await readProgram(owner)).code },
    }),
    allowed: reads,
    isEmpty: (data) => (data as { programs: { edges: unknown[] } } | null)?.programs.edges.length === 0,
  },
  program: {
    call: async (owner) => ({
      query: 'query($id: ID!) { program(id: $id) { title viewerCan { update } } }',
      variables: { id: programGid(await readProgram(owner)) },
    }),
    allowed: reads,
  },
  'node (CoordinationProgram)': {
    call: async (owner) => ({
      query: 'query($id: ID!) { node(id: $id) { id } }',
      variables: { id: programGid(await readProgram(owner)) },
    }),
    allowed: reads,
  },
  'Organization.programs (of the partner agency)': {
    call: async (owner) => {
      expectedId = programGid(await readProgram(owner));
      return {
        query: 'query($id: ID!) { organization(id: $id) { programs(first: 100) { edges { node { id } } } } }',
        variables: { id: gid.org(await partner()) },
      };
    },
    allowed: reads,
    isEmpty: (data) =>
      !(
        data as { organization: { programs: { edges: { node: { id: string } }[] } } } | null
      )?.organization.programs.edges.some((e) => e.node.id === expectedId),
  },
};
