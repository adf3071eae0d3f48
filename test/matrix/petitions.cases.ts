/**
 * Matrix cases of the petitions module (README "Who may do what": petitions). Petitions are
 * handled by A or by B. Reading one needs a role on an organization that handled it or above;
 * receiving, classifying, handling, resolving, closing and extending need MEMBER on the handler
 * (or above); transferring COORDINATOR; a follow-up task also `createTask` on its lead (COORDINATOR).
 * The petitioner shows only to users of the handler itself (not those above) and system administrators.
 */
import { Role } from '../../server/core/access.js';
import { toGlobalId } from '../../server/core/ids.js';
import {
  type Petition,
  PetitionKind,
  PetitionStatus,
} from '../../server/modules/petitions/petition.entity.js';
import { insertPetition } from '../helpers/petitions.js';
import { gid, makeOrganization, unique } from '../helpers/factories.js';
import { holds, world, type Actor, type MutationCase, type Owner, type ReadCase } from './world.js';

/** MEMBER over the handler: may receive and handle its petitions. */
const handles = (actor: Actor, owner: Owner): boolean => holds(actor, Role.MEMBER, owner);
/** COORDINATOR over the handler: may transfer, and create the follow-up task it leads. */
const runs = (actor: Actor, owner: Owner): boolean => holds(actor, Role.COORDINATOR, owner);
/** VIEWER over the handler: may read its petitions. */
const reads = (actor: Actor, owner: Owner): boolean => holds(actor, Role.VIEWER, owner);

/** A petition handled by `owner`, straight in the database (accepted unless RECEIVED). */
const petition = (
  owner: Owner,
  status: PetitionStatus = PetitionStatus.RECEIVED,
  kind: PetitionKind = PetitionKind.COMPLAINT,
) =>
  insertPetition(world.ts.orm.em.fork(), world.org[owner].id, world.province.id, {
    status,
    kind,
    receivedOn: '2025-03-01',
    dueOn: status === PetitionStatus.RECEIVED ? null : '2025-04-01',
  });

const petitionGid = (p: { id: string }): string => toGlobalId('Petition', p.id);

/** A mutation on a fresh petition of the owner in `status`, with `extra` input. */
function onPetition(
  name: string,
  type: string,
  allowed: MutationCase['allowed'],
  extra: (owner: Owner) => Promise<Record<string, unknown>> | Record<string, unknown> = () => ({}),
  status: PetitionStatus = PetitionStatus.RECEIVED,
  kind: PetitionKind = PetitionKind.COMPLAINT,
): MutationCase {
  return {
    owners: ['A', 'B'],
    prepare: async (owner) => ({
      query: `mutation($i: ${type}!) { ${name}(input: $i) { petition { id } } }`,
      variables: {
        i: {
          petitionId: petitionGid(await petition(owner, status, kind)),
          expectedVersion: 1,
          ...(await extra(owner)),
        },
      },
    }),
    allowed,
  };
}

/** One case per root mutation of the module. */
export const petitionMutations: Record<string, MutationCase> = {
  receivePetition: {
    owners: ['A', 'B'],
    prepare: async (owner) => ({
      query: 'mutation($i: ReceivePetitionInput!) { receivePetition(input: $i) { petition { id } } }',
      variables: {
        i: {
          organizationId: gid.org(world.org[owner]),
          kind: 'FEEDBACK',
          channel: 'ONLINE',
          receivedOn: '2025-03-01',
          subject: `Phản ánh ${unique()}`,
          areaId: gid.area(world.province),
          petitioner: { fullName: 'Hà Thị Lan' },
        },
      },
    }),
    allowed: handles,
  },
  updatePetitionDetails: onPetition('updatePetitionDetails', 'UpdatePetitionDetailsInput', handles, () => ({
    subject: `Phản ánh đã sửa ${unique()}`,
  })),
  classifyPetition: onPetition('classifyPetition', 'ClassifyPetitionInput', handles, () => ({
    withinJurisdiction: true,
    acceptedOn: '2025-03-02',
  })),
  startHandlingPetition: onPetition(
    'startHandlingPetition',
    'PetitionStepInput',
    handles,
    undefined,
    PetitionStatus.CLASSIFIED,
  ),
  transferPetition: onPetition('transferPetition', 'TransferPetitionInput', runs, async () => ({
    toOrganizationId: gid.org(await makeOrganization(world.ts.orm.em.fork(), { area: world.province })),
  })),
  resolvePetition: onPetition(
    'resolvePetition',
    'ResolvePetitionInput',
    handles,
    () => ({ outcome: 'Đã giải quyết', resolvedOn: '2025-03-20' }),
    PetitionStatus.IN_PROGRESS,
  ),
  withdrawPetition: onPetition('withdrawPetition', 'ClosePetitionInput', handles, () => ({
    reason: 'Công dân rút đơn',
    closedOn: '2025-03-05',
  })),
  filePetitionNoAction: onPetition('filePetitionNoAction', 'ClosePetitionInput', handles, () => ({
    reason: 'Đơn nặc danh',
    closedOn: '2025-03-05',
  })),
  extendPetitionDeadline: onPetition(
    'extendPetitionDeadline',
    'PetitionStepInput',
    handles,
    undefined,
    PetitionStatus.CLASSIFIED,
    PetitionKind.DENUNCIATION,
  ),
  createPetitionFollowUpTask: {
    owners: ['A', 'B'],
    prepare: async (owner) => ({
      query:
        'mutation($i: CreatePetitionFollowUpTaskInput!) { createPetitionFollowUpTask(input: $i) { task { id } } }',
      variables: {
        i: {
          petitionId: petitionGid(await petition(owner)),
          title: 'Xác minh nội dung đơn',
          dueOn: '2031-01-01',
          lead: { organizationId: gid.org(world.org[owner]) },
        },
      },
    }),
    allowed: runs,
  },
};

const readPetitions: Partial<Record<Owner, Petition>> = {};
/** One petition per owner for the read cases. */
async function readPetition(owner: Owner): Promise<Petition> {
  readPetitions[owner] ??= await petition(owner);
  return readPetitions[owner];
}

/** Read cases: the petition, the handler's list, and the petitioner (users of the handler itself only). */
export const petitionReads: Record<string, ReadCase> = {
  'node (Petition)': {
    call: async (owner) => ({
      query: 'query($id: ID!) { node(id: $id) { id ... on Petition { viewerCan { handle } } } }',
      variables: { id: petitionGid(await readPetition(owner)) },
    }),
    allowed: reads,
  },
  'Organization.petitions': {
    call: async (owner) => {
      await readPetition(owner);
      return {
        query:
          'query($id: ID!) { organization(id: $id) { petitions(first: 100) { edges { node { id } } } } }',
        variables: { id: gid.org(world.org[owner]) },
      };
    },
    allowed: reads,
    isEmpty: (data) =>
      (data as { organization: { petitions: { edges: unknown[] } } } | null)?.organization.petitions.edges
        .length === 0,
  },
  'Petition.petitioner': {
    call: async (owner) => ({
      query: 'query($id: ID!) { node(id: $id) { ... on Petition { petitioner { fullName } } } }',
      variables: { id: petitionGid(await readPetition(owner)) },
    }),
    allowed: (actor, owner) => actor.isSystemAdmin || actor.on === owner,
    isEmpty: (data) => (data as { node: { petitioner: unknown } } | null)?.node.petitioner === null,
  },
};
