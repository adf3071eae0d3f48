/**
 * Bursts of report, petition and model mutations over real HTTP against a server whose pool has
 * fewer connections (4) than there are concurrent clients: every request is answered (none hangs),
 * nothing is lost, and of many writers at one version exactly one wins while the others get
 * CONFLICT. Correctness tests with generous bounds, not timing tests (see test/load-bursts.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { Role } from '../server/core/access.js';
import { AreaLevel } from '../server/modules/areas/area.entity.js';
import { type Organization, OrganizationKind } from '../server/modules/organizations/organization.entity.js';
import type { ReportForm } from '../server/modules/reports/report-form.entity.js';
import { PeriodType } from '../server/modules/reports/report.enums.js';
import { within } from './helpers/bounded.js';
import { ANSWER_BOUND_MS, burst, oneWinner } from './helpers/bursts.js';
import { gid, makeArea, makeOrganization, makeUserWith, unique, type TestUser } from './helpers/factories.js';
import {
  endedPeriod,
  formGid,
  makeForm,
  makeReportWorld,
  SAVE,
  SUBMIT,
  type Sub,
} from './helpers/reports.js';
import { dbId, ok } from './helpers/results.js';
import { useTestServer } from './helpers/server.js';

const BURST_TIMEOUT_MS = 180_000;
const POOL = 4;
/** Concurrent clients of each burst: well over the pool's connections. */
const CLIENTS = 24;

const year = endedPeriod(PeriodType.YEAR);

let form: ReportForm;
let fronts: Organization[];
let reporter: TestUser;
let approver: TestUser;
let commune: Organization;
let communeArea: { id: string };
let committee: TestUser;

const ts = useTestServer({
  env: {
    DATABASE_POOL_MAX: String(POOL),
    DATABASE_ACQUIRE_TIMEOUT_MS: '60000',
    DATABASE_LOCK_TIMEOUT_MS: '60000',
  },
  setUp: async () => {
    // The Fronts of CLIENTS communes below a province's Front (`makeReportWorld`).
    const world = await makeReportWorld(CLIENTS, ts);
    const { em, province, provinceFront } = world;
    fronts = world.fronts;
    communeArea = await makeArea(em, { name: `Xã ${unique()}`, level: AreaLevel.COMMUNE, parent: province });
    commune = await makeOrganization(em, {
      area: communeArea as never,
      name: `UBND xã ${unique()}`,
      kind: OrganizationKind.PEOPLES_COMMITTEE,
    });
    form = await makeForm(em, { codes: ['MEDIATORS', 'MEDIATION_TEAMS'] });
    // A MEMBER on the province's Front reports for every commune's Front below it (a role reaches down).
    reporter = await makeUserWith(ts.orm, provinceFront.id, Role.MEMBER);
    approver = await makeUserWith(ts.orm, provinceFront.id, Role.COORDINATOR);
    committee = await makeUserWith(ts.orm, commune.id, Role.COORDINATOR);
  },
});

const save = (
  organization: Organization,
  values: Record<string, number>,
  expectedVersion?: number | null,
  token = reporter.token,
) =>
  ts.gql<{ saveReportDraft: { submission: Sub } }>(
    SAVE,
    {
      i: {
        formId: formGid(form),
        organizationId: gid.org(organization),
        periodKey: year.key,
        values: Object.entries(values).map(([indicatorCode, value]) => ({ indicatorCode, value })),
        ...(expectedVersion === undefined ? {} : { expectedVersion }),
      },
    },
    token,
  );

const submit = (submission: { id: string; version: number }) =>
  ts.gql<{ submitReport: { submission: Sub } }>(
    SUBMIT,
    { i: { submissionId: submission.id, expectedVersion: submission.version } },
    reporter.token,
  );

