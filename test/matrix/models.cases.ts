/**
 * Matrix cases of the models module (README "Who may do what": records of mass-mobilization work).
 * Models are owned by A or by B. Reading one needs a role on the owner or above it (or on an adopting
 * organization: the adopter here is nobody's); keeping it — yearly status, evidence, commendations,
 * adoptions — and registering one need COORDINATOR on the owner.
 */
import { Role } from '../../server/core/access.js';
import { toGlobalId } from '../../server/core/ids.js';
import { foldForSearch } from '../../server/core/text.js';
import { AreaLevel } from '../../server/modules/areas/area.entity.js';
import {
  MassMobilizationModel,
  ModelField,
  ModelStatus,
  ModelYearStatus,
} from '../../server/modules/models/model.entity.js';
import { gid, makeOrganization, unique } from '../helpers/factories.js';
import { holds, world, type Actor, type MutationCase, type Owner, type ReadCase } from './world.js';

/** COORDINATOR over the owner: may register and keep its models. */
const keeps = (actor: Actor, owner: Owner): boolean => holds(actor, Role.COORDINATOR, owner);
/** VIEWER over the owner: may read its models. */
const reads = (actor: Actor, owner: Owner): boolean => holds(actor, Role.VIEWER, owner);

/** A fresh model of `owner`, registered in 2023 (NEW). */
async function model(owner: Owner): Promise<MassMobilizationModel> {
  const em = world.ts.orm.em.fork();
  const name = unique(`Dân vận khéo ${owner} `);
  const created = em.create(MassMobilizationModel, {
    name,
    searchKey: foldForSearch(name),
    owner: world.org[owner].id,
    area: world.province.id,
    level: AreaLevel.PROVINCE,
    field: ModelField.ECONOMY,
    yearRegistered: 2023,
    latestYear: 2023,
  });
  em.create(ModelYearStatus, { model: created, year: 2023, status: ModelStatus.NEW });
  await em.flush();
  return created;
}

const modelGid = (m: { id: string }): string => toGlobalId('MassMobilizationModel', m.id);

/** One case per root mutation of the module. */
export const modelMutations: Record<string, MutationCase> = {
  registerModel: {
    owners: ['A', 'B'],
    prepare: async (owner) => ({
      query: 'mutation($i: RegisterModelInput!) { registerModel(input: $i) { model { id } } }',
      variables: {
        i: {
          ownerOrganizationId: gid.org(world.org[owner]),
          name: 'Chính quyền thân thiện',
          areaId: gid.area(world.province),
          level: 'PROVINCE',
          field: 'PARTY_BUILDING',
          yearRegistered: 2024,
        },
      },
    }),
    allowed: keeps,
  },
  updateModel: {
    owners: ['A', 'B'],
    prepare: async (owner) => ({
      query: 'mutation($i: UpdateModelInput!) { updateModel(input: $i) { model { id } } }',
      variables: {
        i: { modelId: modelGid(await model(owner)), expectedVersion: 1, name: unique('Mô hình ') },
      },
    }),
    allowed: keeps,
  },
  recordModelStatus: {
    owners: ['A', 'B'],
    prepare: async (owner) => ({
      query: 'mutation($i: RecordModelStatusInput!) { recordModelStatus(input: $i) { model { id } } }',
      variables: {
        i: { modelId: modelGid(await model(owner)), expectedVersion: 1, year: 2024, status: 'MAINTAINED' },
      },
    }),
    allowed: keeps,
  },
  addModelEvidence: {
    owners: ['A', 'B'],
    prepare: async (owner) => ({
      query: 'mutation($i: AddModelEvidenceInput!) { addModelEvidence(input: $i) { evidence { note } } }',
      variables: { i: { modelId: modelGid(await model(owner)), recordedOn: '2024-05-01', note: 'Họp dân' } },
    }),
    allowed: keeps,
  },
  commendModel: {
    owners: ['A', 'B'],
    prepare: async (owner) => ({
      query:
        'mutation($i: CommendModelInput!) { commendModel(input: $i) { commendation { decisionNumber } } }',
      variables: {
        i: {
          modelId: modelGid(await model(owner)),
          commendedBy: 'Chủ tịch UBND tỉnh',
          commendedOn: '2024-12-01',
          decisionNumber: '12/QĐ-UBND',
        },
      },
    }),
    allowed: keeps,
  },
  adoptModel: {
    owners: ['A', 'B'],
    prepare: async (owner) => ({
      query: 'mutation($i: AdoptModelInput!) { adoptModel(input: $i) { model { id } } }',
      variables: {
        i: {
          modelId: modelGid(await model(owner)),
          organizationId: gid.org(await makeOrganization(world.ts.orm.em.fork(), { area: world.province })),
          adoptedOn: '2024-01-01',
        },
      },
    }),
    allowed: keeps,
  },
};

/** One model per owner for the read cases, made on first use. */
const readable: Partial<Record<Owner, Promise<MassMobilizationModel>>> = {};
const readModel = (owner: Owner): Promise<MassMobilizationModel> => (readable[owner] ??= model(owner));

/** Read cases: the owner's model is data to those who may read it, NOT_FOUND or absent to the others. */
export const modelReads: Record<string, ReadCase> = {
  models: {
    call: async (owner) => ({
      query: 'query($s: String) { models(first: 5, filter: { search: $s }) { edges { node { id } } } }',
      variables: { s: (await readModel(owner)).name },
    }),
    allowed: reads,
    isEmpty: (data) => (data as { models: { edges: unknown[] } } | null)?.models.edges.length === 0,
  },
  model: {
    call: async (owner) => ({
      query: 'query($id: ID!) { model(id: $id) { name adoptionCount viewerCan { recordStatus } } }',
      variables: { id: modelGid(await readModel(owner)) },
    }),
    allowed: reads,
  },
  'node (MassMobilizationModel)': {
    call: async (owner) => ({
      query: 'query($id: ID!) { node(id: $id) { id } }',
      variables: { id: modelGid(await readModel(owner)) },
    }),
    allowed: reads,
  },
};
