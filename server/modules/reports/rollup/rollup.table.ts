import type { EntityManager } from '@mikro-orm/postgresql';
import { uuidArray } from '../../../core/access.js';
import { ORGANIZATION_KIND_VI } from '../../organizations/organization.type.js';
import { PeriodType } from '../report.enums.js';
import type { IndicatorFigure, IndicatorValuesResult } from './rollup.query.js';
import { IndicatorGroupBy } from './rollup.inputs.js';

/** A roll-up as a table: a title and Vietnamese headers over rows of cells. */
export interface RollupTable {
  title: string;
  /** A short name for files ("chi-tieu-lang-son-2025"). */
  slug: string;
  headers: string[];
  rows: (string | number | null)[][];
}

/** A period's Vietnamese label: "Năm 2025", "Quý 1/2025", "6 tháng đầu năm 2025", "Tháng 3/2025". */
export function periodLabel(key: string): string {
  const [year, part] = key.split('-');
  if (!part) return `Năm ${year}`;
  if (part.startsWith('Q')) return `Quý ${part.slice(1)}/${year}`;
  if (part === 'H1') return `6 tháng đầu năm ${year}`;
  if (part === 'H2') return `6 tháng cuối năm ${year}`;
  return `Tháng ${Number(part)}/${year}`;
}

/** The label of a run of periods ("Năm 2025", "Tháng 1/2025 – Tháng 6/2025"). */
export const runLabel = (from: string, to: string): string =>
  from === to ? periodLabel(from) : `${periodLabel(from)} – ${periodLabel(to)}`;

const GROUP_HEADER: Record<IndicatorGroupBy, string | null> = {
  [IndicatorGroupBy.NONE]: null,
  [IndicatorGroupBy.CHILD_AREA]: 'Địa bàn',
  [IndicatorGroupBy.ORGANIZATION_KIND]: 'Loại tổ chức',
  [IndicatorGroupBy.PERIOD]: 'Kỳ báo cáo',
};

const SOURCE_VI = { APPROVED: 'Báo cáo đã duyệt', LIVE: 'Số liệu trực tiếp' } as const;

/** A value for a table: rounded to two decimals. */
const cell = (n: number | null): number | null => (n === null ? null : Math.round(n * 100) / 100);

/** The slug of a text: ASCII, lower case, dashes. */
export const slugOf = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/**
 * The table of a roll-up, with the area (or organization) and the run in the
 * title; names of areas and of the organization in one statement.
 */
export async function rollupTable(em: EntityManager, result: IndicatorValuesResult): Promise<RollupTable> {
  const areaIds = [
    ...new Set([result.areaDbId, ...result.values.map((v) => v.areaDbId)].filter((id): id is string => !!id)),
  ];
  const names = new Map(
    (
      await em.execute<{ id: string; name: string }[]>(
        `select id, name from administrative_area where id = any(?::uuid[])
         union all select id, name from organization where id = ?::uuid`,
        [uuidArray(areaIds), result.organizationDbId ?? '00000000-0000-0000-0000-000000000000'],
      )
    ).map((r) => [r.id, r.name]),
  );
  const where = names.get(result.areaDbId ?? result.organizationDbId ?? '') ?? '';
  const when = runLabel(result.periods[0]!, result.periods.at(-1)!);
  const group = GROUP_HEADER[result.groupBy];
  const previousLabel =
    result.periodType === PeriodType.YEAR && result.groupBy !== IndicatorGroupBy.PERIOD
      ? 'Năm trước'
      : 'Kỳ trước';
  const headers = [
    'Mã chỉ tiêu',
    'Chỉ tiêu',
    ...(group ? [group] : []),
    'Kỳ',
    'Giá trị',
    'Tử số',
    'Mẫu số',
    previousLabel,
    'Số báo cáo đã tính',
    'Số báo cáo phải nộp',
    'Nguồn số liệu',
  ];
  const groupCell = (v: IndicatorValuesResult['values'][number]): string => {
    if (result.groupBy === IndicatorGroupBy.CHILD_AREA) {
      const name = names.get(v.areaDbId ?? '') ?? '';
      return v.ownLevel ? `${name} (cơ quan cấp này)` : name;
    }
    if (result.groupBy === IndicatorGroupBy.ORGANIZATION_KIND)
      return v.organizationKind ? ORGANIZATION_KIND_VI[v.organizationKind] : '';
    return periodLabel(v.fromPeriod);
  };
  const run = (f: IndicatorFigure) => runLabel(f.fromPeriod, f.toPeriod);
  const rows = result.values.map((v) => [
    v.indicatorCode,
    v.indicator.nameVi,
    ...(group ? [groupCell(v)] : []),
    run(v),
    cell(v.value),
    cell(v.numerator),
    cell(v.denominator),
    cell(v.previous?.value ?? null),
    v.reports,
    v.expectedReports,
    SOURCE_VI[v.source],
  ]);
  return {
    title: `Số liệu chỉ tiêu – ${where} – ${when}`,
    slug: slugOf(
      `chi-tieu ${where} ${result.periods[0]}${result.periods.length > 1 ? ` ${result.periods.at(-1)}` : ''}`,
    ),
    headers,
    rows,
  };
}
