import type { Context } from '../../../core/context.js';
import type { IndicatorValuesInput, TableExportFormat } from './rollup.inputs.js';
import type { ExportedFileType } from './rollup.type.js';

/** The roll-up table of `input` as a CSV or XLSX file. */
export async function exportIndicatorValues(
  _ctx: Context,
  _input: IndicatorValuesInput,
  _format: TableExportFormat,
): Promise<ExportedFileType> {
  throw new Error('not implemented yet');
}
