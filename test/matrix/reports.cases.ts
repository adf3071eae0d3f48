/**
 * Matrix cases of the reports module (issue 16). A and B are Ban Dân vận required to report on a
 * yearly form; A's reports are approved by P (the organization above it), B's by nobody but system
 * administrators (it has no parent). Reading a report needs a role on the reporter or its approver
 * (or above them); saving, submitting and correcting need MEMBER on the reporter; approving and
 * returning need COORDINATOR on the approver. Indicators and forms are read by anyone signed in;
 * completeness counts only the reports the viewer may read. The roll-up of an organization (and its
 * exports) and its annual review are read by those with a role on it (or above it).
 */
import { Role } from '../../server/core/access.js';
import { toGlobalId } from '../../server/core/ids.js';
import { todayInVietnam } from '../../server/core/scalars.js';
import { AreaLevel } from '../../server/modules/areas/area.entity.js';
import { OrganizationKind } from '../../server/modules/organizations/organization.entity.js';
import { ReportIndicator } from '../../server/modules/reports/indicator.entity.js';
import { periodContaining, previousPeriod } from '../../server/modules/reports/periods.js';
import {
  ReportForm,
  ReportFormIndicator,
  ReportFormRequirement,
} from '../../server/modules/reports/report-form.entity.js';
import { PeriodType, SubmissionStatus } from '../../server/modules/reports/report.enums.js';
import { ReportSubmission } from '../../server/modules/reports/submission.entity.js';
import { gid, unique } from '../helpers/factories.js';
import {
  holds,
  isAdminOver,
  world,
  type Actor,
  type MutationCase,
  type Owner,
  type ReadCase,
} from './world.js';

const year = previousPeriod(periodContaining(PeriodType.YEAR, todayInVietnam()));

/** A fresh yearly form of one typed indicator, required of Ban Dân vận at every level. */
async function form(): Promise<ReportForm> {
  const em = world.ts.orm.em.fork();
  const created = em.create(ReportForm, {
    code: unique('MF-'),
    name: `Báo cáo năm ${unique()}`,
    periodType: PeriodType.YEAR,
    deadlineDays: 10,
  });
  const indicator = await em.findOneOrFail(ReportIndicator, { code: 'MEDIATORS' });
  em.create(ReportFormIndicator, { form: created, indicator, position: 0 });
  for (const areaLevel of [AreaLevel.PROVINCE, AreaLevel.COMMUNE]) {
    em.create(ReportFormRequirement, {
      form: created,
      organizationKind: OrganizationKind.MASS_MOBILIZATION_COMMISSION,
      areaLevel,
    });
  }
  await em.flush();
  return created;
}

/** A report of `owner` on a fresh form, in `status`. */
async function submission(owner: Owner, status: SubmissionStatus): Promise<ReportSubmission> {
  const f = await form();
  const em = world.ts.orm.em.fork();
  const organization = world.org[owner];
  const created = em.create(ReportSubmission, {
    form: f.id,
    organization: organization.id,
    area: organization.area.id,
    approver: owner === 'A' ? world.org.P.id : null,
    periodKey: year.key,
    periodStart: year.start,
    periodEnd: year.end,
    dueOn: year.end,
    status,
  });
  await em.flush();
  return created;
}

const subGid = (s: { id: string }) => toGlobalId('ReportSubmission', s.id);

/** MEMBER over the reporter: may save, submit and correct its reports. */
const edits = (actor: Actor, owner: Owner): boolean => holds(actor, Role.MEMBER, owner);
/** COORDINATOR over the approver (P for A; nobody's for B): may approve and return. */
const reviews = (actor: Actor, owner: Owner): boolean =>
  actor.isSystemAdmin ||
  (owner === 'A' && actor.on === 'P' && (actor.role === Role.COORDINATOR || actor.role === Role.ADMIN));
/** VIEWER over the reporter (P reads A's reports from above and as approver). */
const reads = (actor: Actor, owner: Owner): boolean => holds(actor, Role.VIEWER, owner);

const change = (mutation: string, input: string, extra = '') =>
  `mutation($i: ${input}!) { ${mutation}(input: $i) { submission { id status${extra} } } }`;