describe(`report mutations with ${CLIENTS} clients on a pool of ${POOL}`, () => {
  it('saves and submits the reports of many organizations at once: all stored, values and audit', {
    timeout: BURST_TIMEOUT_MS,
  }, async () => {
    const results = await burst(CLIENTS, async (i) => {
      const draft = ok(await within(ANSWER_BOUND_MS, save(fronts[i]!, { MEDIATORS: i + 1 }))).saveReportDraft
        .submission;
      return submit(draft);
    });
    const submitted = results.map((r) => ok(r).submitReport.submission);
    expect(submitted.map((s) => s.status)).toEqual(Array(CLIENTS).fill('SUBMITTED'));
    const em = ts.orm.em.fork();
    const rows = await em.execute<{ organization_id: string; value: number; first: boolean }[]>(
      `select s.organization_id, v.value, s.first_submitted_at is not null as first
         from report_submission s
         join report_value v on v.submission_id = s.id
         join report_indicator i on i.id = v.indicator_id and i.code = 'MEDIATORS'
        where s.form_id = ? and s.period_key = ? and s.status = 'SUBMITTED' and s.current`,
      [form.id, year.key],
    );
    const byOrganization = new Map(rows.map((r) => [r.organization_id, Number(r.value)]));
    expect(fronts.map((f) => byOrganization.get(f.id))).toEqual(fronts.map((_, i) => i + 1));
    expect(rows.every((r) => r.first)).toBe(true);
    const [{ audited }] = await em.execute(
      `select count(distinct t.id)::int as audited from unnest(?::text[]) as t(id)
        where exists (select 1 from audit_record a where a.operation = 'submitReport' and t.id = any(a.record_ids))`,
      [`{${submitted.map((s) => dbId(s.id)).join(',')}}`],
    );
    expect(audited).toBe(CLIENTS);
  });

  it('many writers at one version of a report: one save and one submission win, the others get CONFLICT', {
    timeout: BURST_TIMEOUT_MS,
  }, async () => {
    const front = fronts[0]!;
    // The first test may have submitted it: the report of another period keeps this test its own.
    const organization = await (async () => {
      const em = ts.orm.em.fork();
      const area = await makeArea(em, { level: AreaLevel.COMMUNE });
      return makeOrganization(em, { area, kind: OrganizationKind.FATHERLAND_FRONT, parent: front });
    })();
    const reporterHere = await makeUserWith(ts.orm, organization.id, Role.MEMBER);
    const first = ok(await save(organization, {}, 0, reporterHere.token)).saveReportDraft.submission;
    const saves = await burst(CLIENTS, (i) =>
      save(organization, { MEDIATORS: 100 + i }, first.version, reporterHere.token),
    );
    const winner = oneWinner(saves);
    const saved = ok(saves[winner]!).saveReportDraft.submission;
    expect(saved.version).toBe(first.version + 1);
    expect(saved.values.map((v) => v.value)).toEqual([100 + winner]);

    const submissions = await burst(CLIENTS, () =>
      ts.gql(SUBMIT, { i: { submissionId: saved.id, expectedVersion: saved.version } }, reporterHere.token),
    );
    oneWinner(submissions);
    const em = ts.orm.em.fork();
    const [row] = await em.execute<{ status: string; version: number; n: number }[]>(
      `select status, version, (select count(*)::int from report_submission x
                                 where x.form_id = s.form_id and x.organization_id = s.organization_id) as n
         from report_submission s where id = ?`,
      [dbId(saved.id)],
    );
    expect(row).toMatchObject({ status: 'SUBMITTED', version: saved.version + 1, n: 1 });
    // And the approver still answers at once.
    const approve = await within(
      ANSWER_BOUND_MS,
      ts.gql(
        `mutation($i: ReportChangeInput!) { approveReport(input: $i) { submission { status } } }`,
        { i: { submissionId: saved.id, expectedVersion: saved.version + 1 } },
        approver.token,
      ),
    );
    expect(ok(approve)).toEqual({ approveReport: { submission: { status: 'APPROVED' } } });
  });
});

describe(`petition and model mutations with ${CLIENTS} clients on a pool of ${POOL}`, () => {
  it('receives many petitions at once, then one classification of many at one version wins', {
    timeout: BURST_TIMEOUT_MS,
  }, async () => {
    const subject = unique('Phản ánh tải ');
    const received = await burst(CLIENTS, (i) =>
      ts.gql<{ receivePetition: { petition: { id: string; version: number } } }>(
        `mutation($i: ReceivePetitionInput!) { receivePetition(input: $i) { petition { id version } } }`,
        {
          i: {
            organizationId: gid.org(commune),
            kind: 'FEEDBACK',
            channel: 'POST',
            receivedOn: '2025-03-03',
            subject: `${subject} ${i}`,
            summary: 'Đề nghị sửa đường liên thôn.',
            areaId: gid.area(communeArea),
            petitioner: { fullName: 'Nguyễn Văn Bình' },
          },
        },
        committee.token,
      ),
    );
    const petitions = received.map((r) => ok(r).receivePetition.petition);
    const em = ts.orm.em.fork();
    const [{ stored }] = await em.execute(
      `select count(*)::int as stored from petition where subject like ? and organization_id = ?`,
      [`${subject} %`, commune.id],
    );
    expect(stored).toBe(CLIENTS);

    const target = petitions[0]!;
    const classified = await burst(CLIENTS, (i) =>
      ts.gql(
        `mutation($i: ClassifyPetitionInput!) { classifyPetition(input: $i) { petition { id status version } } }`,
        { i: { petitionId: target.id, expectedVersion: target.version, withinJurisdiction: i % 2 === 0 } },
        committee.token,
      ),
    );
    oneWinner(classified);
    const [row] = await em.execute<{ version: number }[]>('select version from petition where id = ?', [
      dbId(target.id),
    ]);
    expect(row!.version).toBe(target.version + 1);
  });

  it('many writers of a model status at one version: one wins, one status row, the others get CONFLICT', {
    timeout: BURST_TIMEOUT_MS,
  }, async () => {
    const registered = ok(
      await ts.gql<{ registerModel: { model: { id: string; version: number } } }>(
        `mutation($i: RegisterModelInput!) { registerModel(input: $i) { model { id version } } }`,
        {
          i: {
            ownerOrganizationId: gid.org(commune),
            name: `Dân vận khéo ${unique()}`,
            areaId: gid.area(communeArea),
            level: 'COMMUNE',
            field: 'PARTY_BUILDING',
            yearRegistered: 2023,
            description: 'Mô hình dân vận khéo ở thôn bản',
          },
        },
        committee.token,
      ),
    ).registerModel.model;
    const statuses = ['MAINTAINED', 'COMMENDED', 'DISCONTINUED'];
    const results = await burst(CLIENTS, (i) =>
      ts.gql(
        `mutation($i: RecordModelStatusInput!) { recordModelStatus(input: $i) { model { id version } } }`,
        {
          i: {
            modelId: registered.id,
            expectedVersion: registered.version,
            year: 2024,
            status: statuses[i % statuses.length],
          },
        },
        committee.token,
      ),
    );
    const winner = oneWinner(results);
    const em = ts.orm.em.fork();
    const rows = await em.execute<{ status: string }[]>(
      'select status from model_year_status where model_id = ? and year = 2024',
      [dbId(registered.id)],
    );
    expect(rows.map((r) => r.status)).toEqual([statuses[winner % statuses.length]]);
  });
});
