/**
 * Exports (issue 16 §4): a roll-up table as CSV and XLSX (opened with exceljs) with Vietnamese
 * headers and the area and period in the title, and the annual review report of Lạng Sơn's Ban
 * Dân vận as DOCX (word/document.xml read with jszip): the heading block, the title, the year's
 * figures beside last year's, the programs, the models commended, the narrative placeholders.
 * No petitioner's personal data in any of them.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { toGlobalId } from '../../server/core/ids.js';
import { DEMO_AREA, DEMO_REPORTS, loadDemoData } from '../../server/demo/load-demo-data.js';
import { DEMO_ORG } from '../../server/demo/organizations.js';
import { AdministrativeArea } from '../../server/modules/areas/area.entity.js';
import { Organization } from '../../server/modules/organizations/organization.entity.js';
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

interface File {
  filename: string;
  mimeType: string;
  base64: string;
}

const EXPORT = `query($i: IndicatorValuesInput!, $f: TableExportFormat!) {
  indicatorValuesExport(input: $i, format: $f) { filename mimeType base64 } }`;

async function langSonInput() {
  const langSon = await ts.orm.em.fork().findOneOrFail(AdministrativeArea, { code: DEMO_AREA.langSon });
  return {
    indicatorCodes: ['MODELS_REGISTERED', 'FRIENDLY_GOVERNMENT_RATE', 'DIALOGUES_HELD'],
    areaId: toGlobalId('AdministrativeArea', langSon.id),
    periodType: 'YEAR',
    from: DEMO_REPORTS.year,
  };
}

/** Every petitioner's name and phone in the database: none may appear in an export. */
async function petitionerData(): Promise<string[]> {
  const rows = await ts.orm.em
    .fork()
    .getConnection()
    .execute<{ full_name: string; phone: string | null }[]>(
      'select full_name, phone from petition_petitioner',
    );
  return rows.flatMap((r) => [r.full_name, ...(r.phone ? [r.phone] : [])]);
}

describe('roll-up exports', () => {
  it('writes the table as XLSX with the area and year in the title and Vietnamese headers', async () => {
    const file = ok(
      await ts.gql<{ indicatorValuesExport: File }>(
        EXPORT,
        { i: await langSonInput(), f: 'XLSX' },
        admin.token,
      ),
    ).indicatorValuesExport;
    expect(file.filename).toMatch(/\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(file.base64, 'base64') as never);
    const sheet = workbook.worksheets[0]!;
    const title = String(sheet.getCell(1, 1).value);
    expect(title).toContain('Lạng Sơn');
    expect(title).toContain(`Năm ${DEMO_REPORTS.year}`);
    const headers = (sheet.getRow(2).values as unknown[]).slice(1);
    expect(headers).toEqual(
      expect.arrayContaining(['Chỉ tiêu', 'Giá trị', 'Tử số', 'Mẫu số', 'Năm trước', 'Số báo cáo phải nộp']),
    );
    const rows = [3, 4, 5].map((r) => (sheet.getRow(r).values as unknown[]).slice(1));
    expect(rows[0]).toEqual(expect.arrayContaining(['MODELS_REGISTERED', 1635]));
    expect(rows[1]).toEqual(expect.arrayContaining(['FRIENDLY_GOVERNMENT_RATE', 83, 166, 200]));
    expect(rows[2]).toEqual(expect.arrayContaining(['DIALOGUES_HELD', 2875]));
  });

  it('writes the table as CSV (UTF-8 with a BOM)', async () => {
    const file = ok(
      await ts.gql<{ indicatorValuesExport: File }>(
        EXPORT,
        { i: await langSonInput(), f: 'CSV' },
        admin.token,
      ),
    ).indicatorValuesExport;
    const csv = Buffer.from(file.base64, 'base64').toString('utf8');
    expect(csv.startsWith('\uFEFFSố liệu chỉ tiêu – ')).toBe(true);
    expect(csv.split('\r\n')[0]).toContain(`Lạng Sơn – Năm ${DEMO_REPORTS.year}`);
    const lines = csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[1]).toContain('Mã chỉ tiêu,Chỉ tiêu');
    expect(lines[2]).toContain(',1635,');
    for (const secret of await petitionerData()) expect(csv).not.toContain(secret);
  });

  it("writes Lạng Sơn Ban Dân vận's annual review as DOCX", async () => {
    const bdv = await ts.orm.em.fork().findOneOrFail(Organization, { code: DEMO_ORG.massMobilization });
    const file = ok(
      await ts.gql<{ annualReviewDocument: File }>(
        'query($o: ID!, $y: Int!) { annualReviewDocument(organizationId: $o, year: $y) { filename mimeType base64 } }',
        { o: toGlobalId('Organization', bdv.id), y: Number(DEMO_REPORTS.year) },
        admin.token,
      ),
    ).annualReviewDocument;
    expect(file.filename).toMatch(/\.docx$/);
    const zip = await JSZip.loadAsync(Buffer.from(file.base64, 'base64'));
    const xml = await zip.file('word/document.xml')!.async('string');
    const text = [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('|');
    for (const expected of [
      'ĐẢNG CỘNG SẢN VIỆT NAM',
      bdv.name.toUpperCase(),
      'Lạng Sơn, ngày … tháng … năm',
      'BÁO CÁO',
      `Tổng kết công tác dân vận năm ${DEMO_REPORTS.year}`,
      `Năm ${Number(DEMO_REPORTS.year) - 1}`,
      '1.635',
      '166/200 (83%)',
      '2.875',
      'Công tác phối hợp',
      '[Ưu điểm]',
      `PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM ${Number(DEMO_REPORTS.year) + 1}`,
    ]) {
      expect(text, expected).toContain(expected);
    }
    for (const secret of await petitionerData()) expect(text).not.toContain(secret);
  });

  it('refuses an organization the viewer holds no role on (NOT_FOUND)', async () => {
    const bdv = await ts.orm.em.fork().findOneOrFail(Organization, { code: DEMO_ORG.massMobilization });
    const stranger = await makeUser(ts.orm);
    const result = await ts.gql(
      'query($o: ID!) { annualReviewDocument(organizationId: $o, year: 2025) { filename } }',
      { o: toGlobalId('Organization', bdv.id) },
      stranger.token,
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