/** One case per root mutation of the module. */
export const reportMutations: Record<string, MutationCase> = {
  createReportIndicator: {
    owners: ['A', 'B'],
    prepare: async (owner) => ({
      query:
        'mutation($i: CreateReportIndicatorInput!) { createReportIndicator(input: $i) { indicator { code } } }',
      variables: {
        i: {
          ownerOrganizationId: gid.org(world.org[owner]),
          code: unique('M_').toUpperCase().replace(/-/g, '_'),
          nameVi: 'Số hộ gia đình văn hóa',
          nameEn: 'Cultured households',
          unit: 'COUNT',
          source: 'ENTERED',
        },
      },
    }),
    allowed: isAdminOver,
  },
  createReportForm: {
    owners: ['A', 'B'],
    prepare: async (owner) => ({
      query: 'mutation($i: CreateReportFormInput!) { createReportForm(input: $i) { form { code } } }',
      variables: {
        i: {
          ownerOrganizationId: gid.org(world.org[owner]),
          code: unique('MF_').toUpperCase().replace(/-/g, '_'),
          name: 'Báo cáo quý',
          periodType: 'QUARTER',
          deadlineDays: 5,
          indicators: [{ indicatorCode: 'MEDIATORS' }],
          requirements: [{ organizationKind: 'MASS_MOBILIZATION_COMMISSION', areaLevel: 'COMMUNE' }],
        },
      },
    }),
    allowed: isAdminOver,
  },
  saveReportDraft: {
    owners: ['A', 'B'],
    prepare: async (owner) => ({
      query: change('saveReportDraft', 'SaveReportDraftInput'),
      variables: {
        i: {
          formId: toGlobalId('ReportForm', (await form()).id),
          organizationId: gid.org(world.org[owner]),
          periodKey: year.key,
          values: [{ indicatorCode: 'MEDIATORS', value: 5 }],
          expectedVersion: null,
        },
      },
    }),
    allowed: edits,
  },
  submitReport: {
    owners: ['A', 'B'],
    prepare: async (owner) => ({
      query: change('submitReport', 'ReportChangeInput'),
      variables: {
        i: { submissionId: subGid(await submission(owner, SubmissionStatus.DRAFT)), expectedVersion: 1 },
      },
    }),
    allowed: edits,
  },
  approveReport: {
    owners: ['A', 'B'],
    prepare: async (owner) => ({
      query: change('approveReport', 'ReportChangeInput'),
      variables: {
        i: { submissionId: subGid(await submission(owner, SubmissionStatus.SUBMITTED)), expectedVersion: 1 },
      },
    }),
    allowed: reviews,
  },
  returnReport: {
    owners: ['A', 'B'],
    prepare: async (owner) => ({
      query: change('returnReport', 'ReturnReportInput'),
      variables: {
        i: {
          submissionId: subGid(await submission(owner, SubmissionStatus.SUBMITTED)),
          expectedVersion: 1,
          comment: 'Bổ sung số liệu',
        },
      },
    }),
    allowed: reviews,
  },
  correctReport: {
    owners: ['A', 'B'],
    prepare: async (owner) => ({
      query: change('correctReport', 'CorrectReportInput', ' revision'),
      variables: {
        i: {
          submissionId: subGid(await submission(owner, SubmissionStatus.APPROVED)),
          expectedVersion: 1,
          reason: 'Ghi sai số liệu',
        },
      },
    }),
    allowed: edits,
  },
};

/** One report per owner for the read cases, made on first use. */
const readable: Partial<Record<Owner, Promise<ReportSubmission>>> = {};
const readSubmission = (owner: Owner) => (readable[owner] ??= submission(owner, SubmissionStatus.SUBMITTED));

/**
 * The roll-up of the owner and the organizations below it for the year: read by those with a role
 * on it (or above it), NOT_FOUND to the others. (The roll-up of an area, read by those with a role
 * on an organization at the area or above it, is checked in test/reports/rollup.test.ts: the
 * matrix's world places other modules' units of A and of B at P's province.)
 */
const rollUpOf = (owner: Owner) => ({
  indicatorCodes: ['MEDIATORS'],
  organizationId: gid.org(world.org[owner]),
  periodType: 'YEAR',
  from: year.key,
});

/** Read cases: the owner's report is data to those who may read it, NOT_FOUND or absent to the others. */
export const reportReads: Record<string, ReadCase> = {
  reportIndicators: { call: () => ({ query: '{ reportIndicators { code source } }' }) },
  reportValidationRules: { call: () => ({ query: '{ reportValidationRules { code operator } }' }) },
  reportForms: {
    call: () => ({ query: '{ reportForms { id name indicators { position } requirements { areaLevel } } }' }),
  },
  reportCompleteness: {
    call: async (owner) => ({
      query:
        'query($f: ID!, $p: String!, $a: ID!) { reportCompleteness(formId: $f, periodKey: $p, areaId: $a) { expected submitted missing { totalCount } } }',
      variables: {
        f: toGlobalId('ReportForm', (await readSubmission(owner)).form.id),
        p: year.key,
        a: gid.area(world.province),
      },
    }),
    // Counted over the reports the viewer may read: the owner's (the only one on its form) is
    // submitted to those who may read it, and not counted for the others (denied looks like missing).
    allowed: reads,
    isEmpty: (data) =>
      (data as { reportCompleteness: { submitted: number } } | null)?.reportCompleteness.submitted === 0,
  },
  reportSubmission: {
    call: async (owner) => ({
      query:
        'query($id: ID!) { reportSubmission(id: $id) { status values { value } viewerCan { edit review } } }',
      variables: { id: subGid(await readSubmission(owner)) },
    }),
    allowed: reads,
  },
  reportSubmissions: {
    call: async (owner) => ({
      query:
        'query($f: ReportSubmissionFilter) { reportSubmissions(first: 5, filter: $f) { edges { node { id } } } }',
      variables: { f: { formId: toGlobalId('ReportForm', (await readSubmission(owner)).form.id) } },
    }),
    allowed: reads,
    isEmpty: (data) =>
      (data as { reportSubmissions: { edges: unknown[] } } | null)?.reportSubmissions.edges.length === 0,
  },
  indicatorValues: {
    call: (owner) => ({
      query:
        'query($i: IndicatorValuesInput!) { indicatorValues(input: $i) { organizationId values { value reports expectedReports } } }',
      variables: { i: rollUpOf(owner) },
    }),
    allowed: reads,
  },
  indicatorValuesExport: {
    call: (owner) => ({
      query:
        'query($i: IndicatorValuesInput!) { indicatorValuesExport(input: $i, format: CSV) { filename base64 } }',
      variables: { i: rollUpOf(owner) },
    }),
    allowed: reads,
  },
  annualReviewDocument: {
    call: (owner) => ({
      query: 'query($o: ID!, $y: Int!) { annualReviewDocument(organizationId: $o, year: $y) { filename } }',
      variables: { o: gid.org(world.org[owner]), y: Number(year.key) },
    }),
    allowed: reads,
  },
  'node (ReportSubmission)': {
    call: async (owner) => ({
      query: 'query($id: ID!) { node(id: $id) { id } }',
      variables: { id: subGid(await readSubmission(owner)) },
    }),
    allowed: reads,
  },
};
