import {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { Role } from '../../../core/access.js';
import type { Context } from '../../../core/context.js';
import { badInput, notFound } from '../../../core/errors.js';
import { fromGlobalId, toGlobalId } from '../../../core/ids.js';
import { vietnameseDate } from '../../../core/scalars.js';
import { OrganizationKind } from '../../organizations/organization.entity.js';
import { IndicatorCode } from '../indicator-codes.js';
import { parsePeriod } from '../periods.js';
import { PeriodType } from '../report.enums.js';
import { readReviewModels, type ReviewModel } from '../../models/model-commendations.js';
import { readReviewPrograms, type ReviewProgram } from '../../programs/program-results.js';
import { readReviewOrganization, type ReviewOrganization } from './annual-review.data.js';
import { IndicatorGroupBy, IndicatorValueSource, IndicatorValuesInput } from './rollup.inputs.js';
import { type IndicatorFigure, type IndicatorValueRow, readIndicatorValues } from './rollup.query.js';
import { slugOf } from './rollup.table.js';
import type { ExportedFileType } from './rollup.type.js';

/** The figures of an annual review, in the order of the report. */
export const REVIEW_INDICATORS: readonly string[] = [
  IndicatorCode.DIALOGUES_HELD,
  IndicatorCode.PETITIONS_RESOLUTION_RATE,
  IndicatorCode.MODELS_REGISTERED,
  IndicatorCode.MODELS_MAINTAINED,
  IndicatorCode.MODELS_NEW,
  IndicatorCode.MODELS_COMMENDED,
  IndicatorCode.FRIENDLY_GOVERNMENT_RATE,
  IndicatorCode.CRITIQUES_HELD,
  IndicatorCode.CRITIQUE_OPINIONS,
  IndicatorCode.PROPAGANDA_SESSIONS,
  IndicatorCode.PROPAGANDA_PARTICIPANTS,
  IndicatorCode.MEDIATION_TEAMS,
  IndicatorCode.MEDIATORS,
  IndicatorCode.INSPECTION_BOARDS,
  IndicatorCode.INSPECTION_BOARD_MEMBERS,
];

/** Kinds whose reports carry the Party's heading; the others carry the State's. */
const PARTY_KINDS = new Set<OrganizationKind>([
  OrganizationKind.PARTY_COMMITTEE,
  OrganizationKind.PARTY_STANDING_COMMITTEE,
  OrganizationKind.MASS_MOBILIZATION_COMMISSION,
]);

const FONT = 'Times New Roman';
const text = (
  t: string,
  options: { bold?: boolean; italics?: boolean; underline?: boolean; size?: number } = {},
) =>
  new TextRun({
    text: t,
    font: FONT,
    size: options.size ?? 26,
    bold: options.bold,
    italics: options.italics,
    underline: options.underline ? {} : undefined,
  });
const para = (
  runs: TextRun[] | string,
  options: { align?: (typeof AlignmentType)[keyof typeof AlignmentType]; heading?: boolean } = {},
) =>
  new Paragraph({
    alignment: options.align ?? AlignmentType.JUSTIFIED,
    spacing: { after: 120 },
    children: typeof runs === 'string' ? [text(runs, { bold: options.heading })] : runs,
  });
const center = (runs: TextRun[]) => para(runs, { align: AlignmentType.CENTER });
const NO_BORDERS = {
  top: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  bottom: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  left: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  right: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  insideHorizontal: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  insideVertical: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
};

/** The heading block: the issuing body and number on the left, the national heading and date line on the right. */
function headingBlock(org: ReviewOrganization, year: number): Table {
  const party = PARTY_KINDS.has(org.kind);
  const left = [
    ...(org.parentName ? [center([text(org.parentName.toUpperCase(), { size: 24 })])] : []),
    center([text(org.name.toUpperCase(), { bold: true, size: 24 })]),
    center([text('*', { size: 24 })]),
    center([text(`Số: …-BC/${party ? 'BDV' : 'UB'}`, { size: 24 })]),
  ];
  const right = party
    ? [center([text('ĐẢNG CỘNG SẢN VIỆT NAM', { bold: true, underline: true, size: 26 })])]
    : [
        center([text('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { bold: true, size: 24 })]),
        center([text('Độc lập - Tự do - Hạnh phúc', { bold: true, underline: true, size: 26 })]),
      ];
  right.push(center([text(`${org.place}, ngày … tháng … năm ${year}`, { italics: true })]));
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        children: [
          new TableCell({
            width: { size: 45, type: WidthType.PERCENTAGE },
            borders: NO_BORDERS,
            children: left,
          }),
          new TableCell({
            width: { size: 55, type: WidthType.PERCENTAGE },
            borders: NO_BORDERS,
            children: right,
          }),
        ],
      }),
    ],
  });
}

