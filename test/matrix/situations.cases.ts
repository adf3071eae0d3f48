/**
 * Matrix cases of the situations module. Reports are A's or B's; complex situations are opened by A or
 * B and handled by an agency no actor holds a role on. Reading needs a role on the opener (or reporter)
 * or above it; filing, opening, escalating, moving the status and starting a response program need
 * COORDINATOR on it.
 */
import { Role } from '../../server/core/access.js';
import { toGlobalId } from '../../server/core/ids.js';
import { foldForSearch } from '../../server/core/text.js';
import type { Organization } from '../../server/modules/organizations/organization.entity.js';
import {
  ComplexSituation,
  SituationCategory,
  SituationHandler,
  SituationReport,
  SituationSeverity,
} from '../../server/modules/situations/situation.entity.js';
import { gid, makeOrganization, unique } from '../helpers/factories.js';
import { holds, world, type Actor, type MutationCase, type Owner, type ReadCase } from './world.js';

const keeps = (actor: Actor, owner: Owner): boolean => holds(actor, Role.COORDINATOR, owner);
const reads = (actor: Actor, owner: Owner): boolean => holds(actor, Role.VIEWER, owner);

let handlerAgency: Organization | undefined;
async function handler(): Promise<Organization> {
  handlerAgency ??= await makeOrganization(world.ts.orm.em.fork(), {
    area: world.province,
    name: 'Công an tỉnh (xử lý)',
  });
  return handlerAgency;
}

async function situation(owner: Owner): Promise<ComplexSituation> {
  const em = world.ts.orm.em.fork();
  const title = unique(`Điểm nóng ${owner} `);
  const created = em.create(ComplexSituation, {
    organization: world.org[owner].id,
    title,
    searchKey: foldForSearch(title),
    category: SituationCategory.MASS_COMPLAINTS,
    severity: SituationSeverity.LOW,
    area: world.province.id,
    openedOn: '2024-10-01',
  });
  em.create(SituationHandler, { situation: created, organization: (await handler()).id });
  await em.flush();
  return created;
}

async function report(owner: Owner): Promise<SituationReport> {
  const em = world.ts.orm.em.fork();
  const text = unique(`Tình hình ${owner} `);
  const created = em.create(SituationReport, {
    organization: world.org[owner].id,
    periodStart: '2024-01-01',
    periodEnd: '2024-03-31',
    themes: [{ theme: 'Tư tưởng', text }],
    flaggedIssues: [],
    searchKey: foldForSearch(text),
  });
  await em.flush();
  return created;
}

let reported = 0;
/** A period end no earlier cell used: reports are one per organization and period. */
function nextPeriodEnd(): string {
  const end = new Date(Date.UTC(2024, 0, 1 + reported++));
  return end.toISOString().slice(0, 10);
}

const situationGid = async (owner: Owner) => toGlobalId('ComplexSituation', (await situation(owner)).id);

export const situationMutations: Record<string, MutationCase> = {
  reportSituation: {
    owners: ['A', 'B'],
    prepare: async (owner) => ({
      query: 'mutation($i: ReportSituationInput!) { reportSituation(input: $i) { report { id } } }',
      variables: {
        i: {
          organizationId: gid.org(world.org[owner]),
          periodStart: '2024-01-01',
          periodEnd: nextPeriodEnd(),
          themes: [{ theme: 'Tư tưởng', text: `Ổn định ${unique()}` }],
        },
      },
    }),
    allowed: keeps,
  },
  openComplexSituation: {
    owners: ['A', 'B'],
    prepare: async (owner) => ({
      query:
        'mutation($i: OpenComplexSituationInput!) { openComplexSituation(input: $i) { situation { id } } }',
      variables: {
        i: {
          organizationId: gid.org(world.org[owner]),
          title: 'Khiếu kiện đông người',
          category: 'MASS_COMPLAINTS',
          severity: 'MEDIUM',
          areaId: gid.area(world.province),
          openedOn: '2024-10-01',
          handlingOrganizationIds: [gid.org(await handler())],
        },
      },
    }),
    allowed: keeps,
  },
  updateComplexSituation: {
    owners: ['A', 'B'],
    prepare: async (owner) => ({
      query:
        'mutation($i: UpdateComplexSituationInput!) { updateComplexSituation(input: $i) { situation { id } } }',
      variables: {
        i: { situationId: await situationGid(owner), expectedVersion: 1, title: unique('Điểm nóng ') },
      },
    }),
    allowed: keeps,
  },
  escalateComplexSituation: {
    owners: ['A', 'B'],
    prepare: async (owner) => ({
      query:
        'mutation($i: EscalateComplexSituationInput!) { escalateComplexSituation(input: $i) { situation { id } } }',
      variables: { i: { situationId: await situationGid(owner), expectedVersion: 1, severity: 'HIGH' } },
    }),
    allowed: keeps,
  },
  changeComplexSituationStatus: {
    owners: ['A', 'B'],
    prepare: async (owner) => ({
      query:
        'mutation($i: ChangeComplexSituationStatusInput!) { changeComplexSituationStatus(input: $i) { situation { id } } }',
      variables: { i: { situationId: await situationGid(owner), expectedVersion: 1, status: 'HANDLING' } },
    }),
    allowed: keeps,
  },
  startResponseProgram: {
    owners: ['A', 'B'],
    prepare: async (owner) => ({
      query:
        'mutation($i: StartResponseProgramInput!) { startResponseProgram(input: $i) { program { id } } }',
      variables: { i: { situationId: await situationGid(owner), code: unique('PA-') } },
    }),
    allowed: keeps,
  },
};

const readable: Partial<Record<Owner, Promise<[ComplexSituation, SituationReport]>>> = {};
const records = (owner: Owner) => (readable[owner] ??= Promise.all([situation(owner), report(owner)]));

export const situationReads: Record<string, ReadCase> = {
  complexSituations: {
    call: async (owner) => ({
      query:
        'query($s: String) { complexSituations(first: 5, filter: { search: $s }) { edges { node { id } } } }',
      variables: { s: (await records(owner))[0].title },
    }),
    allowed: reads,
    isEmpty: (data) =>
      (data as { complexSituations: { edges: unknown[] } } | null)?.complexSituations.edges.length === 0,
  },
  complexSituation: {
    call: async (owner) => ({
      query:
        'query($id: ID!) { complexSituation(id: $id) { title viewerCan { escalate } handlingOrganizations { id } } }',
      variables: { id: toGlobalId('ComplexSituation', (await records(owner))[0].id) },
    }),
    allowed: reads,
  },
  situationReports: {
    call: async (owner) => ({
      query:
        'query($s: String) { situationReports(first: 5, filter: { search: $s }) { edges { node { id } } } }',
      variables: { s: (await records(owner))[1].themes[0].text },
    }),
    allowed: reads,
    isEmpty: (data) =>
      (data as { situationReports: { edges: unknown[] } } | null)?.situationReports.edges.length === 0,
  },
  situationReport: {
    call: async (owner) => ({
      query: 'query($id: ID!) { situationReport(id: $id) { periodStart themes { theme } } }',
      variables: { id: toGlobalId('SituationReport', (await records(owner))[1].id) },
    }),
    allowed: reads,
  },
  'node (ComplexSituation)': {
    call: async (owner) => ({
      query: 'query($id: ID!) { node(id: $id) { id } }',
      variables: { id: toGlobalId('ComplexSituation', (await records(owner))[0].id) },
    }),
    allowed: reads,
  },
};
