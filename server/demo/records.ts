import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { foldForSearch } from '../core/text.js';
import { AreaLevel } from '../modules/areas/area.entity.js';
import {
  Organization,
  OrganizationKind,
  OrganizationStatus,
} from '../modules/organizations/organization.entity.js';
import {
  MassMobilizationModel,
  ModelAdoption,
  ModelField,
  ModelStatus,
  ModelYearStatus,
} from '../modules/models/model.entity.js';
import { CritiqueForm, SocialCritique } from '../modules/oversight/critique.entity.js';
import { DEMO_AREA } from './areas.js';
import { DEMO_ORG } from './organizations.js';

/** The seeds' figures for Lạng Sơn in 2024 that the demo records reproduce. */
export const DEMO_RECORD_FIGURES = {
  /** "Dân vận khéo" models maintained from earlier years. */
  modelsMaintained: 524,
  /** Models registered in the year. */
  modelsNew: 1_111,
  /** Social critiques of draft documents by the Front. */
  critiques: 78,
  /** Opinions given in them. */
  opinions: 478,
  /** Communes (before the 2025 reorganization) that adopted the friendly-government model… */
  friendlyGovernmentAdopters: 166,
  /** …of the province's communes then. */
  communesBefore2025: 200,
  year: 2024,
} as const;

const FIELDS = Object.values(ModelField);
const INSERT_CHUNK = 500;

/** Inserts `rows` of `entity` in bulk statements of `INSERT_CHUNK` rows. */
export async function insertInChunks<T extends object>(
  em: EntityManager,
  entity: new () => T,
  rows: Partial<T>[],
): Promise<void> {
  for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
    await em.insertMany(entity, rows.slice(i, i + INSERT_CHUNK) as T[]);
  }
}

/**
 * The "Dân vận khéo" models of Lạng Sơn's communes, registered by the
 * provincial Ban Dân vận: 524 registered in 2023 and MAINTAINED in 2024, and
 * 1,111 NEW in 2024 (1,635 in all), spread over the province's communes and
 * fields. Bulk inserts, no entity per row.
 */
async function insertDemoModels(
  em: EntityManager,
  orgIds: Map<string, string>,
  areaIds: Map<string, string>,
) {
  const { year, modelsMaintained, modelsNew } = DEMO_RECORD_FIGURES;
  const communes = await em.execute<{ id: string; name: string }[]>(
    `select id, name from administrative_area where parent_id = ? and level = ? order by code`,
    [areaIds.get(DEMO_AREA.langSon), AreaLevel.COMMUNE],
  );
  const owner = orgIds.get(DEMO_ORG.massMobilization)!;
  const now = new Date();
  const models: Partial<MassMobilizationModel>[] = [];
  const statuses: Partial<ModelYearStatus>[] = [];
  for (let i = 0; i < modelsMaintained + modelsNew; i++) {
    const commune = communes[i % communes.length];
    const maintained = i < modelsMaintained;
    const registered = maintained ? year - 1 : year;
    const name = `Dân vận khéo ${commune.name} số ${i + 1}`;
    const id = randomUUID();
    models.push({
      id,
      name,
      searchKey: foldForSearch(name),
      owner: owner as never,
      area: commune.id as never,
      level: AreaLevel.COMMUNE,
      field: FIELDS[i % FIELDS.length],
      yearRegistered: registered,
      latestStatus: maintained ? ModelStatus.MAINTAINED : ModelStatus.NEW,
      latestYear: year,
      version: 1,
      createdAt: now,
      updatedAt: now,
    });
    statuses.push({
      id: randomUUID(),
      model: id as never,
      year: registered,
      status: ModelStatus.NEW,
      createdAt: now,
      updatedAt: now,
    });
    if (maintained) {
      statuses.push({
        id: randomUUID(),
        model: id as never,
        year,
        status: ModelStatus.MAINTAINED,
        createdAt: now,
        updatedAt: now,
      });
    }
  }
  await insertInChunks(em, MassMobilizationModel, models);
  await insertInChunks(em, ModelYearStatus, statuses);
  return { models: models.length, communeIds: communes.map((c) => c.id) };
}

