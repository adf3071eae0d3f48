/**
 * The demo province dashboard (issue 16 §5): `indicatorValues` for Lạng Sơn and 2025 reads the
 * seeds' figures rolled up from commune level — 1,635 = 524 + 1,111 models; 166/200 communes
 * with the friendly-government model (83%); 29/39 petitions resolved in jurisdiction; 2,875
 * dialogues.
 */
import { describe, expect, it } from 'vitest';
import { toGlobalId } from '../../server/core/ids.js';
import { DEMO_AREA, DEMO_REPORTS, loadDemoData } from '../../server/demo/load-demo-data.js';
import { AdministrativeArea } from '../../server/modules/areas/area.entity.js';
import { makeUser, type TestUser } from '../helpers/factories.js';
import { ok } from '../helpers/results.js';
import { useTestServer } from '../helpers/server.js';

let admin: TestUser;
const ts = useTestServer({
  setUp: async () => {
    await loadDemoData(ts.orm.em.fork());
    admin = await makeUser(ts.orm, { isSystemAdmin: true });
  },
});

interface Row {
  indicatorCode: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  source: string;
  reports: number;
  expectedReports: number;
  areaId: string | null;
  ownLevel: boolean;
}

const QUERY = `query($i: IndicatorValuesInput!) { indicatorValues(input: $i) {
  areaId periods values { indicatorCode value numerator denominator source reports expectedReports areaId ownLevel } } }`;

describe("the demo province dashboard's figures through indicatorValues", () => {
  it('rolls Lạng Sơn 2025 up from the communes to the seeds’ figures', async () => {
    const langSon = await ts.orm.em.fork().findOneOrFail(AdministrativeArea, { code: DEMO_AREA.langSon });
    const codes = [
      'MODELS_REGISTERED',
      'MODELS_MAINTAINED',
      'MODELS_NEW',
      'FRIENDLY_GOVERNMENT_RATE',
      'PETITIONS_RESOLUTION_RATE',
      'DIALOGUES_HELD',
    ];
    const result = await ts.gql<{ indicatorValues: { values: Row[] } }>(
      QUERY,
      {
        i: {
          indicatorCodes: codes,
          areaId: toGlobalId('AdministrativeArea', langSon.id),
          periodType: 'YEAR',
          from: DEMO_REPORTS.year,
        },
      },
      admin.token,
    );
    const rows = Object.fromEntries(ok(result).indicatorValues.values.map((r) => [r.indicatorCode, r]));
    expect(rows.MODELS_REGISTERED).toMatchObject({ value: 1635, source: 'APPROVED' });
    expect(rows.MODELS_MAINTAINED?.value).toBe(524);
    expect(rows.MODELS_NEW?.value).toBe(1111);
    expect(rows.FRIENDLY_GOVERNMENT_RATE).toMatchObject({ value: 83, numerator: 166, denominator: 200 });
    expect(rows.PETITIONS_RESOLUTION_RATE).toMatchObject({ numerator: 29, denominator: 39 });
    expect(rows.DIALOGUES_HELD?.value).toBe(2875);
    // 64 approved of the 68 reports expected (completeness of the same form and year).
    expect(rows.DIALOGUES_HELD).toMatchObject({ reports: 64, expectedReports: 68 });
  });

  it('splits the province by child area, the rows adding up to the province', async () => {
    const langSon = await ts.orm.em.fork().findOneOrFail(AdministrativeArea, { code: DEMO_AREA.langSon });
    const result = await ts.gql<{ indicatorValues: { values: Row[] } }>(
      QUERY,
      {
        i: {
          indicatorCodes: ['DIALOGUES_HELD'],
          areaId: toGlobalId('AdministrativeArea', langSon.id),
          periodType: 'YEAR',
          from: DEMO_REPORTS.year,
          groupBy: 'CHILD_AREA',
        },
      },
      admin.token,
    );
    const rows = ok(result).indicatorValues.values;
    expect(rows.filter((r) => r.ownLevel)).toHaveLength(1);
    expect(rows.reduce((sum, r) => sum + (r.value ?? 0), 0)).toBe(2875);
    expect(rows.reduce((sum, r) => sum + r.reports, 0)).toBe(64);
  });
});
