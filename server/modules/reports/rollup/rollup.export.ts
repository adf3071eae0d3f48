import type { Context } from '../../../core/context.js';
import { readIndicatorValues } from './rollup.query.js';
import { type IndicatorValuesInput, TableExportFormat } from './rollup.inputs.js';
import { type RollupTable, rollupTable } from './rollup.table.js';
import type { ExportedFileType } from './rollup.type.js';

/** A CSV field: quoted when it holds a separator, a quote or a line break. */
const csvField = (value: string | number | null): string => {
  const text = value === null ? '' : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

/** The table as CSV: the title line, the headers, the rows; UTF-8 with a BOM so Excel reads Vietnamese. */
export function tableCsv(table: RollupTable): Buffer {
  const lines = [[table.title], table.headers, ...table.rows].map((row) => row.map(csvField).join(','));
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}

/**
 * The table as an XLSX workbook: the title merged over the headers, bold headers, frozen below them.
 * ExcelJS is loaded on the first export, not at start: it is the largest module the server has
 * (about a quarter of a second to load), and most processes never write a workbook.
 */
export async function tableXlsx(table: RollupTable): Promise<Buffer> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Phối hợp';
  const sheet = workbook.addWorksheet('Số liệu', { views: [{ state: 'frozen', ySplit: 2 }] });
  sheet.addRow([table.title]).font = { bold: true, size: 13 };
  sheet.mergeCells(1, 1, 1, table.headers.length);
  sheet.addRow(table.headers).font = { bold: true };
  for (const row of table.rows) sheet.addRow(row);
  sheet.columns.forEach((column, i) => {
    column.width = i === 1 ? 48 : i === 0 ? 28 : 18;
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * The roll-up of `input` (read as `indicatorValues` reads it, with its
 * authorization) as a CSV or XLSX file. Only figures: no record, and so no
 * petitioner's personal data, enters a roll-up.
 */
export async function exportIndicatorValues(
  ctx: Context,
  input: IndicatorValuesInput,
  format: TableExportFormat,
): Promise<ExportedFileType> {
  const table = await rollupTable(ctx.em, await readIndicatorValues(ctx, input));
  if (format === TableExportFormat.CSV) {
    return {
      filename: `${table.slug}.csv`,
      mimeType: 'text/csv; charset=utf-8',
      base64: tableCsv(table).toString('base64'),
    };
  }
  return {
    filename: `${table.slug}.xlsx`,
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    base64: (await tableXlsx(table)).toString('base64'),
  };
}
