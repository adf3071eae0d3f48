/**
 * A province defines its own indicators and report forms (issue 16): ENTERED or DERIVED indicators
 * (COUNTED ones are the code's), forms with their indicators in order, who must submit, the
 * deadline and, optionally, a fixed approver instead of each reporter's parent.
 */
import { describe, expect, it } from 'vitest';
import { Role } from '../../server/core/access.js';
import { PeriodType } from '../../server/modules/reports/report.enums.js';
import { AreaLevel } from '../../server/modules/areas/area.entity.js';
import { OrganizationKind } from '../../server/modules/organizations/organization.entity.js';
import { gid, makeArea, makeOrganization, makeUserWith, unique } from '../helpers/factories.js';
import { fails, ok } from '../helpers/results.js';
import { endedPeriod, makeReportWorld, SAVE, saveDraft, ts, useReportsServer } from '../helpers/reports.js';

useReportsServer();

const INDICATOR = `mutation($i: CreateReportIndicatorInput!) { createReportIndicator(input: $i) {
  indicator { id code unit source aggregation numeratorCode denominatorCode } } }`;
const FORM = `mutation($i: CreateReportFormInput!) { createReportForm(input: $i) {
  form { id code periodType deadlineDays indicators { position section indicator { code } } requirements { organizationKind areaLevel } } } }`;

const code = () => `LS_${unique().toUpperCase().replace(/-/g, '_')}`;