/** The Front's 78 social critiques of the province's drafts in 2024, 478 opinions in all. */
async function insertDemoCritiques(em: EntityManager, orgIds: Map<string, string>) {
  const { critiques, opinions, year } = DEMO_RECORD_FIGURES;
  const base = Math.floor(opinions / critiques);
  const extra = opinions - base * critiques;
  const now = new Date();
  const rows: Partial<SocialCritique>[] = Array.from({ length: critiques }, (_, i) => {
    const draftTitle = `Dự thảo văn bản của UBND tỉnh số ${i + 1}/${year}`;
    return {
      id: randomUUID(),
      organization: orgIds.get(DEMO_ORG.fatherlandFront) as never,
      draftTitle,
      searchKey: foldForSearch(draftTitle),
      draftingOrganization: orgIds.get(DEMO_ORG.peoplesCommittee) as never,
      form: i % 3 === 0 ? CritiqueForm.CONFERENCE : CritiqueForm.WRITTEN,
      heldOn: `${year}-${String(1 + (i % 12)).padStart(2, '0')}-15`,
      opinionsCount: base + (i < extra ? 1 : 0),
      takenIn: null,
      version: 1,
      createdAt: now,
      updatedAt: now,
    };
  });
  await insertInChunks(em, SocialCritique, rows);
  return rows.length;
}

/** The name of the demo friendly-government model, for tests. */
export const DEMO_FRIENDLY_GOVERNMENT_MODEL = 'Chính quyền thân thiện, vì Nhân dân phục vụ';

/**
 * The friendly-government model ("Chính quyền thân thiện") of the provincial
 * people's committee, registered in 2021, and its adoption by 166 of the
 * province's 200 communes of the time: their people's committees are
 * inserted as organizations dissolved in the 2025 reorganization (history is
 * kept), spread over today's commune areas.
 */
async function insertFriendlyGovernment(
  em: EntityManager,
  orgIds: Map<string, string>,
  communeIds: string[],
  provinceAreaId: string,
) {
  const { friendlyGovernmentAdopters, communesBefore2025, year } = DEMO_RECORD_FIGURES;
  const now = new Date();
  const organizations = Array.from({ length: communesBefore2025 }, (_, i) => {
    const name = `UBND xã (trước sắp xếp 2025) số ${i + 1}`;
    return {
      id: randomUUID(),
      code: `LS-XC-${String(i + 1).padStart(3, '0')}`,
      name,
      shortName: null,
      searchKey: foldForSearch(name),
      kind: OrganizationKind.PEOPLES_COMMITTEE,
      area: communeIds[i % communeIds.length],
      parent: orgIds.get(DEMO_ORG.peoplesCommittee)!,
      status: OrganizationStatus.DISSOLVED,
      successor: null,
      endedOn: '2025-06-30',
      version: 1,
      createdAt: now,
      updatedAt: now,
    };
  });
  await insertInChunks(em, Organization, organizations as never[]);
  const model = randomUUID();
  await insertInChunks(em, MassMobilizationModel, [
    {
      id: model,
      name: DEMO_FRIENDLY_GOVERNMENT_MODEL,
      searchKey: foldForSearch(DEMO_FRIENDLY_GOVERNMENT_MODEL),
      owner: orgIds.get(DEMO_ORG.peoplesCommittee) as never,
      area: provinceAreaId as never,
      level: AreaLevel.PROVINCE,
      field: ModelField.PARTY_BUILDING,
      yearRegistered: 2021,
      latestStatus: ModelStatus.MAINTAINED,
      latestYear: year,
      version: 1,
      createdAt: now,
      updatedAt: now,
    },
  ]);
  await insertInChunks(em, ModelYearStatus, [
    {
      id: randomUUID(),
      model: model as never,
      year: 2021,
      status: ModelStatus.NEW,
      createdAt: now,
      updatedAt: now,
    },
    {
      id: randomUUID(),
      model: model as never,
      year,
      status: ModelStatus.MAINTAINED,
      createdAt: now,
      updatedAt: now,
    },
  ]);
  const adoptions = organizations.slice(0, friendlyGovernmentAdopters).map((o, i) => ({
    id: randomUUID(),
    model: model as never,
    organization: o.id as never,
    adoptedOn: `${2021 + (i % 4)}-0${1 + (i % 9)}-01`,
    createdAt: now,
    updatedAt: now,
  }));
  await insertInChunks(em, ModelAdoption, adoptions);
}

/**
 * Inserts the demo records of mass-mobilization work (models with the
 * friendly-government adoptions, critiques); returns how many models and critiques.
 */
export async function insertDemoRecords(
  em: EntityManager,
  orgIds: Map<string, string>,
  areaIds: Map<string, string>,
): Promise<{ models: number; critiques: number }> {
  const { models, communeIds } = await insertDemoModels(em, orgIds, areaIds);
  await insertFriendlyGovernment(em, orgIds, communeIds, areaIds.get(DEMO_AREA.langSon)!);
  return { models: models + 1, critiques: await insertDemoCritiques(em, orgIds) };
}
