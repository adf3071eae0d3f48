import { Arg, Ctx, FieldResolver, ID, Int, Resolver, Root } from 'type-graphql';
import { loader, type Context } from '../../../core/context.js';
import { areaById } from '../../areas/area.loaders.js';
import { AreaType } from '../../areas/area.type.js';
import { SignedInQuery } from '../../../core/rules.js';
import { annualReviewDocument } from './annual-review.js';
import { exportIndicatorValues } from './rollup.export.js';
import { IndicatorValuesInput, TableExportFormat } from './rollup.inputs.js';
import { readIndicatorValues, type IndicatorValueRow, type IndicatorValuesResult } from './rollup.query.js';
import { ExportedFileType, IndicatorValuesType, IndicatorValueType } from './rollup.type.js';

/** The roll-up of indicators (issue 16 §3) and its exports (§4). */
@Resolver(() => IndicatorValuesType)
export class IndicatorValuesResolver {
  @SignedInQuery(() => IndicatorValuesType, {
    description:
      'Indicators rolled up over an area subtree (or an organization and those below it) and a run of periods, split by child area, organization kind or period, with the previous run beside each value. NOT_FOUND when the area or organization is not visible to the viewer.',
  })
  indicatorValues(
    @Arg('input', () => IndicatorValuesInput) input: IndicatorValuesInput,
    @Ctx() ctx: Context,
  ): Promise<IndicatorValuesResult> {
    return readIndicatorValues(ctx, input);
  }

  @SignedInQuery(() => ExportedFileType, {
    description: 'The roll-up table of `indicatorValues` as a CSV or XLSX file (Vietnamese headers).',
  })
  indicatorValuesExport(
    @Arg('input', () => IndicatorValuesInput) input: IndicatorValuesInput,
    @Arg('format', () => TableExportFormat) format: TableExportFormat,
    @Ctx() ctx: Context,
  ): Promise<ExportedFileType> {
    return exportIndicatorValues(ctx, input, format);
  }

  @SignedInQuery(() => ExportedFileType, {
    description:
      "An organization's annual review report (báo cáo tổng kết công tác dân vận năm …) as an editable DOCX: heading block, the year's figures beside last year's, coordination programs, models commended, placeholders for the narrative.",
  })
  annualReviewDocument(
    @Arg('organizationId', () => ID) organizationId: string,
    @Arg('year', () => Int) year: number,
    @Ctx() ctx: Context,
  ): Promise<ExportedFileType> {
    return annualReviewDocument(ctx, organizationId, year);
  }

  @FieldResolver(() => AreaType, { nullable: true })
  area(@Root() root: IndicatorValuesResult, @Ctx() ctx: Context) {
    return root.areaDbId ? loader(ctx, areaById).load(root.areaDbId) : null;
  }
}

/** Fields of a roll-up row. */
@Resolver(() => IndicatorValueType)
export class IndicatorValueResolver {
  @FieldResolver(() => AreaType, { nullable: true })
  area(@Root() row: IndicatorValueRow, @Ctx() ctx: Context) {
    return row.areaDbId ? loader(ctx, areaById).load(row.areaDbId) : null;
  }
}