describe('defining indicators and forms', () => {
  it("adds a province's indicators and a form of them with a fixed approver, on which communes report", async () => {
    const w = await makeReportWorld(1);
    const admin = await makeUserWith(ts.orm, w.provinceFront.id, Role.ADMIN);
    const owner = gid.org(w.provinceFront);
    const households = code();
    const entered = ok(
      await ts.gql<{ createReportIndicator: { indicator: { code: string; aggregation: string } } }>(
        INDICATOR,
        {
          i: {
            ownerOrganizationId: owner,
            code: households,
            nameVi: 'Số hộ đạt gia đình văn hóa',
            nameEn: 'Cultured households',
            unit: 'COUNT',
            source: 'ENTERED',
          },
        },
        admin.token,
      ),
    );
    expect(entered.createReportIndicator.indicator).toMatchObject({ code: households, aggregation: 'SUM' });
    const rate = code();
    const derived = ok(
      await ts.gql<{ createReportIndicator: { indicator: Record<string, unknown> } }>(
        INDICATOR,
        {
          i: {
            ownerOrganizationId: owner,
            code: rate,
            nameVi: 'Tỷ lệ hòa giải viên mỗi tổ',
            nameEn: 'Mediators per team',
            unit: 'RATIO',
            source: 'DERIVED',
            numeratorCode: 'MEDIATORS',
            denominatorCode: 'MEDIATION_TEAMS',
          },
        },
        admin.token,
      ),
    );
    expect(derived.createReportIndicator.indicator).toMatchObject({
      source: 'DERIVED',
      aggregation: 'RATIO',
      numeratorCode: 'MEDIATORS',
    });

    const formCode = code();
    const created = ok(
      await ts.gql<{
        createReportForm: {
          form: {
            id: string;
            indicators: { position: number; section: string | null; indicator: { code: string } }[];
            requirements: unknown[];
          };
        };
      }>(
        FORM,
        {
          i: {
            ownerOrganizationId: owner,
            code: formCode,
            name: 'Báo cáo kết quả hòa giải ở cơ sở',
            periodType: 'YEAR',
            deadlineDays: 15,
            approverId: owner,
            indicators: [
              { indicatorCode: 'MEDIATION_TEAMS', section: 'Hòa giải' },
              { indicatorCode: 'MEDIATORS', section: 'Hòa giải' },
              { indicatorCode: rate, section: 'Hòa giải' },
              { indicatorCode: households },
            ],
            requirements: [
              { organizationKind: 'FATHERLAND_FRONT', areaLevel: 'COMMUNE' },
              { organizationKind: 'FATHERLAND_FRONT', areaLevel: 'COMMUNE' },
            ],
          },
        },
        admin.token,
      ),
    ).createReportForm.form;
    expect(created.indicators.map((i) => [i.position, i.indicator.code, i.section])).toEqual([
      [0, 'MEDIATION_TEAMS', 'Hòa giải'],
      [1, 'MEDIATORS', 'Hòa giải'],
      [2, rate, 'Hòa giải'],
      [3, households, null],
    ]);
    expect(created.requirements).toEqual([{ organizationKind: 'FATHERLAND_FRONT', areaLevel: 'COMMUNE' }]);

    const draft = await saveDraft(
      {
        formId: created.id,
        organizationId: gid.org(w.fronts[0]!),
        periodKey: endedPeriod(PeriodType.YEAR).key,
        values: [{ indicatorCode: households, value: 420 }],
      },
      w.reporter.token,
    );
    expect(draft.approver).toEqual({ id: owner });
    // The province's form binds its own communes only: a commune's Front in another province is not required.
    const em = ts.orm.em.fork();
    const elsewhere = await makeOrganization(em, {
      area: await makeArea(em, { level: AreaLevel.COMMUNE, parent: await makeArea(em) }),
      kind: OrganizationKind.FATHERLAND_FRONT,
    });
    const stranger = await makeUserWith(ts.orm, elsewhere.id, Role.MEMBER);
    const outside = await ts.gql(
      SAVE,
      {
        i: {
          formId: created.id,
          organizationId: gid.org(elsewhere),
          periodKey: endedPeriod(PeriodType.YEAR).key,
          values: [],
          expectedVersion: null,
        },
      },
      stranger.token,
    );
    fails(outside, 'BAD_USER_INPUT', 'organizationId');
    const again = await ts.gql(
      FORM,
      {
        i: {
          ownerOrganizationId: owner,
          code: formCode,
          name: 'Trùng mã',
          periodType: 'YEAR',
          deadlineDays: 1,
          indicators: [{ indicatorCode: 'MEDIATORS' }],
          requirements: [{ organizationKind: 'FATHERLAND_FRONT', areaLevel: 'COMMUNE' }],
        },
      },
      admin.token,
    );
    fails(again, 'CONFLICT');
  });

  it('refuses counted indicators, half-named ratios, unknown indicators, repeated ones, and non-administrators', async () => {
    const w = await makeReportWorld(1);
    const admin = await makeUserWith(ts.orm, w.provinceFront.id, Role.ADMIN);
    const owner = gid.org(w.provinceFront);
    const indicator = (extra: Record<string, unknown>, token = admin.token) =>
      ts.gql(
        INDICATOR,
        {
          i: {
            ownerOrganizationId: owner,
            code: code(),
            nameVi: 'Chỉ tiêu',
            nameEn: 'Indicator',
            unit: 'COUNT',
            source: 'ENTERED',
            ...extra,
          },
        },
        token,
      );
    fails(await indicator({ source: 'COUNTED' }), 'BAD_USER_INPUT', 'source');
    fails(
      await indicator({ source: 'DERIVED', numeratorCode: 'MEDIATORS' }),
      'BAD_USER_INPUT',
      'numeratorCode',
    );
    fails(
      await indicator({ source: 'DERIVED', numeratorCode: 'MEDIATORS', denominatorCode: 'NO_SUCH' }),
      'BAD_USER_INPUT',
      'numeratorCode',
    );
    fails(await indicator({ code: 'lower case' }), 'BAD_USER_INPUT');
    fails(await indicator({}, w.approver.token), 'FORBIDDEN');
    const form = (indicators: { indicatorCode: string }[]) =>
      ts.gql(
        FORM,
        {
          i: {
            ownerOrganizationId: owner,
            code: code(),
            name: 'Mẫu',
            periodType: 'QUARTER',
            deadlineDays: 5,
            indicators,
            requirements: [{ organizationKind: 'FATHERLAND_FRONT', areaLevel: 'COMMUNE' }],
          },
        },
        admin.token,
      );
    fails(await form([{ indicatorCode: 'NO_SUCH' }]), 'NOT_FOUND');
    fails(
      await form([{ indicatorCode: 'MEDIATORS' }, { indicatorCode: 'MEDIATORS' }]),
      'BAD_USER_INPUT',
      'indicators',
    );
    fails(await form([]), 'BAD_USER_INPUT');
  });
});