const number = (n: number): string => new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 }).format(n);

/** A figure as the report writes it: "2.875", "166/200 (83%)", "—" without data. */
export function figureText(f: IndicatorFigure | null, percent: boolean): string {
  if (!f || f.value === null) return '—';
  if (f.numerator !== null && f.denominator !== null) {
    return `${number(f.numerator)}/${number(f.denominator)} (${number(f.value)}${percent ? '%' : ''})`;
  }
  return number(f.value);
}

function change(row: IndicatorValueRow): string {
  const now = row.value;
  const before = row.previous?.value ?? null;
  if (now === null || before === null) return '—';
  const diff = now - before;
  return diff === 0
    ? 'Bằng'
    : `${diff > 0 ? 'Tăng' : 'Giảm'} ${number(Math.abs(diff))}${row.numerator !== null ? ' điểm %' : ''}`;
}

const cell = (t: string, bold = false) =>
  new TableCell({ children: [new Paragraph({ children: [text(t, { bold, size: 24 })] })] });

function figuresTable(rows: IndicatorValueRow[], year: number): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({
        tableHeader: true,
        children: ['TT', 'Chỉ tiêu', `Năm ${year}`, `Năm ${year - 1}`, 'So sánh'].map((h) => cell(h, true)),
      }),
      ...rows.map(
        (row, i) =>
          new TableRow({
            children: [
              cell(String(i + 1)),
              cell(row.indicator.nameVi),
              cell(figureText(row, row.indicator.unit === 'PERCENT')),
              cell(figureText(row.previous, row.indicator.unit === 'PERCENT')),
              cell(change(row)),
            ],
          }),
      ),
    ],
  });
}

const placeholder = (what: string) => para([text(`[${what}]`, { italics: true })]);

function programsSection(programs: ReviewProgram[]): Paragraph[] {
  if (!programs.length) return [placeholder('Không có chương trình phối hợp nào trong năm')];
  return programs.flatMap((p, i) => [
    para([text(`${i + 1}. ${p.title} `, { bold: true }), text(`(${p.code})`)]),
    ...p.objectives.map((o) =>
      para(
        `- ${o.title}: đạt ${o.value === null ? '…' : number(o.value)}/${number(o.target)} ${o.unit}${
          o.value !== null && o.target ? ` (${number((o.value / o.target) * 100)}%)` : ''
        }.`,
      ),
    ),
    placeholder('Đánh giá kết quả thực hiện chương trình'),
  ]);
}

function modelsSection(models: ReviewModel[]): Paragraph[] {
  if (!models.length) return [placeholder('Không có mô hình nào được khen thưởng trong năm')];
  return models.map((m, i) =>
    para(
      `${i + 1}. Mô hình “${m.name}” (${m.area}): ${m.commendedBy} khen thưởng theo Quyết định số ${m.decisionNumber} ngày ${vietnameseDate(m.commendedOn)}.`,
    ),
  );
}

/** The document: heading block, title, the year's figures beside last year's, programs, models, narrative placeholders. */
export function reviewDocument(
  org: ReviewOrganization,
  year: number,
  figures: IndicatorValueRow[],
  programs: ReviewProgram[],
  models: ReviewModel[],
): Document {
  return new Document({
    creator: 'Phối hợp',
    title: `Báo cáo tổng kết công tác dân vận năm ${year}`,
    sections: [
      {
        children: [
          headingBlock(org, year),
          center([text('')]),
          center([text('BÁO CÁO', { bold: true, size: 30 })]),
          center([text(`Tổng kết công tác dân vận năm ${year},`, { bold: true })]),
          center([text(`phương hướng, nhiệm vụ năm ${year + 1}`, { bold: true })]),
          center([text('-----', {})]),
          para('Phần thứ nhất', { heading: true }),
          para(`KẾT QUẢ CÔNG TÁC DÂN VẬN NĂM ${year}`, { heading: true }),
          para('I. ĐẶC ĐIỂM TÌNH HÌNH', { heading: true }),
          placeholder('Đặc điểm tình hình chung của địa phương, đơn vị'),
          para('II. KẾT QUẢ THỰC HIỆN', { heading: true }),
          para(
            `1. Các chỉ tiêu chủ yếu (số liệu tổng hợp từ báo cáo đã duyệt của các đơn vị, so với năm ${year - 1})`,
            {
              heading: true,
            },
          ),
          figuresTable(figures, year),
          placeholder('Đánh giá kết quả thực hiện các chỉ tiêu'),
          para('2. Công tác phối hợp', { heading: true }),
          ...programsSection(programs),
          para('3. Phong trào thi đua “Dân vận khéo”, mô hình được khen thưởng', { heading: true }),
          ...modelsSection(models),
          para('III. ĐÁNH GIÁ CHUNG', { heading: true }),
          para('1. Ưu điểm', { heading: true }),
          placeholder('Ưu điểm'),
          para('2. Hạn chế, khuyết điểm và nguyên nhân', { heading: true }),
          placeholder('Hạn chế, khuyết điểm; nguyên nhân khách quan, chủ quan'),
          para('3. Bài học kinh nghiệm', { heading: true }),
          placeholder('Bài học kinh nghiệm'),
          para('Phần thứ hai', { heading: true }),
          para(`PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM ${year + 1}`, { heading: true }),
          placeholder('Phương hướng, nhiệm vụ và giải pháp'),
          para('IV. KIẾN NGHỊ, ĐỀ XUẤT', { heading: true }),
          placeholder('Kiến nghị, đề xuất'),
          para([text('Nơi nhận:', { bold: true, italics: true, size: 24 })]),
          para([text('- …,', { size: 22 })]),
          para([text('- Lưu.', { size: 22 })]),
          para([text(`T/M ${org.name.toUpperCase()}`, { bold: true })], { align: AlignmentType.RIGHT }),
          para([text('[Chức vụ, chữ ký, họ và tên]', { italics: true })], { align: AlignmentType.RIGHT }),
        ],
      },
    ],
  });
}

/**
 * The annual review report of an organization for `year` (Decree 09's year:
 * 15 Dec of the year before to 14 Dec) as a DOCX file: the figures of its
 * area, rolled up from the approved reports, beside last year's; its
 * coordination programs and their objectives' results; the models commended
 * in its area. NOT_FOUND unless the viewer holds a role on it. Figures,
 * programs and models only: no petitioner's personal data.
 */
export async function annualReviewDocument(
  ctx: Context,
  organizationId: string,
  year: number,
): Promise<ExportedFileType> {
  const period = parsePeriod(PeriodType.YEAR, String(year));
  if (!period || year < 1900 || year > 2199) throw badInput('year', `${year} is not a year`);
  const id = fromGlobalId(organizationId, 'Organization', 'organizationId');
  const access = await ctx.access();
  const org = access.has(Role.VIEWER, id) ? await readReviewOrganization(ctx.em, id) : null;
  if (!org) throw notFound('Organization', organizationId);
  const input = Object.assign(new IndicatorValuesInput(), {
    indicatorCodes: [...REVIEW_INDICATORS],
    areaId: toGlobalId('AdministrativeArea', org.areaId),
    periodType: PeriodType.YEAR,
    from: String(year),
    groupBy: IndicatorGroupBy.NONE,
    source: IndicatorValueSource.APPROVED,
  });
  const figures = await readIndicatorValues(ctx, input);
  const programs = await readReviewPrograms(ctx.em, org.id, period.start, period.end);
  const models = await readReviewModels(ctx.em, org.areaId, period.start, period.end);
  const buffer = await Packer.toBuffer(reviewDocument(org, year, figures.values, programs, models));
  return {
    filename: `bao-cao-tong-ket-dan-van-${year}-${slugOf(org.name)}.docx`,
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    base64: Buffer.from(buffer).toString('base64'),
  };
}
